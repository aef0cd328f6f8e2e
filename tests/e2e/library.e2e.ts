/**
 * The library page in the built extension: an article saved from the reader survives a browser
 * restart, is listed, opens in the reader with ruby pinyin with the fixture server stopped
 * (offline), and is found by a word of its body.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../../scripts/lib/fixture-server';
import { openExtensionPage, type ExtensionBrowser, type TestPage } from './browsers';
import { BROWSERS, URLS, readUntil, screenshotPath } from './harness';
import { openReaderOn, readerSnapshot, rubyReading, saveInReader } from './reader-page';

const TITLE = '择优遴选社会评价组织 探索“一岗双认”评价模式';
const BODY_WORD = '网约配送员';

const listedTitles = (page: TestPage) =>
  page.evaluate(() => [...document.querySelectorAll('.rows > li .open')].map((b) => b.textContent ?? ''));

describe.each(BROWSERS)('library in $name', ({ name, launch }) => {
  const dir = mkdtempSync(path.join(tmpdir(), `wdr-library-${name}-`));
  let browser: ExtensionBrowser | undefined;
  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a saved article across a restart and reads and finds it offline', async () => {
    const server = await startFixtureServer();
    const port = server.port;
    try {
      browser = await launch(port, dir);
      const page = await openReaderOn(browser, URLS.epaperArticle);
      await saveInReader(page, 15_000);
      await browser.close({ keepProfile: true });
      browser = undefined;
    } finally {
      await server.close();
    }

    // Relaunch on the same profile with no server: nothing on workercn.cn answers any more.
    browser = await launch(port, dir);
    const lib = await openExtensionPage(browser, 'library.html');
    await lib.waitForFunction(() => document.querySelectorAll('.rows > li').length > 0, undefined, 15_000);
    const titles = await listedTitles(lib);
    expect(titles).toHaveLength(1);
    expect(titles[0]).toContain(TITLE);
    const expectedMeta = { date: '2022-04-29', state: 'Unread', heading: 'Saved articles: 1' };
    const meta = await readUntil(
      () =>
        lib.evaluate(() => ({
          date: document.querySelector('.rows > li .date')?.textContent,
          state: document.querySelector('.rows > li .state-badge')?.textContent,
          heading: document.querySelector('#results-heading')?.textContent,
        })),
      (m) => isDeepStrictEqual(m, expectedMeta),
    );
    expect(meta).toEqual(expectedMeta);
    await lib.screenshot(screenshotPath(`library-list-${name}`));

    await lib.evaluate(() => document.querySelector<HTMLButtonElement>('.rows > li .open')!.click());
    await lib.waitForFunction(
      () => document.querySelector('workercn-reader')?.shadowRoot?.querySelector('article ruby, .failure'),
      undefined,
      30_000,
    );
    const snap = await readerSnapshot(lib);
    expect(snap.dialogLabel).toBe('Reader view');
    expect(snap.title).toBe(TITLE);
    expect(snap.rubies).toBeGreaterThan(200);
    expect(await rubyReading(lib, '劳动者')).toBe('láo dòng zhě');
    await lib.screenshot(screenshotPath(`library-reader-${name}`));

    await lib.evaluate(() =>
      document.querySelector('workercn-reader')!.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!.click(),
    );
    await lib.waitForFunction(
      () =>
        !document.querySelector('workercn-reader') &&
        document.querySelector('.rows > li .state-badge')?.textContent === 'Reading',
      undefined,
    );

    await lib.evaluate((word: string) => {
      const box = document.querySelector<HTMLInputElement>('input[type="search"]')!;
      box.value = word;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }, BODY_WORD);
    await lib.waitForFunction(
      (word: string) => document.querySelector('.rows > li .snippet mark')?.textContent === word,
      BODY_WORD,
    );
    // The heading and the address follow the search (the address after the typing pauses).
    const expectedFound = { heading: `1 articles contain “${BODY_WORD}”`, hash: `#q=${BODY_WORD}` };
    const found = await readUntil(
      () =>
        lib.evaluate(() => ({
          heading: document.querySelector('#results-heading')?.textContent,
          hash: decodeURIComponent(location.hash),
        })),
      (f) => isDeepStrictEqual(f, expectedFound),
    );
    expect(found).toEqual(expectedFound);
    await lib.screenshot(screenshotPath(`library-search-${name}`));
  });
});
