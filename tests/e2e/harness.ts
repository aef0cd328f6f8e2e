/** Per-file set-up for e2e tests: one browser per `describe`, the same tests for both. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium, launchFirefox, ROOT, type ExtensionBrowser } from './browsers';

export const BROWSERS = [
  { name: 'chromium', launch: launchChromium },
  { name: 'firefox', launch: launchFirefox },
] as const;

export const SCREENSHOT_DIR = path.join(ROOT, 'test-results/screenshots');

/**
 * Launches the browser before the describe's tests and closes it after; returns a getter. `port`:
 * the fixture server the pages' workercn.cn addresses go to (default: the one global-setup starts).
 */
export function useBrowser(
  launch: (port: number) => Promise<ExtensionBrowser>,
  port: () => number = () => inject('fixturePort'),
): () => ExtensionBrowser {
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    browser = await launch(port());
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('browser not launched');
    return browser;
  };
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, `${name}.png`);
}

/** Real addresses of bundled fixture pages used across e2e files. */
export const URLS = {
  epaperArticle: 'https://www.workercn.cn/papers/grrb/2022/04/29/1/news-1.html',
  epaperPage: 'https://www.workercn.cn/papers/grrb/2022/03/25/1/page.html',
  portalArticle: 'https://www.workercn.cn/c/2022-03-25/6993456.shtml?utm_source=wechat',
  workercnNonArticle: 'https://www.workercn.cn/about/contact.shtml',
  /** An article address whose page has no text (a removed story). */
  emptyArticle: 'https://www.workercn.cn/papers/grrb/2022/04/29/5/news-9.html',
  xssArticle: 'https://www.workercn.cn/papers/grrb/2022/04/29/3/news-4.html',
  otherSite: 'http://www.example.org/news/2022/04/29/article.html',
} as const;

/**
 * Reads `read()` until `done` holds of what it read (every 200 ms, up to `timeoutMs`) and returns
 * the last value: for what the UI works out after an action (a message round trip, IndexedDB,
 * storage, a debounced save). Assert on the value afterwards, so a failure shows what was there.
 */
export async function readUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
