/**
 * Article data for the library tests and benchmark, cut from two real pages of the paper
 * (data/seed-*.txt): a short line that does not end a sentence starts a new article (its title),
 * the following long lines are its paragraphs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { ArticleInput, ArticleTerm } from '../../utils/db/records';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');

/** A few glossary terms (ids as in utils/glossary) counted by substring, as the annotator would. */
export const TEST_TERMS: Omit<ArticleTerm, 'count'>[] = [
  { id: 'two-upholds', term: '两个维护', en: 'Two Upholds' },
  { id: 'two-establishes', term: '两个确立', en: 'Two Establishes' },
  { id: 'craftsman-spirit', term: '工匠精神', en: 'craftsmanship spirit' },
  { id: 'model-worker-spirit', term: '劳模精神', en: 'spirit of model workers' },
  { id: 'one-post-two-certificates', term: '一岗双认', en: 'one post, two certifications' },
];

export function termsOf(paragraphs: readonly string[]): ArticleTerm[] {
  const text = paragraphs.join('\n');
  return TEST_TERMS.map((t) => ({ ...t, count: text.split(t.term).length - 1 })).filter((t) => t.count > 0);
}

export function epaperUrl(date: string, page: number, n: number): string {
  const [y, m, d] = date.split('-');
  return `https://www.workercn.cn/papers/grrb/${y}/${m}/${d}/${page}/news-${n}.html`;
}

export function portalUrl(date: string, id: number): string {
  return `https://www.workercn.cn/c/${date}/${id}.shtml`;
}

function isHeading(line: string): boolean {
  return line.length < 100 && !/[，,。”！？）"]/.test(line.slice(-1)) && !/[，,]/.test(line) && !line.startsWith('（');
}

function isByline(line: string): boolean {
  return line.length < 30 && /记者|摄$|通讯员/.test(line);
}

interface Piece {
  title: string;
  pretitle?: string;
  paragraphs: string[];
}

function cut(text: string): Piece[] {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const pieces: Piece[] = [];
  let heads: string[] = [];
  let current: Piece | undefined;
  let open = false;
  for (const line of lines) {
    if (isByline(line)) continue;
    if (open && current) {
      // The previous paragraph broke off mid-sentence (a column or page break): continue it.
      current.paragraphs[current.paragraphs.length - 1] += line;
      open = !/[。”！？）"]$/.test(line);
      continue;
    }
    if (isHeading(line)) {
      if (current) {
        pieces.push(current);
        current = undefined;
      }
      heads.push(line);
      continue;
    }
    if (!current) {
      const title = heads.length ? heads[heads.length - 1] : line.slice(0, 20);
      current = { title, paragraphs: [] };
      if (heads.length > 1) current.pretitle = heads[heads.length - 2];
      heads = [];
    }
    current.paragraphs.push(line);
    open = !/[。”！？）"]$/.test(line);
  }
  if (current) pieces.push(current);
  return pieces.filter((p) => p.paragraphs.join('').length >= 150);
}

function toInput(piece: Piece, date: string, page: number, n: number): ArticleInput {
  const html = piece.paragraphs.map((p) => `<p>${p}</p>`).join('');
  const input: ArticleInput = {
    url: epaperUrl(date, page, n),
    family: 'epaper',
    edition: {
      date,
      page,
      pageName: page === 1 ? '要闻' : '新闻',
      articleNo: n,
      pageUrl: epaperUrl(date, page, 0).replace('news-0.html', 'page.html'),
    },
    title: piece.title,
    date,
    byline: '本报记者',
    source: '工人日报',
    paragraphs: piece.paragraphs,
    html,
    images:
      n % 3 === 0 ? [{ url: `https://www.workercn.cn/papers/grrb/img/${date}-${n}.jpg`, caption: piece.title }] : [],
    terms: termsOf(piece.paragraphs),
    stats: { chars: piece.paragraphs.join('').length, words: Math.round(piece.paragraphs.join('').length / 1.6) },
  };
  if (piece.pretitle) input.pretitle = piece.pretitle;
  return input;
}

let cache: ArticleInput[] | undefined;

/** The real articles of the two seed pages (2022-04-29 and 2022-03-25), as e-paper articles. */
export function seedArticles(): ArticleInput[] {
  cache ??= [
    ...cut(readFileSync(path.join(dir, 'seed-2022-04-29.txt'), 'utf8')).map((p, i) =>
      toInput(p, '2022-04-29', 1 + (i % 4), i + 1),
    ),
    ...cut(readFileSync(path.join(dir, 'seed-2022-03-25.txt'), 'utf8')).map((p, i) =>
      toInput(p, '2022-03-25', 1 + (i % 3), i + 1),
    ),
  ];
  return structuredClone(cache);
}

/** Deterministic pseudo-random numbers (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` seed-like articles: each takes a seed article's title and 4 to 8 paragraphs drawn from all
 * seed paragraphs, spread over dates (eight articles a page, eight pages a day).
 */
export function syntheticArticles(n: number, seed = 1): ArticleInput[] {
  const base = seedArticles();
  const pool = base.flatMap((a) => a.paragraphs);
  const random = rng(seed);
  const out: ArticleInput[] = [];
  const start = Date.UTC(2021, 0, 1);
  for (let i = 0; i < n; i++) {
    const model = base[i % base.length];
    const day = Math.floor(i / 64);
    const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
    const page = 1 + (Math.floor(i / 8) % 8);
    const count = 4 + Math.floor(random() * 5);
    const paragraphs = Array.from({ length: count }, () => pool[Math.floor(random() * pool.length)]);
    const a = toInput({ title: `${model.title}（${i + 1}）`, paragraphs }, date, page, (i % 8) + 1);
    out.push(a);
  }
  return out;
}
