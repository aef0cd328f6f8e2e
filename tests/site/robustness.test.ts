/**
 * Mutated fixtures (seeded, so a failure reproduces): detect and extract never throw and never
 * take more than a second per page, parse included.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { detect } from '../../utils/site/detect';
import { extract } from '../../utils/site/extract';
import { parseHtml } from '../../utils/site/parse-html';
import { FIXTURES, fixtureCases, fixtureUrl } from '../../scripts/update-fixtures';

function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = 20220429;
const rand = prng(SEED);
const int = (n: number) => Math.floor(rand() * n);
const TAGS = [
  '<div>',
  '</div>',
  '<p>',
  '</p>',
  '<table>',
  '<td>',
  '</tr>',
  '<a href="',
  '<!--',
  '<script>',
  '</script>',
  '<style>',
  '<br>',
  '<img src=',
  '"',
  '>',
  '<',
  '&nbsp;',
  '　　',
  '<ul class="list">',
  '<div id="ccontent">',
];

type Mutation = (html: string) => string;
const mutations: Record<string, Mutation> = {
  truncate: (h) => h.slice(0, int(h.length)),
  deleteTags: (h) => h.replace(/<\/?[a-z][^>]*>/gi, (m) => (rand() < 0.3 ? '' : m)),
  unbalance: (h) => {
    let out = h;
    for (let i = 0; i < 20; i++) {
      const at = int(out.length);
      out = out.slice(0, at) + TAGS[int(TAGS.length)] + out.slice(at);
    }
    return out;
  },
  randomBytes: (h) => {
    const chars = [...h];
    for (let i = 0; i < Math.max(10, chars.length / 50); i++)
      chars[int(chars.length)] = String.fromCharCode(int(0x10000));
    return chars.join('');
  },
  shuffleLines: (h) => {
    const lines = h.split('\n');
    for (let i = lines.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [lines[i], lines[j]] = [lines[j], lines[i]];
    }
    return lines.join('\n');
  },
  nesting: (h) => {
    const depth = 1000 + int(4000);
    const tag = ['div', 'span', 'b', 'p', 'font'][int(5)];
    const at = Math.max(0, h.indexOf('<body'));
    return h.slice(0, at) + `<${tag}>`.repeat(depth) + h.slice(at) + `</${tag}>`.repeat(int(depth));
  },
  empty: () => ['', ' ', '<', '<html', '\u0000\u0001', '<!DOCTYPE html>', '<div id="ccontent"></div>'][int(7)],
};

const sources = fixtureCases().map((name) => ({
  name,
  html: readFileSync(path.join(FIXTURES, name, 'source.html'), 'utf8'),
  url: fixtureUrl(name),
}));

const SEED_TEXT = readFileSync(path.join(FIXTURES, 'epaper-article-basic', 'source.html'), 'utf8')
  .match(/<p>[^<]{40,}<\/p>/g)!
  .join('\n');

/** A 5 MB page as saved pages get that big: a long comment thread, an inline script, an inline picture. */
function bigPage(html: string, variant: number): string {
  const fill = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
  const fillers = [
    `<div class="comments">${fill(`<div class="reply">${SEED_TEXT}</div>\n`, 5_000_000)}</div>`,
    `<script>var data = "${fill('ABCDEFGHIJ0123456789', 3_000_000)}";</script><div class="comments">${fill(SEED_TEXT + '\n', 2_000_000)}</div>`,
    `<img src="data:image/png;base64,${fill('iVBORw0KGgoAAAANSUhEUgAA', 4_000_000)}"><div class="related">${fill(`<li><a href="/c/2022-03-25/1.shtml">${SEED_TEXT.slice(0, 300)}</a></li>`, 1_000_000)}</div>`,
  ];
  return html.replace('</body>', `${fillers[variant % fillers.length]}</body>`);
}

function check(html: string, url: string, label: string) {
  const start = performance.now();
  let doc: Document;
  let kind = '';
  try {
    doc = parseHtml(html);
    kind = detect(url, doc).kind;
    const article = extract(doc, url);
    expect(Array.isArray(article.paragraphs), label).toBe(true);
    expect(typeof article.html, label).toBe('string');
    // the body HTML is built from blocks: paragraphs and figures with http(s) pictures, nothing else
    expect(article.html, label).not.toMatch(/<(?!\/?(?:p|figure|figcaption)>|img src="https?:\/\/[^"]*" alt="[^"]*">)/);
  } catch (error) {
    throw new Error(`${label}: threw ${String(error)}`);
  }
  const ms = performance.now() - start;
  expect(ms, `${label} (${kind}) took ${ms.toFixed(0)} ms`).toBeLessThan(1000);
}

describe(`robustness (seed ${SEED})`, () => {
  it('1,000+ mutated pages: no throw, under a second each', () => {
    const names = Object.keys(mutations);
    let count = 0;
    for (let round = 0; count < 1000; round++) {
      for (const src of sources) {
        const name = names[int(names.length)];
        const twice = rand() < 0.3 ? names[int(names.length)] : '';
        let html = mutations[name](src.html);
        if (twice && twice !== 'nesting' && name !== 'nesting') html = mutations[twice](html);
        check(html, src.url, `${src.name} round ${round} ${name}${twice ? '+' + twice : ''}`);
        count++;
      }
    }
    expect(count).toBeGreaterThanOrEqual(1000);
  });

  it('5 MB pages of every family parse and extract under a second', () => {
    const names = [
      'epaper-article-basic',
      'portal-article-generic',
      'portal-legacy-detail',
      'epaper-page',
      'portal-list',
      'epaper-legacy-article',
    ];
    for (const [i, name] of names.entries()) {
      const src = sources.find((s) => s.name === name)!;
      const html = bigPage(src.html, i);
      expect(Buffer.byteLength(html)).toBeGreaterThan(5_000_000);
      check(html, src.url, `${name} 5 MB`);
    }
  });
});
