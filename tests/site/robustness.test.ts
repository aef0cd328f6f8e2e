/**
 * Mutated fixtures (seeded, so a failure reproduces): detect and extract never throw, and the
 * extraction ends within its time budget (it reads the page or says it could not in time). The
 * clobbering mutations give forms' controls random built-in names, as the browser would expose
 * them (emulate-clobbering.ts, on jsdom).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { detect } from '../../utils/site/detect';
import { extract } from '../../utils/site/extract';
import { parseHtml } from '../../utils/site/parse-html';
import { EXTRACT_BUDGET_MS, TIMEOUT_REASON } from '../../utils/site/extract';
import { parseClobbered } from '../hostile/emulate-clobbering';
import { DOCUMENT_PROPERTIES, FORM_PROPERTIES } from '../hostile/cases';
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
  /** Random `name=` on controls inside forms, forms (some unclosed, some nested) and `<img name>` put anywhere. */
  clobber: (h) => {
    let out = h;
    const pick = <T>(list: readonly T[]) => list[int(list.length)];
    for (let i = 0; i < 6; i++) {
      const at = int(out.length);
      const controls = Array.from({ length: 1 + int(3) }, () => `<input name=${pick(FORM_PROPERTIES)}>`).join('');
      const snippet = [
        `<form>${controls}</form>`,
        `<form>${controls}`,
        `<form><form>${controls}</form></form>`,
        `<img src=x name=${pick(DOCUMENT_PROPERTIES)}>`,
        `<form name=${pick(DOCUMENT_PROPERTIES)}>${controls}</form>`,
      ][int(5)];
      out = out.slice(0, at) + snippet + out.slice(at);
    }
    return out;
  },
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

function check(html: string, url: string, label: string, clobbered = false) {
  let doc: Document;
  let kind = '';
  let ms = 0;
  let reason = '';
  try {
    doc = clobbered ? parseClobbered(html) : parseHtml(html);
    kind = detect(url, doc).kind;
    const start = performance.now();
    const article = extract(doc, url);
    ms = performance.now() - start;
    reason = article.reason;
    expect(Array.isArray(article.paragraphs), label).toBe(true);
    expect(typeof article.html, label).toBe('string');
    // the body HTML is built from blocks: paragraphs and figures with http(s) pictures, nothing else
    expect(article.html, label).not.toMatch(/<(?!\/?(?:p|figure|figcaption)>|img src="https?:\/\/[^"]*" alt="[^"]*">)/);
  } catch (error) {
    throw new Error(`${label}: threw ${String(error)}`);
  }
  // the watchdog's promise: no extraction runs on much past its budget (one Readability call at most)
  expect(ms, `${label} (${kind}) took ${ms.toFixed(0)} ms (${reason})`).toBeLessThan(EXTRACT_BUDGET_MS + 1000);
  if (ms > EXTRACT_BUDGET_MS) expect(reason, label).toBe(TIMEOUT_REASON);
}

describe(`robustness (seed ${SEED})`, () => {
  it('1,000+ mutated pages: no throw, within the budget', () => {
    const names = Object.keys(mutations);
    let count = 0;
    for (let round = 0; count < 1000; round++) {
      for (const src of sources) {
        const name = names[int(names.length)];
        const twice = rand() < 0.3 ? names[int(names.length)] : '';
        let html = mutations[name](src.html);
        if (twice && twice !== 'nesting' && name !== 'nesting') html = mutations[twice](html);
        check(html, src.url, `${src.name} round ${round} ${name}${twice ? '+' + twice : ''}`, name === 'clobber');
        count++;
      }
    }
    expect(count).toBeGreaterThanOrEqual(1000);
  }, 600_000);

  it('a 9,000-deep nesting of four tags in five families: read within the budget', () => {
    const names = [
      'epaper-article-basic',
      'portal-article',
      'portal-article-generic',
      'portal-legacy-detail',
      'epaper-page',
    ];
    for (const src of sources.filter((s) => names.includes(s.name)))
      for (const tag of ['div', 'span', 'form', 'table'])
        check(
          src.html.replace(/<body[^>]*>/, (m) => m + `<${tag}>`.repeat(9000)),
          src.url,
          `${src.name} 9,000 <${tag}>`,
        );
  }, 600_000);

  it('5 MB pages of every family parse and extract within the budget', () => {
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
  }, 600_000);
});
