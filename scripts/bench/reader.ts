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

/** Click → first annotated text on screen, and → every paragraph rendered. */
async function clickToReader(page: TestPage): Promise<{ shown: number; complete: number }> {
  return page.evaluate(async () => {
    const button = document.querySelector('workercn-reader-launcher')!.shadowRoot!.querySelector('button')!;
    const start = performance.now();
    button.click();
    let shown = 0;
    for (;;) {
      const root = document.querySelector('workercn-reader')?.shadowRoot;
      if (!shown && root?.querySelector('article .text ruby, .failure')) shown = performance.now() - start;
      const text = root?.querySelector<HTMLElement>('article .text');
      if (shown && (!text || text.querySelectorAll(':scope > p').length >= Number(text.dataset.paragraphs))) {
        return { shown, complete: performance.now() - start };
      }
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
  const times = {
    shown: [] as number[],
    complete: [] as number[],
    reopen: [] as number[],
    script: [] as number[],
    readability: [] as number[],
  };
  const stageTimes: Record<string, number[]> = {};
  let chars = 0;
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.open(browser.pageUrl(url));
    await page.waitForFunction(() => document.querySelector('workercn-reader-launcher'), undefined);
    times.script.push(
      await page.evaluate(
        () => performance.getEntriesByName('workercn-reader:content-script').map((e) => e.duration)[0] ?? NaN,
      ),
    );
    // Readability alone, in the page, on a clone (as the reader's fallback would run it).
    const baseline = await page.evaluate((source: string) => {
      const Readability = new Function(`${source}; return Readability;`)() as new (doc: Document) => {
        parse(): { textContent?: string } | null;
      };
      const start = performance.now();
      const result = new Readability(document.cloneNode(true) as Document).parse();
      return { ms: performance.now() - start, chars: result?.textContent?.length ?? 0 };
    }, readabilitySource);
    times.readability.push(baseline.ms);
    chars = baseline.chars;
    const first = await clickToReader(page);
    times.shown.push(first.shown);
    times.complete.push(first.complete);
    const stages = await page.evaluate(() =>
      performance
        .getEntriesByType('measure')
        .filter((e) => e.name.startsWith('workercn-reader:') && e.name !== 'workercn-reader:content-script')
        .map((e) => [e.name.slice('workercn-reader:'.length), e.duration] as [string, number]),
    );
    for (const [stage, ms] of stages) (stageTimes[stage] ??= []).push(ms);
    await closeReader(page);
    times.reopen.push((await clickToReader(page)).shown);
    await page.close();
  }
  return {
    shown: median(times.shown),
    complete: median(times.complete),
    reopen: median(times.reopen),
    script: median(times.script),
    readability: median(times.readability),
    chars,
    stages: Object.entries(stageTimes).map(([stage, ms]) => `${stage} ${fmtMs(median(ms))}`),
  };
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
      console.log(`  first open, by stage (extract and dictionary run side by side): ${r.stages.join(', ')}`);
      console.log(
        `  click → reader shown: first open ${fmtMs(r.shown)} (all paragraphs rendered ${fmtMs(r.complete)}), reopen ${fmtMs(r.reopen)}`,
      );
      console.log(
        `  Readability alone on the same page: ${fmtMs(r.readability)} → first open ${ratio(r.shown, r.readability)}, reopen ${ratio(r.reopen, r.readability)} of it`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
