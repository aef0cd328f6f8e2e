/**
 * `npm run demo`: try the extension without the live site. Builds if needed, serves the bundled
 * sample pages (tests/fixtures/) under their real workercn.cn addresses, and opens Chromium with the
 * extension loaded on a sample article. Without a display it says so and prints how to do it by hand.
 *   --port N            serve on port N (default 8787)
 *   --screenshot FILE   open the sample headless with the reader open over it (pinyin on, a
 *                       glossary tooltip shown), save a screenshot, and exit
 * The sample is the e-paper article built to the evidenced shape of the real pages
 * (tests/fixtures/workercn/epaper-article-2021).
 */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startFixtureServer } from './lib/fixture-server';
import type { Page } from 'playwright-core';

/** Opens the reader with the launcher, waits for the annotated text, and hovers a glossary term. */
async function showReaderWithTooltip(page: Page): Promise<void> {
  const launcher = page.locator('workercn-reader-launcher button');
  await launcher.click({ timeout: 20_000 });
  const term = page.locator('workercn-reader .body article .term').first();
  await term.waitFor({ timeout: 30_000 });
  await page.locator('workercn-reader article ruby rt').first().waitFor({ timeout: 30_000 });
  await term.hover();
  await page.locator('workercn-reader .tooltip').waitFor({ timeout: 10_000 });
}

const root = path.resolve(import.meta.dirname, '..');
const build = path.join(root, '.output/chrome-mv3');
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(option('--port') ?? 8787);
const screenshot = option('--screenshot');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SAMPLE = 'http://www.workercn.cn/papers/grrb/2021/12/22/2/news-4.html';

if (!existsSync(path.join(build, 'manifest.json'))) execSync('npm run build', { cwd: root, stdio: 'inherit' });

const server = await startFixtureServer(port);
const resolverRule = `MAP *.workercn.cn 127.0.0.1:${server.port}, MAP workercn.cn 127.0.0.1:${server.port}`;
const samples = server.pages.filter((p) => /workercn\.cn/.test(p.url));
console.log(`Sample pages (${samples.length}) served on 127.0.0.1:${server.port} under their real addresses:`);
for (const page of samples) console.log(`  ${page.url.replace(/^https:/, 'http:')}   (${page.name})`);

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const canLaunch = existsSync(chromiumPath) && (hasDisplay || screenshot);

if (!canLaunch) {
  console.log(`
No display found${existsSync(chromiumPath) ? '' : ` and no Chromium at ${chromiumPath}`}, so no browser was opened. By hand:
  1. Load the extension: chrome://extensions → Developer mode → "Load unpacked" → ${build}
     (Firefox: about:debugging → "Load Temporary Add-on…" → ${path.join(root, '.output/firefox-mv2/manifest.json')})
  2. Start Chromium so that workercn.cn goes to this server:
       chromium --host-resolver-rules="${resolverRule}" ${SAMPLE}
  3. Open any sample address above. The server runs until you press Ctrl-C.`);
} else {
  const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'wdr-demo-')), {
    executablePath: chromiumPath,
    headless: Boolean(screenshot),
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${build}`,
      `--load-extension=${build}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      `--host-resolver-rules=${resolverRule}`,
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(SAMPLE, { waitUntil: 'load' });
  if (screenshot) {
    await showReaderWithTooltip(page);
    await page.screenshot({ path: screenshot });
    console.log(`Screenshot of the reader over ${SAMPLE} (pinyin, glossary tooltip) saved to ${screenshot}`);
    await context.close();
    await server.close();
    // No process.exit(): the output above must reach a piped stdout; nothing else keeps the process alive.
  } else {
    console.log(`\nChromium is open on ${SAMPLE}. Close it or press Ctrl-C to stop.`);
    context.on('close', () => void server.close().then(() => process.exit(0)));
  }
}
