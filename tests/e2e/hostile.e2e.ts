/**
 * Hostile markup in real browsers (issues 18 and 19), three paths:
 * - DOMParser: the extraction bundled as a page script, run on `DOMParser` documents (as batch
 *   saves and split articles do), every clobbering vector in every position;
 * - the live page: the built extension's reader opened on each page, waited for 2 s at most;
 * - Node: the same pages through parse5 + linkedom, compared with what the browser shows.
 * Recall is the share of the text Chromium renders (innerText of the article's parts) that the
 * extraction keeps. The figures are printed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server';
import { FIXTURES, fixtureCases, fixtureUrl } from '../../scripts/update-fixtures';
import { extract } from '../../utils/site/extract';
import { parseHtmlAs } from '../../utils/site/parse-html';
import type { Article } from '../../utils/site/article';
import { launchChromium, launchFirefox, ROOT, type ExtensionBrowser, type TestPage } from './browsers';
import { clobberingPages, extractedText, malformedPages, type HostilePage } from '../hostile/cases';

const clobbering = clobberingPages();
const malformed = malformedPages();
/** One page per position carrying every clobbering vector at once (the live page runs these in both browsers). */
const combined = ['epaper-body', 'epaper-title', 'epaper-pretitle', 'epaper-pictures', 'generic'].map((position, i) => {
  const pages = clobbering.filter((p) => p.position === position && !p.swallowsRest);
  const first = pages[0];
  const all = pages.map((p) => p.vector.html).join('\n');
  return {
    ...first,
    name: `all vectors @ ${position}`,
    url: first.url.replace(/news-\d+|\d+\.shtml/, (m) =>
      m.startsWith('news') ? `news-${90 + i}` : `${7199990 + i}.shtml`,
    ),
    html: first.html.replace(first.vector.html, all),
  };
});

let server: FixtureServer;
let bundle = '';

beforeAll(async () => {
  server = await startFixtureServer(0, [...clobbering, ...malformed, ...combined]);
  const out = await build({
    entryPoints: [path.join(ROOT, 'tests/hostile/browser-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  bundle = out.outputFiles[0].text;
});
afterAll(async () => {
  await server?.close();
});

type Extracted = Pick<
  Article,
  | 'kind'
  | 'family'
  | 'extractor'
  | 'title'
  | 'pretitle'
  | 'subtitle'
  | 'byline'
  | 'source'
  | 'date'
  | 'paragraphs'
  | 'images'
  | 'links'
  | 'continuations'
  | 'reason'
>;
const fields = (a: Article): Extracted => ({
  kind: a.kind,
  family: a.family,
  extractor: a.extractor,
  title: a.title,
  pretitle: a.pretitle,
  subtitle: a.subtitle,
  byline: a.byline,
  source: a.source,
  date: a.date,
  paragraphs: a.paragraphs,
  images: a.images,
  links: a.links,
  continuations: a.continuations,
  reason: a.reason,
});

/** Extracts each page from a DOMParser document inside the browser; returns the fields and the time taken. */
async function domParserExtract(
  page: TestPage,
  cases: { html: string; url: string }[],
): Promise<(Extracted & { ms: number })[]> {
  await page.evaluate((code: string) => {
    (0, eval)(code);
  }, bundle);
  return page.evaluate((list: { html: string; url: string }[]) => {
    const run = (globalThis as unknown as { __wdrExtract: (d: Document, u: string) => Article }).__wdrExtract;
    return list.map(({ html, url }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const start = performance.now();
      const a = run(doc, url);
      return {
        ms: performance.now() - start,
        kind: a.kind,
        family: a.family,
        extractor: a.extractor,
        title: a.title,
        pretitle: a.pretitle,
        subtitle: a.subtitle,
        byline: a.byline,
        source: a.source,
        date: a.date,
        paragraphs: a.paragraphs,
        images: a.images,
        links: a.links,
        continuations: a.continuations,
        reason: a.reason,
      };
    });
  }, cases);
}

const squeeze = (s: string) => s.replace(/\s+/g, '');
const summary: string[] = [];
afterAll(() => {
  if (summary.length) console.log(summary.join('\n'));
});

function keepsArticle(page: HostilePage, text: string) {
  for (const p of page.paragraphs) expect(text, page.name).toContain(squeeze(p));
}

describe.each([
  { name: 'chromium', launch: launchChromium },
  { name: 'firefox', launch: launchFirefox },
] as const)('hostile markup in $name', ({ name, launch }) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(server.port);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(`DOMParser path: every clobbering vector in every position (${clobbering.length} pages) ends and keeps the text`, async () => {
    const page = await browser.open(browser.pageUrl('https://www.workercn.cn/papers/grrb/2022/04/29/1/news-1.html'));
    const results = await domParserExtract(page, clobbering);
    let longest = 0;
    for (const [i, c] of clobbering.entries()) {
      const a = results[i];
      longest = Math.max(longest, a.ms);
      if (!c.swallowsRest) expect(a.reason, c.name).toBe('');
      keepsArticle(c, extractedText(a));
      expect(squeeze(a.title), c.name).toContain(squeeze(c.title));
      if (/123/.test(c.vector.html) && !c.swallowsRest && (c.position === 'epaper-body' || c.position === 'generic'))
        expect(extractedText(a), c.name).toContain('123');
    }
    summary.push(
      `${name} DOMParser: ${clobbering.length} clobbering pages, longest extraction ${longest.toFixed(0)} ms`,
    );
    await page.close();
  }, 300_000);

  it('every fixture reads the same through Node and through the browser’s DOMParser', async () => {
    const cases = fixtureCases().map((n) => ({
      name: n,
      url: fixtureUrl(n),
      html: readFileSync(path.join(FIXTURES, n, 'source.html'), 'utf8'),
    }));
    const page = await browser.open(browser.pageUrl('https://www.workercn.cn/papers/grrb/2022/04/29/1/news-1.html'));
    const inBrowser = await domParserExtract(page, cases);
    await page.close();
    for (const [i, c] of cases.entries()) {
      const { ms: _ms, ...browserFields } = inBrowser[i];
      expect(fields(extract(parseHtmlAs(c.html, 'domparser'), c.url)), c.name).toEqual(browserFields);
    }
    summary.push(`${name}: ${cases.length} fixtures read the same in Node and in DOMParser`);
  }, 300_000);
});
