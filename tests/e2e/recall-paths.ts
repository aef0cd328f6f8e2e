/**
 * The three paths whose recall tests/hostile/recall.ts measures, driven in real browsers (used by
 * tests/e2e/malformed.e2e.ts and `npm run check:recall`):
 * - the ground truth: plain Chromium (no extension) loading each case page under its workercn.cn
 *   address and reading the innerText of its article area;
 * - Node: `extract(parseHtml(html))`, parse5 tree construction into linkedom;
 * - DOMParser: the extraction bundled as a page script, run on the `DOMParser` documents the extension
 *   makes of fetched pages (utils/library/fetch-page.ts: batch saves, split articles, navigation);
 * - the live page: the built extension's reader opened on the page, its article's text read back.
 */
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { extract } from '../../utils/site/extract';
import { parseHtml } from '../../utils/site/parse-html';
import type { Article } from '../../utils/site/article';
import { extractedText, untouchedPage, type HostilePage } from '../hostile/cases';
import { groundTruth, UNSAFE, type GroundTruth } from '../hostile/recall';
import { CHROMIUM_PATH, ROOT, type ExtensionBrowser, type TestPage } from './browsers';
import { openReader, waitForMark } from './reader-page';

/** Runs `fn` over `items`, `limit` at a time, keeping the order of the results. */
export async function pool<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** What Chromium shows of each case page: the ground truth per page (same order as `pages`). */
export async function chromiumGroundTruth(port: number, pages: HostilePage[]): Promise<GroundTruth[]> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      `--host-resolver-rules=MAP *.workercn.cn 127.0.0.1:${port}, MAP workercn.cn 127.0.0.1:${port}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
    ],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const read = async (url: string, selectors: string[]) => {
      const page = await context.newPage();
      // the payloads' own handlers run in the page as they would for a reader; their dialogs are dismissed
      page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
      await page.goto(url.replace(/^https:/, 'http:'), { waitUntil: 'load', timeout: 60_000 });
      const shown = await page.evaluate((list: string[]) => {
        // a control's label (a button drawn on one line) is not article text: left out of what is read
        for (const b of Array.from(Document.prototype.querySelectorAll.call(document, 'button')) as HTMLElement[])
          if (!b.innerText.trim().includes('\n')) b.style.setProperty('display', 'none', 'important');
        return {
          area: list
            .map((s) => (Document.prototype.querySelector.call(document, s) as HTMLElement | null)?.innerText ?? '')
            .join('\n'),
          body: document.body?.innerText ?? '',
        };
      }, selectors);
      await page.close();
      return shown;
    };
    const positions = [...new Set(pages.map((p) => p.position))];
    const untouched = new Map(
      await Promise.all(positions.map(async (p) => [p, (await read(untouchedPage(p).url, ['body'])).body] as const)),
    );
    return await pool(pages, 3, async (page) => {
      const { area } = await read(page.url, page.shown);
      return groundTruth(untouchedPage(page.position).expected, area, untouched.get(page.position) ?? '');
    });
  } finally {
    await browser.close();
  }
}

export interface PathRead {
  /** The text the path gives a reader. */
  text: string;
  /** What is unsafe in its output (markup or attributes of the payload that came through). */
  unsafe: string[];
  /** The reader's failure message, or the extraction's reason. */
  failure: string;
}

/** The sanitized HTML and the text of an extraction: what is unsafe in it. */
function unsafeIn(a: Pick<Article, 'html'>): string[] {
  const m = a.html.match(new RegExp(UNSAFE.source, 'gi'));
  return m ? [...new Set(m)] : [];
}

export function nodeRead(page: HostilePage): PathRead {
  const a = extract(parseHtml(page.html), page.url);
  return { text: extractedText(a), unsafe: unsafeIn(a), failure: a.reason };
}

/** The extraction bundled for a page (tests/hostile/browser-entry.ts defines `__wdrExtract`, `__wdrParse`). */
export async function extractionBundle(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(ROOT, 'tests/hostile/browser-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

/** Each case extracted inside `page` from the `DOMParser` document the extension makes of a fetched page. */
export async function domParserReads(page: TestPage, bundle: string, pages: HostilePage[]): Promise<PathRead[]> {
  await page.evaluate((code: string) => {
    (0, eval)(code);
  }, bundle);
  const results = await page.evaluate(
    (list: { html: string; url: string }[]) => {
      const g = globalThis as unknown as {
        __wdrExtract: (d: Document, u: string) => Article;
        __wdrParse: (html: string) => Document;
      };
      return list.map(({ html, url }) => g.__wdrExtract(g.__wdrParse(html), url));
    },
    pages.map((p) => ({ html: p.html, url: p.url })),
  );
  return results.map((a) => ({ text: extractedText(a), unsafe: unsafeIn(a), failure: a.reason }));
}

/**
 * The reader opened on one live page: its article's text (no pinyin, no controls) and what is
 * unsafe in it. Firefox's WebDriver BiDi now and then loses a tab it is creating while others load
 * ("BrowsingContext does no longer exist"): such a protocol error is tried again, twice at most.
 */
export async function liveRead(browser: ExtensionBrowser, hostile: HostilePage): Promise<PathRead> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await liveReadOnce(browser, hostile);
    } catch (error) {
      const protocol =
        error instanceof Error && (error.name === 'ProtocolError' || /Protocol error/.test(error.message));
      if (!protocol || attempt >= 3) throw error;
    }
  }
}

async function liveReadOnce(browser: ExtensionBrowser, hostile: HostilePage): Promise<PathRead> {
  const page = await browser.open(browser.pageUrl(hostile.url));
  try {
    await waitForMark(page);
    await openReader(page);
    const read = await page.evaluate(() => {
      const root = document.querySelector('workercn-reader')!.shadowRoot!;
      const article = root.querySelector('article');
      const failure = root.querySelector('.failure')?.textContent ?? '';
      if (!article) return { text: '', unsafe: [] as string[], failure };
      const unsafe: string[] = [];
      for (const el of Array.from(article.querySelectorAll('*'))) {
        const tag = el.localName;
        if (/^(script|iframe|object|embed|frame|frameset|form|input|style|svg|math)$/.test(tag))
          unsafe.push(`<${tag}>`);
        for (const a of Array.from(el.attributes)) {
          if (/^on/i.test(a.name)) unsafe.push(`${tag} ${a.name}`);
          if (
            /^(href|src|action|formaction|xlink:href)$/i.test(a.name) &&
            /^\s*(javascript|data|vbscript):/i.test(a.value)
          )
            unsafe.push(`${tag} ${a.name}=${a.value.slice(0, 30)}`);
        }
      }
      const copy = article.cloneNode(true) as Element;
      copy.querySelectorAll('rt, rp, button').forEach((el) => el.remove());
      return { text: copy.textContent ?? '', unsafe, failure };
    });
    // the page's own handlers (an autofocus onfocus) may fire as focus moves: the reader's article is what is checked
    return read;
  } finally {
    await page.close();
  }
}
