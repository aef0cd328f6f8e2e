/**
 * `npm run check:recall`: recall of the text Chromium shows on the malformed-markup pages
 * (tests/hostile/cases.ts: the malformed markup and the cheatsheet payloads, each in each position), per path: Node (parse5 into linkedom),
 * each browser's DOMParser, and the live page (the built extension's reader in Chromium and
 * Firefox ESR, the pages served under their workercn.cn addresses). Prints the table, totals and
 * the lowest case; the exit code is 1 when a case is below 0.99 or something unsafe came through.
 *   --no-live        Node and DOMParser only (no build needed)
 *   --only=chromium  one browser (chromium or firefox)
 * The measure is tests/hostile/recall.ts; tests/e2e/malformed.e2e.ts asserts the same figures.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startFixtureServer } from './lib/fixture-server';
import { recallPages } from '../tests/hostile/cases';
import { recallOf, recallTable, type RecallRow } from '../tests/hostile/recall';
import { CHROME_BUILD, FIREFOX_BUILD, launchChromium, launchFirefox } from '../tests/e2e/browsers';
import {
  chromiumGroundTruth,
  domParserReads,
  extractionBundle,
  liveRead,
  nodeRead,
  pool,
  type PathRead,
} from '../tests/e2e/recall-paths';

const THRESHOLD = 0.99;
const args = process.argv.slice(2);
const live = !args.includes('--no-live');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const browsers = [
  { name: 'chromium', launch: launchChromium, build: CHROME_BUILD },
  { name: 'firefox', launch: launchFirefox, build: FIREFOX_BUILD },
].filter((b) => !only || b.name === only);

async function main(): Promise<number> {
  if (live) {
    const missing = browsers.filter((b) => !existsSync(path.join(b.build, 'manifest.json')));
    if (missing.length) {
      console.error(
        `no build of the extension for ${missing.map((b) => b.name).join(', ')}: run \`npm run build\` first (or pass --no-live)`,
      );
      return 2;
    }
  }
  const pages = recallPages();
  const rows: RecallRow[] = pages.map((page) => ({ page, byPath: {} }));
  const unsafe: string[] = [];
  const server = await startFixtureServer(0, pages);
  try {
    const [truth, bundle] = await Promise.all([chromiumGroundTruth(server.port, pages), extractionBundle()]);
    const record = (pathName: string, reads: PathRead[]) => {
      for (const [i, read] of reads.entries()) {
        rows[i].byPath[pathName] = recallOf(truth[i], read.text);
        if (read.unsafe.length) unsafe.push(`${pathName} ${pages[i].name}: ${read.unsafe.join(', ')}`);
      }
    };
    record('node', pages.map(nodeRead));
    for (const b of browsers) {
      const browser = await b.launch(server.port);
      try {
        const page = await browser.open(browser.pageUrl(pages[0].url));
        record(`domparser ${b.name}`, await domParserReads(page, bundle, pages));
        await page.close();
        if (live) record(`live ${b.name}`, await pool(pages, 3, (p) => liveRead(browser, p)));
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  console.log(
    `recall of the text Chromium shows (${pages.length} pages: case × position)\n${recallTable(rows, THRESHOLD)}`,
  );
  console.log(unsafe.length ? `unsafe output:\n  ${unsafe.join('\n  ')}` : 'nothing unsafe in any path');
  const low = rows.some((r) => Object.values(r.byPath).some((v) => v.recall < THRESHOLD));
  return low || unsafe.length ? 1 : 0;
}

process.exitCode = await main();
