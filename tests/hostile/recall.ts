/**
 * Recall of the text the browser shows (issue 19): the one measure used for every path (Node,
 * the browser's DOMParser, the live page with the built extension) by tests/e2e/malformed.e2e.ts
 * and `npm run check:recall`.
 *
 * The ground truth is what Chromium renders of a case page: the `innerText` of its article area
 * (`HostilePage.shown`), limited to the text known to belong there:
 * - the article's sentences: those of the untouched page's reviewed reading (its expected.json:
 *   paragraphs, byline, captions) that Chromium shows in the area of the case page (where the
 *   markup puts the rest of the page in raw text, the sentences after it are not shown and not
 *   counted);
 * - the markup's own text: lines of the area that the untouched page does not show anywhere
 *   (`invisible`, `展开全文`, a formula's paragraph). Page furniture the parser pulls into the area
 *   (a footer inside an unclosed `<mtext>`) is shown on the untouched page too and is not counted.
 * Left out by design, on both sides: editor credits and print continuation notes (`（下转第3版）`),
 * which the reading keeps apart from the text, and the labels of controls (a `<button>` the browser
 * draws as a one-line button, `按钮39`; an unclosed `<button>` holding the paragraphs after it is
 * text, its label too).
 *
 * Recall = characters of these units found in what the path gives a reader / characters of all
 * units. Text is compared without whitespace and in NFKC (the browser shows `<mi>x</mi>` as 𝑥).
 */
import type { HostilePage } from './cases';

/** What the extraction (or the reader) gives, compared without whitespace, in NFKC. */
export const comparable = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

/** The untouched page's reading: the text known to be the article. */
export interface KnownArticle {
  paragraphs: string[];
  byline?: string;
  images?: { caption?: string }[];
}

/** Sentences of a paragraph (closing quotes and brackets stay with their sentence). */
export function sentences(paragraph: string): string[] {
  return (paragraph.match(/[^。！？!?；;]+(?:[。！？!?；;]+[”’"'』」）)]*|$)/g) ?? [])
    .map(comparable)
    .filter((s) => s.length > 0);
}

export interface Unit {
  text: string;
  kind: 'article' | 'markup';
}

export interface GroundTruth {
  /** Units Chromium shows, in the order of the page. */
  units: Unit[];
  /** Article sentences the browser does not show on this page (after markup that swallows the rest). */
  hidden: number;
}

/**
 * The ground truth of one case page from what Chromium shows: `area`, the innerText of the case
 * page's article area; `untouchedBody`, the innerText of the untouched page's whole body.
 */
export function groundTruth(known: KnownArticle, area: string, untouchedBody: string): GroundTruth {
  const shown = comparable(area);
  const units: Unit[] = [];
  let hidden = 0;
  const article = [known.byline ?? '', ...known.paragraphs, ...(known.images ?? []).map((i) => i.caption ?? '')]
    .flatMap(sentences)
    .filter((s, i, all) => all.indexOf(s) === i);
  for (const s of article) {
    if (shown.includes(s)) units.push({ text: s, kind: 'article' });
    else hidden++;
  }
  const knownText = article.join('');
  const untouched = new Set(untouchedBody.split('\n').map(comparable).filter(Boolean));
  for (const line of area.split('\n').map(comparable)) {
    if (!line || untouched.has(line) || knownText.includes(line)) continue;
    if (units.some((u) => u.kind === 'markup' && u.text === line)) continue;
    units.push({ text: line, kind: 'markup' });
  }
  return { units, hidden };
}

export interface Recall {
  recall: number;
  found: number;
  total: number;
  missing: string[];
}

/** The share of the ground truth's characters that `got` (a path's text) holds. */
export function recallOf(truth: GroundTruth, got: string): Recall {
  const text = comparable(got);
  let total = 0;
  let found = 0;
  const missing: string[] = [];
  for (const u of truth.units) {
    total += u.text.length;
    if (text.includes(u.text)) found += u.text.length;
    else missing.push(u.text);
  }
  return { recall: total ? found / total : 1, found, total, missing };
}

/** Markup or attributes that must never come out of the sanitizer (or into the reader's article). */
export const UNSAFE =
  /<\s*(script|iframe|object|embed|style|svg|math|form|input|button|frame|frameset)\b|\son\w+\s*=|javascript:|data:/i;

export interface RecallRow {
  page: Pick<HostilePage, 'name' | 'position' | 'vector'>;
  /** Recall per path name (`node`, `domparser chromium`, `live firefox` …). */
  byPath: Record<string, Recall>;
}

const pct = (r: number) => r.toFixed(4);

/** The table: one line per case and position, one column per path, then totals and the lowest case per path. */
export function recallTable(rows: RecallRow[], threshold = 0.99): string {
  const paths = [...new Set(rows.flatMap((r) => Object.keys(r.byPath)))];
  const width = Math.max(...rows.map((r) => r.page.vector.name.length), 10);
  const col = Math.max(...paths.map((p) => p.length), 8);
  const head = `${'case'.padEnd(width)}  ${'position'.padEnd(12)}  ${paths.map((p) => p.padStart(col)).join('  ')}`;
  const lines = [head, '-'.repeat(head.length)];
  for (const r of rows)
    lines.push(
      `${r.page.vector.name.padEnd(width)}  ${r.page.position.padEnd(12)}  ${paths
        .map((p) => (r.byPath[p] ? pct(r.byPath[p].recall) : '—').padStart(col))
        .join('  ')}`,
    );
  lines.push('-'.repeat(head.length));
  const total = (p: string) => {
    let found = 0;
    let all = 0;
    for (const r of rows) {
      found += r.byPath[p]?.found ?? 0;
      all += r.byPath[p]?.total ?? 0;
    }
    return all ? found / all : 1;
  };
  lines.push(
    `${'all characters'.padEnd(width)}  ${''.padEnd(12)}  ${paths.map((p) => pct(total(p)).padStart(col)).join('  ')}`,
  );
  const lowest = (p: string) =>
    rows.filter((r) => r.byPath[p]).reduce((a, b) => (b.byPath[p].recall < a.byPath[p].recall ? b : a));
  lines.push(
    `${'lowest case'.padEnd(width)}  ${''.padEnd(12)}  ${paths.map((p) => pct(lowest(p).byPath[p].recall).padStart(col)).join('  ')}`,
  );
  for (const p of paths) {
    const low = lowest(p);
    lines.push(`  lowest ${p}: ${low.page.name} ${pct(low.byPath[p].recall)}`);
  }
  const below = rows.flatMap((r) =>
    Object.entries(r.byPath)
      .filter(([, v]) => v.recall < threshold)
      .map(([p, v]) => `  below ${threshold} ${p} ${r.page.name}: ${pct(v.recall)}, missing ${v.missing.join(' | ')}`),
  );
  lines.push(...(below.length ? below : [`  every case ≥ ${threshold} in every path`]));
  return lines.join('\n');
}
