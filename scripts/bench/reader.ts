/**
 * The reader in real Chromium with the built extension (.output/chrome-mv3; run `npm run build`
 * first): the size of the script that loads on every workercn.cn page and its main-thread time,
 * and click-to-reader time, next to Mozilla Readability alone on the same page in the same run.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { createRequire } from 'node:module';
import { startFixtureServer } from '../lib/fixture-server';
import { launchChromium, CHROME_BUILD, type ExtensionBrowser, type TestPage } from '../../tests/e2e/browsers';
import { fmtMs, ratio } from '../lib/bench-utils';

const PAGES = [
  {
    label: 'typical article (epaper-article-basic)',
    url: 'https://www.workercn.cn/papers/grrb/2022/04/29/1/news-1.html',
  },
  { label: 'seed page, 12,000 characters', url: 'https://www.workercn.cn/papers/grrb/2022/04/29/9/news-1.html' },
];
const RUNS = 5;
const readabilitySource = readFileSync(
  createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'),
  'utf8',
);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function clickToReader(page: TestPage): Promise<number> {
  return page.evaluate(async () => {
    const button = document.querySelector('workercn-reader-launcher')!.shadowRoot!.querySelector('button')!;
    const start = performance.now();
    button.click();
    for (;;) {
      const root = document.querySelector('workercn-reader')?.shadowRoot;
      if (root?.querySelector('article .text ruby, .failure')) return performance.now() - start;
      await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    }
  });
}

async function closeReader(page: TestPage): Promise<void> {
  await page.evaluate(() =>
    document.querySelector('workercn-reader')!.shadowRoot!.querySelector<HTMLButtonElement>('.close')!.click(),
  );
}

async function measurePage(browser: ExtensionBrowser, url: string) {
  const cold: number[] = [];
  const warm: number[] = [];
  const script: number[] = [];
  const readability: number[] = [];
  let chars = 0;
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.open(browser.pageUrl(url));
    await page.waitForFunction(() => document.querySelector('workercn-reader-launcher'), undefined);
    script.push(
      await page.evaluate(
        () => performance.getEntriesByName('workercn-reader:content-script').map((e) => e.duration)[0] ?? NaN,
      ),
    );
    // Readability alone, in the page, on a clone (as the reader's fallback would run it).
    readability.push(
      await page.evaluate((source: string) => {
        const Readability = new Function(`${source}; return Readability;`)() as new (doc: Document) => {
          parse(): { textContent?: string } | null;
        };
        const start = performance.now();
        const result = new Readability(document.cloneNode(true) as Document).parse();
        const ms = performance.now() - start;
        (window as unknown as { __chars: number }).__chars = result?.textContent?.length ?? 0;
        return ms;
      }, readabilitySource),
    );
    chars = await page.evaluate(() => (window as unknown as { __chars: number }).__chars);
    cold.push(await clickToReader(page));
    await closeReader(page);
    warm.push(await clickToReader(page));
    await page.close();
  }
  return { cold: median(cold), warm: median(warm), script: median(script), readability: median(readability), chars };
}

export async function run(): Promise<void> {
  const file = path.join(CHROME_BUILD, 'content-scripts/workercn.js');
  if (!existsSync(file)) {
    console.log('reader: no build in .output/chrome-mv3 — run `npm run build` first; skipped');
    return;
  }
  const bytes = statSync(file).size;
  const gz = gzipSync(readFileSync(file)).length;
  const reader = statSync(path.join(CHROME_BUILD, 'content-scripts/reader.js')).size;
  console.log(
    `content script (every workercn.cn page): ${(bytes / 1024).toFixed(1)} KB minified, ${(gz / 1024).toFixed(1)} KB gzip (target < 30 KB)`,
  );
  console.log(`reader script (loaded on first open): ${(reader / 1024).toFixed(0)} KB minified`);

  const server = await startFixtureServer();
  const browser = await launchChromium(server.port);
  try {
    for (const { label, url } of PAGES) {
      const r = await measurePage(browser, url);
      console.log(`${label} (${r.chars} chars of text), median of ${RUNS}:`);
      console.log(`  content script main-thread time: ${fmtMs(r.script)}`);
      console.log(
        `  click → reader shown: first open ${fmtMs(r.cold)} (script injection, dictionary load, extraction, annotation), reopen ${fmtMs(r.warm)}`,
      );
      console.log(
        `  Readability alone on the same page: ${fmtMs(r.readability)} → first open ${ratio(r.cold, r.readability)}, reopen ${ratio(r.warm, r.readability)} of it`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
