/**
 * Launches the built extension in real browsers, pointed at the fixture server under the pages'
 * real workercn.cn URLs. Chromium through playwright-core, Firefox ESR through puppeteer-core
 * (WebDriver BiDi). Both are Debian's browsers; nothing is downloaded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = path.join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv2');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on id from wxt.config.ts and the fixed internal UUID the tests give it. */
export const FIREFOX_ADDON_ID = 'workercn-reader@workercn-reader.org';
export const FIREFOX_ADDON_UUID = '7d3c5e0a-6a8e-4b7e-9a57-3f2f0b1c9e11';

/** What a test needs of either browser, the same shape for both. */
export interface ExtensionBrowser {
  name: 'chromium' | 'firefox';
  /** The URL a page's real address becomes in this browser. */
  pageUrl(realUrl: string): string;
  /** The URL of one of the extension's own pages, e.g. `library.html`. */
  extensionUrl(file: string): string;
  /** Opens a URL in a new tab and waits for it to load. */
  open(url: string): Promise<TestPage>;
  /** Closes the browser (keeps the profile when `keepProfile`). */
  close(options?: { keepProfile?: boolean }): Promise<void>;
  profileDir: string;
  /** Chromium: runs a function in the extension's service worker (absent in Firefox). */
  evaluateWorker?(fn: () => unknown): Promise<unknown>;
}

/** The page operations the tests use, implemented over Playwright and Puppeteer alike. */
export interface TestPage {
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  waitForFunction<A>(fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
  /** Messages of every alert/confirm/prompt the page opened (each is dismissed). */
  dialogs: string[];
  raw: PwPage | PpPage;
}

/** A phone's screen for Chromium's device emulation (Playwright's context options). */
export interface MobileEmulation {
  viewport: { width: number; height: number };
  isMobile: boolean;
  hasTouch: boolean;
  deviceScaleFactor?: number;
}

/** A 390 × 844 phone (the size of many current phones), touch screen, mobile viewport rules. */
export const PHONE: MobileEmulation = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

export async function launchChromium(
  port: number,
  profileDir?: string,
  /** The browser's UI language, which the extension's strings follow (default en-US). */
  locale = 'en-US',
  /** Emulates a phone (viewport, touch, mobile viewport rules) instead of a desktop window. */
  device?: MobileEmulation,
): Promise<ExtensionBrowser> {
  const dir = profileDir ?? mkdtempSync(path.join(tmpdir(), 'wdr-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    ...device,
    locale,
    args: [
      `--lang=${locale}`,
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,HttpsFirstModeV2ForTypicallySecureUsers',
      `--host-resolver-rules=MAP *.workercn.cn 127.0.0.1:${port}, MAP workercn.cn 127.0.0.1:${port}, MAP *.example.org 127.0.0.1:${port}, MAP *.example.com 127.0.0.1:${port}, EXCLUDE 127.0.0.1`,
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    name: 'chromium',
    profileDir: dir,
    pageUrl: (realUrl) => realUrl.replace(/^https:/, 'http:'),
    extensionUrl: (file) => `chrome-extension://${extensionId}/${file}`,
    async evaluateWorker(fn) {
      const [current] = context.serviceWorkers();
      return (current ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }))).evaluate(fn);
    },
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrapPlaywright(page);
    },
    async close(options) {
      await context.close();
      if (!options?.keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function wrapPlaywright(page: PwPage): TestPage {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss().catch(() => undefined);
  });
  return {
    raw: page,
    dialogs,
    evaluate: ((fn: (arg: unknown) => unknown, arg?: unknown) => page.evaluate(fn, arg)) as TestPage['evaluate'],
    async waitForFunction(fn, arg, timeoutMs = 10_000) {
      await page.waitForFunction(fn as (arg: unknown) => unknown, arg as unknown, { timeout: timeoutMs });
    },
    async screenshot(file) {
      await page.screenshot({ path: file });
    },
    close: () => page.close(),
  };
}

export async function launchFirefox(
  port: number,
  profileDir?: string,
  /** A window size other than the desktop's, and extra preferences (touch events, text scale). */
  window?: { viewport: { width: number; height: number }; prefs?: Record<string, unknown> },
): Promise<ExtensionBrowser> {
  const dir = profileDir ?? mkdtempSync(path.join(tmpdir(), 'wdr-firefox-'));
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: dir,
    // Lets WebDriver navigate to moz-extension:// pages (Firefox 153+ restricts it otherwise).
    args: ['--remote-allow-system-access'],
    defaultViewport: window?.viewport ?? { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'network.proxy.type': 0,
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_ADDON_UUID }),
      // The add-on is installed anew each launch (temporary); keep its origin and its data across.
      'extensions.webextensions.keepUuidOnUninstall': true,
      'extensions.webextensions.keepStorageOnUninstall': true,
      'intl.locale.requested': 'en-US',
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      // Optional permissions asked for by the extension are granted without the prompt (which
      // automation cannot answer).
      'extensions.webextOptionalPermissionPrompts': false,
      ...window?.prefs,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return {
    name: 'firefox',
    profileDir: dir,
    pageUrl: (realUrl) => {
      const u = new URL(realUrl);
      u.protocol = 'http:';
      u.port = String(port);
      return u.href;
    },
    extensionUrl: (file) => `moz-extension://${FIREFOX_ADDON_UUID}/${file}`,
    async open(url) {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss().catch(() => undefined);
      });
      if (url.startsWith('moz-extension:')) {
        // Firefox loads extension pages in another process; Puppeteer's navigation tracking loses
        // them (goto never resolves although the page loads), so wait on the document instead.
        // An evaluation that races the switch of process fails with a protocol error: ask again.
        // Once in a clean-clone run the page was not seen within 15 s on a fresh profile: now,
        // after 10 s without it, the tab is navigated there once more (three tries in all).
        // The page may rewrite its own hash at once (the library drops #save= when the batch
        // starts, so that a reload does not save again): compare the document's URL without it.
        const expected = url.replace(/#.*$/, '');
        page.goto(url).catch(() => undefined);
        let deadline = Date.now() + 10_000;
        let attempt = 1;
        for (;;) {
          try {
            await page.waitForFunction(
              (expected: string) =>
                location.href.replace(/#.*$/, '') === expected && document.readyState === 'complete',
              { timeout: Math.max(1, deadline - Date.now()), polling: 100 },
              expected,
            );
            break;
          } catch (error) {
            if (Date.now() < deadline && (error as Error).name !== 'TimeoutError') {
              await new Promise((resolve) => setTimeout(resolve, 200));
              continue;
            }
            if (++attempt > 3) throw error;
            page.goto(url).catch(() => undefined);
            deadline = Date.now() + 10_000;
          }
        }
      } else {
        await page.goto(url, { waitUntil: 'load' });
      }
      return wrapPuppeteer(page, dialogs);
    },
    async close(options) {
      await browser.close();
      if (!options?.keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function wrapPuppeteer(page: PpPage, dialogs: string[]): TestPage {
  return {
    raw: page,
    dialogs,
    evaluate: ((fn: (arg: unknown) => unknown, arg?: unknown) => page.evaluate(fn, arg)) as TestPage['evaluate'],
    async waitForFunction(fn, arg, timeoutMs = 10_000) {
      await page.waitForFunction(fn as (arg: unknown) => unknown, { timeout: timeoutMs }, arg as unknown);
    },
    async screenshot(file) {
      await page.screenshot({ path: file as `${string}.png` });
    },
    close: () => page.close(),
  };
}

/**
 * Chromium only: the user grants a site ahead of time on the extension's details page
 * (chrome://extensions → Site access, `developerPrivate.addHostPermission`). Chromium's permission
 * prompt is browser UI that automation cannot answer; with the site granted, the extension's own
 * `permissions.request` for it is answered at once, as for any host the user already granted.
 * Firefox needs nothing here: `extensions.webextOptionalPermissionPrompts` is off in its profile.
 */
export async function allowSiteInBrowserSettings(b: ExtensionBrowser, origin: string): Promise<void> {
  if (b.name !== 'chromium') return;
  const id = new URL(b.extensionUrl('')).host;
  const page = await b.open(`chrome://extensions/?id=${id}`);
  await page.evaluate(
    ([extensionId, host]) => {
      type DeveloperPrivate = { addHostPermission(id: string, host: string): Promise<void> };
      const g = globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } };
      return g.chrome.developerPrivate.addHostPermission(extensionId, host);
    },
    [id, origin] as const,
  );
  await page.close();
}

export async function openExtensionPage(b: ExtensionBrowser, file: string): Promise<TestPage> {
  try {
    return await b.open(b.extensionUrl(file));
  } catch {
    return b.open(b.extensionUrl(file));
  }
}

/**
 * Sends a typed message (utils/messaging.ts's envelope) from an extension page to the background,
 * as the reader and the pages do; answers the reply as it came (`{ ok, value }` or `{ ok, error }`).
 */
export function sendFromPage(page: TestPage, type: string, data?: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ type, data }) => {
      type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
      return (g.browser ?? g.chrome).runtime.sendMessage({ protocol: 'workercn-reader/1', type, data });
    },
    { type, data },
  );
}

/** Keeps the files the page offers (a Blob URL on a download link) in the page: no download, no navigation. */
export function catchDownloads(page: TestPage): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { exported?: Promise<string>[] };
    w.exported = [];
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      w.exported!.push((blob as Blob).text());
      return create(blob);
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (!this.download) click.call(this);
    };
  });
}

/** The text of the file the page offered `index`-th (from 0) since `catchDownloads`, once it has. */
export async function downloaded(page: TestPage, index = 0): Promise<string> {
  await page.waitForFunction(
    (n: number) => ((window as unknown as { exported?: unknown[] }).exported?.length ?? 0) > n,
    index,
    30_000,
  );
  return page.evaluate((n: number) => (window as unknown as { exported: Promise<string>[] }).exported[n], index);
}
