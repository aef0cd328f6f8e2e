/**
 * Sync between two browser profiles (two devices) of the same browser through a real WebDAV
 * server (rclone's `serve webdav` on 127.0.0.1, see tests/sync/servers.ts), driven as a user
 * would: device A saves an article from the reader, tags it, collects a word and reviews a card;
 * both turn sync on in the options page (trusted clicks: the browser wants a user gesture for the
 * permission request); device B edits the word's definition and deletes a tag while A reviews
 * again; both press "Sync now". Every device then holds the same library, vocabulary, cards and
 * review log, read from each profile's IndexedDB.
 *
 * The host permission: Firefox grants optional permissions without its prompt when
 * `extensions.webextOptionalPermissionPrompts` is false (tests/e2e/browsers.ts sets it; see
 * toolkit/components/extensions/parent/ext-permissions.js: with the pref off, `request` adds the
 * permission at once). Chromium's prompt cannot be answered under automation, so the test grants
 * the server's site the way a user can ahead of time, on the extension's details page
 * (chrome://extensions → Site access, `developerPrivate.addHostPermission`); Chromium then
 * answers the extension's own `permissions.request` at once, without a prompt, as it does for any
 * host the user already granted. The product's code path is the same in both browsers; nothing
 * is mocked.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startWebDav, USER, PASSWORD, type WebDavServer } from '../sync/servers';
import {
  allowSiteInBrowserSettings,
  openExtensionPage,
  sendFromPage,
  type ExtensionBrowser,
  type TestPage,
} from './browsers';
import { BROWSERS, URLS, screenshotPath } from './harness';
import { openReaderOn, saveInReader } from './reader-page';

const TITLE = '择优遴选社会评价组织 探索“一岗双认”评价模式';
const WORD = '工匠';
const EDITED = 'master craftsman (edited on device B)';
const TAGS = ['劳模', '待读'];

interface Clickable {
  click(selector: string): Promise<unknown>;
  type(selector: string, text: string): Promise<unknown>;
}
/** Playwright's and Puppeteer's pages both click and type as trusted input. */
const input = (page: TestPage) => page.raw as unknown as Clickable;

async function saveArticleWithTags(b: ExtensionBrowser): Promise<void> {
  const page = await openReaderOn(b, URLS.epaperArticle);
  await saveInReader(page);
  await page.close();
  const lib = await openExtensionPage(b, 'library.html');
  await lib.waitForFunction(() => document.querySelector('.rows > li .add-tag input'), undefined, 20_000);
  for (const [i, tag] of TAGS.entries()) {
    await input(lib).type('.rows > li .add-tag input', tag);
    await input(lib).click('.rows > li .add-tag button[type="submit"]');
    await lib.waitForFunction((n) => document.querySelectorAll('.rows > li .tags .tag').length === n, i + 1, 15_000);
  }
  await lib.close();
}

async function addWord(b: ExtensionBrowser): Promise<void> {
  // What the reader's word card sends to the background when the user adds a word.
  const page = await openExtensionPage(b, 'review.html');
  const reply = await sendFromPage(page, 'addWord', {
    word: WORD,
    pinyin: 'gōng jiàng',
    definition: 'craftsman; artisan',
    sentence: '从工人到工匠，他用了二十年。',
  });
  expect(reply).toMatchObject({ ok: true, value: { word: WORD } });
  await page.close();
}

/** Reviews the card the review page shows first, graded "good". Returns its id. */
async function reviewOne(b: ExtensionBrowser): Promise<string> {
  const page = await openExtensionPage(b, 'review.html');
  await page.waitForFunction(() => document.querySelector('[data-testid="card"]'), undefined, 20_000);
  const card = await page.evaluate(() => document.querySelector('[data-testid="card"]')!.getAttribute('data-card')!);
  const key = (k: string) =>
    page.evaluate((key) => void document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })), k);
  await key(' ');
  await page.waitForFunction(() => document.querySelector('[data-testid="answer"]'), undefined, 15_000);
  await key('3');
  await page.waitForFunction(
    (before) => document.querySelector('[data-testid="card"]')?.getAttribute('data-card') !== before,
    card,
    15_000,
  );
  await page.close();
  return card;
}

async function editDefinition(b: ExtensionBrowser): Promise<void> {
  const page = await openExtensionPage(b, 'review.html#words');
  const row = `tr[data-word="${WORD}"]`;
  await page.waitForFunction((sel) => document.querySelector(sel), row, 20_000);
  await input(page).click(`${row} button.link`);
  await page.waitForFunction((sel) => document.querySelector(`${sel} form.edit input`), row, 10_000);
  await page.evaluate((sel) => {
    const field = document.querySelector<HTMLInputElement>(`${sel} form.edit input`)!;
    field.value = '';
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, row);
  await input(page).type(`${row} form.edit input`, EDITED);
  await input(page).click(`${row} form.edit button[type="submit"]`);
  await page.waitForFunction(
    ([sel, text]) =>
      !document.querySelector(`${sel} form.edit`) && document.querySelector(sel)?.textContent?.includes(text),
    [row, EDITED] as const,
    15_000,
  );
  await page.close();
}

async function removeTag(b: ExtensionBrowser, tag: string): Promise<void> {
  const lib = await openExtensionPage(b, 'library.html');
  await lib.waitForFunction(
    (n) => document.querySelectorAll('.rows > li .tags .tag').length === n,
    TAGS.length,
    20_000,
  );
  const index = await lib.evaluate(
    (name) => [...document.querySelectorAll('.rows > li .tags .tag-name')].findIndex((e) => e.textContent === name),
    tag,
  );
  expect(index).toBeGreaterThanOrEqual(0);
  await input(lib).click(`.rows > li .tags .tag:nth-child(${index + 1}) .tag-remove`);
  await lib.waitForFunction(
    (n) => document.querySelectorAll('.rows > li .tags .tag').length === n,
    TAGS.length - 1,
    15_000,
  );
  await lib.close();
}

interface Status {
  enabled?: boolean;
  running?: boolean;
  lastSync?: number;
  lastAttempt?: number;
  last?: { sent: number; received: number; changed: number };
  error?: { message: string };
}

const readStatus = (page: TestPage) =>
  page.evaluate(async () => {
    type Storage = { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
    const g = globalThis as unknown as { browser?: Storage; chrome: Storage };
    return ((await (g.browser ?? g.chrome).storage.local.get('syncStatus')).syncStatus ?? {}) as Status;
  });

/** Waits (polling from here: page predicates must be synchronous) until a sync after `after` ended. */
async function waitForSyncAfter(page: TestPage, after: number): Promise<Status> {
  const deadline = Date.now() + 45_000;
  for (;;) {
    const status = await readStatus(page);
    if (!status.running && ((status.lastSync ?? 0) > after || (status.error && (status.lastAttempt ?? 0) > after))) {
      expect(status.error?.message).toBeUndefined();
      return status;
    }
    if (Date.now() > deadline) throw new Error(`no sync ended: ${JSON.stringify(status)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Fills the sync form and turns sync on, with trusted input; returns the status after the first sync. */
async function turnSyncOn(b: ExtensionBrowser, dav: WebDavServer, shot: string): Promise<Status> {
  await allowSiteInBrowserSettings(b, `http://127.0.0.1/*`);
  const page = await openExtensionPage(b, 'options.html');
  await page.waitForFunction(() => document.querySelector('.sync-form input[name="url"]'), undefined, 20_000);
  await input(page).type('.sync-form input[name="url"]', dav.url);
  await input(page).type('.sync-form input[name="username"]', USER);
  await input(page).type('.sync-form input[name="password"]', PASSWORD);
  await input(page).click('.sync-form button[type="button"]');
  await page.waitForFunction(() => document.querySelector('.sync-note')?.textContent, undefined, 20_000);
  expect(await page.evaluate(() => document.querySelector('.sync-note')!.textContent)).toMatch(/^Connected\./);
  await page.screenshot(screenshotPath(`${shot}-tested`));
  const before = Date.now() - 1;
  await input(page).click('.sync-form button[type="submit"]');
  const status = await waitForSyncAfter(page, before);
  // The status line follows the stored status.
  await page.waitForFunction(
    () => /Last sync/.test(document.querySelector('.sync-status')?.textContent ?? ''),
    undefined,
    10_000,
  );
  await page.screenshot(screenshotPath(shot));
  await page.close();
  return status;
}

async function pressSyncNow(b: ExtensionBrowser): Promise<Status> {
  const page = await openExtensionPage(b, 'options.html');
  await page.waitForFunction(() => document.querySelector('.sync-on button'), undefined, 20_000);
  const before = (await readStatus(page)).lastSync ?? 0;
  await input(page).click('.sync-on .sync-buttons button:first-child');
  const status = await waitForSyncAfter(page, before);
  await page.close();
  return status;
}

interface Dump {
  articles: Record<string, unknown>[];
  vocabulary: Record<string, unknown>[];
  cards: Record<string, unknown>[];
  reviewLog: Record<string, unknown>[];
}

/** The profile's library as stored, less what is local by nature (document numbers, row ids). */
async function dumpLibrary(b: ExtensionBrowser): Promise<Dump> {
  const page = await openExtensionPage(b, 'library.html');
  const dump = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('workercn-reader');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = (store: string) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
        req.onerror = () => reject(req.error);
      });
    const out = {
      articles: await all('articles'),
      vocabulary: await all('vocabulary'),
      cards: await all('cards'),
      reviewLog: await all('reviewLog'),
    };
    db.close();
    return JSON.parse(JSON.stringify(out)) as typeof out;
  });
  await page.close();
  for (const a of dump.articles) delete a.seq;
  for (const r of dump.reviewLog) delete r.id;
  const by = (k: string) => (x: Record<string, unknown>, y: Record<string, unknown>) =>
    String(x[k]) < String(y[k]) ? -1 : String(x[k]) > String(y[k]) ? 1 : 0;
  dump.articles.sort(by('url'));
  dump.vocabulary.sort(by('word'));
  dump.cards.sort(by('id'));
  dump.reviewLog.sort((x, y) => by('cardId')(x, y) || Number(x.time) - Number(y.time));
  return dump;
}

describe.each(BROWSERS)('sync between two profiles in $name', ({ name, launch }) => {
  let dav: WebDavServer | undefined;
  const devices: ExtensionBrowser[] = [];
  beforeAll(async () => {
    dav = await startWebDav();
  });
  afterAll(async () => {
    for (const d of devices) await d.close().catch(() => undefined);
    await dav?.stop();
  });

  it('A saves, tags and reviews, B edits a definition and deletes a tag; both end with the same library', async () => {
    const port = inject('fixturePort');
    const [a, b] = await Promise.all([launch(port), launch(port)]);
    devices.push(a, b);

    // Device A: an article with two tags, a word, one review; then sync on (the first upload).
    await saveArticleWithTags(a);
    await addWord(a);
    const firstCard = await reviewOne(a);
    const upA = await turnSyncOn(a, dav!, `sync-on-a-${name}`);
    expect(upA.last!.sent).toBeGreaterThan(0);

    // Device B: sync on, receives A's library.
    const downB = await turnSyncOn(b, dav!, `sync-on-b-${name}`);
    expect(downB.last!.received).toBeGreaterThan(0);
    const early = await dumpLibrary(b);
    expect(early.articles.map((x) => x.title)).toEqual([TITLE]);
    expect(early.vocabulary.map((x) => x.word)).toEqual([WORD]);
    expect(early.reviewLog).toHaveLength(1);

    // Meanwhile on both: B edits the definition and deletes a tag, A reviews the next card.
    await editDefinition(b);
    await removeTag(b, TAGS[1]);
    const secondCard = await reviewOne(a);
    expect(secondCard).not.toBe(firstCard);

    await pressSyncNow(b);
    const inA = await pressSyncNow(a);
    expect(inA.last!.received).toBeGreaterThan(0);
    const inB = await pressSyncNow(b);
    expect(inB.last!.received).toBeGreaterThan(0);

    const [dumpA, dumpB] = [await dumpLibrary(a), await dumpLibrary(b)];
    expect(dumpA.articles).toHaveLength(1);
    expect(dumpA.articles[0].tags).toEqual([TAGS[0]]);
    expect(dumpA.vocabulary).toHaveLength(1);
    expect(dumpA.vocabulary[0].definition).toBe(EDITED);
    expect(dumpA.reviewLog.map((r) => r.cardId).sort()).toEqual([firstCard, secondCard].sort());
    expect(
      dumpA.cards
        .filter((c) => Number(c.reps) > 0)
        .map((c) => c.id)
        .sort(),
    ).toEqual([firstCard, secondCard].sort());
    expect(dumpB).toEqual(dumpA);

    const options = await openExtensionPage(a, 'options.html');
    await options.waitForFunction(
      () => /Last sync/.test(document.querySelector('.sync-status')?.textContent ?? ''),
      undefined,
      10_000,
    );
    await options.screenshot(screenshotPath(`sync-status-${name}`));
    await options.close();
  }, 300_000);
});
