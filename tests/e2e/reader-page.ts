/**
 * Page-side helpers for the reader e2e tests. Each function runs inside the page (through
 * `TestPage.evaluate`) and reaches into the open shadow roots of the launcher and the reader.
 */
import type { ExtensionBrowser, TestPage } from './browsers';

/*
 * The helpers that open the reader run in the page's own world, where a page's named elements
 * shadow `document`'s built-ins (`<img name=querySelector>` makes `document.querySelector` that
 * image): they read `document` through the prototypes, so they work on hostile pages too.
 */

export const launcherButton = () =>
  Document.prototype.querySelector.call(document, 'workercn-reader-launcher')?.shadowRoot?.querySelector('button') ??
  null;

export async function waitForMark(page: TestPage, timeoutMs?: number): Promise<void> {
  await page.waitForFunction(
    () =>
      (Object.getOwnPropertyDescriptor(Document.prototype, 'documentElement')!.get!.call(document) as HTMLElement)
        .dataset.workercnReader,
    undefined,
    timeoutMs,
  );
}

export async function launcherState(page: TestPage): Promise<{ present: boolean; label: string | null }> {
  await waitForMark(page);
  return page.evaluate(() => {
    const button = document.querySelector('workercn-reader-launcher')?.shadowRoot?.querySelector('button');
    return { present: Boolean(button), label: button?.getAttribute('aria-label') ?? null };
  });
}

/**
 * Clicks the launcher and waits until the reader shows an article (or its failure message) with
 * every paragraph drawn (the first screen shows first, the rest follows). Returns the milliseconds
 * from the click until the reader showed the article or the message (for figures, not for asserting).
 */
export async function openReader(page: TestPage, options: { timeoutMs?: number } = {}): Promise<number> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  await page.waitForFunction(
    () =>
      Document.prototype.querySelector.call(document, 'workercn-reader-launcher')?.shadowRoot?.querySelector('button'),
    undefined,
    Math.max(10_000, timeoutMs / 2),
  );
  const start = Date.now();
  await page.evaluate(() =>
    (
      Document.prototype.querySelector
        .call(document, 'workercn-reader-launcher')!
        .shadowRoot!.querySelector('button') as HTMLButtonElement
    ).click(),
  );
  await page.waitForFunction(
    () =>
      Document.prototype.querySelector
        .call(document, 'workercn-reader')
        ?.shadowRoot?.querySelector('article .title, .failure'),
    undefined,
    timeoutMs,
  );
  const ms = Date.now() - start;
  await page.waitForFunction(
    () => {
      const text = Document.prototype.querySelector
        .call(document, 'workercn-reader')
        ?.shadowRoot?.querySelector<HTMLElement>('article .text');
      return !text || text.querySelectorAll(':scope > p').length >= Number(text.dataset.paragraphs);
    },
    undefined,
    timeoutMs,
  );
  return ms;
}

export interface ReaderSnapshot {
  dialogLabel: string | null;
  title: string | null;
  rubies: number;
  terms: number;
  firstRt: string | null;
}

export function readerSnapshot(page: TestPage): Promise<ReaderSnapshot> {
  return page.evaluate(() => {
    const root = document.querySelector('workercn-reader')?.shadowRoot;
    const dialog = root?.querySelector('[role="dialog"]');
    return {
      dialogLabel: dialog?.getAttribute('aria-label') ?? null,
      title: root?.querySelector('article h1')?.textContent ?? null,
      rubies: root?.querySelectorAll('article ruby').length ?? 0,
      terms: root?.querySelectorAll('article .term').length ?? 0,
      firstRt: root?.querySelector('article ruby rt')?.textContent ?? null,
    };
  });
}

/** The pinyin shown over the first ruby whose base text is `word`. */
export function rubyReading(page: TestPage, word: string): Promise<string | null> {
  return page.evaluate((w: string) => {
    const root = document.querySelector('workercn-reader')!.shadowRoot!;
    const ruby = [...root.querySelectorAll<HTMLElement>('article ruby')].find((r) => r.dataset.w === w);
    return ruby?.querySelector('rt')?.textContent ?? null;
  }, word);
}

/**
 * Picks a theme in the reader's settings panel; returns the reader's theme class once it shows that
 * theme (or what it is after 10 s; for "system", once it shows a light or dark theme).
 */
export function chooseTheme(page: TestPage, theme: 'light' | 'dark' | 'sepia' | 'system'): Promise<string> {
  return page.evaluate(async (value: string) => {
    const root = document.querySelector('workercn-reader')!.shadowRoot!;
    const toggle = root.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
    for (let i = 0; i < 200 && !root.querySelector('#setting-theme'); i++) await new Promise((r) => setTimeout(r, 50));
    const select = root.querySelector<HTMLSelectElement>('#setting-theme')!;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const want = value === 'system' ? /\btheme-(light|dark)\b/ : new RegExp(`\\btheme-${value}\\b`);
    const shown = () => root.querySelector('.backdrop')!.className;
    for (let i = 0; i < 200 && !want.test(shown()); i++) await new Promise((r) => setTimeout(r, 50));
    return shown();
  }, theme);
}

/** Presses the open reader's "Save article" and waits until it shows the article saved. */
export async function saveInReader(page: TestPage, timeoutMs = 20_000): Promise<void> {
  await page.evaluate(() =>
    document
      .querySelector('workercn-reader')!
      .shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Save article"]')!
      .click(),
  );
  await waitForSaved(page, timeoutMs);
}

/** Waits until the reader's "Save article" shows the article saved. */
export async function waitForSaved(page: TestPage, timeoutMs = 20_000): Promise<void> {
  await page.waitForFunction(
    () =>
      document
        .querySelector('workercn-reader')
        ?.shadowRoot?.querySelector('button[aria-label="Save article"]')
        ?.getAttribute('aria-pressed') === 'true',
    undefined,
    timeoutMs,
  );
}

/** Opens the page at `realUrl` (its workercn.cn address) in a new tab and the reader on it (see `openReader`). */
export async function openReaderOn(
  b: Pick<ExtensionBrowser, 'open' | 'pageUrl'>,
  realUrl: string,
  options?: { timeoutMs?: number },
): Promise<TestPage> {
  const page = await b.open(b.pageUrl(realUrl));
  await openReader(page, options);
  return page;
}

type Point = { x: number; y: number };
interface RawMouse {
  click(x: number, y: number): Promise<void>;
  move(x: number, y: number, options?: { steps?: number }): Promise<void>;
  down(): Promise<void>;
  up(): Promise<void>;
}

/** A real mouse in either browser (Playwright and Puppeteer pages share these calls). Points are CSS px of the viewport. */
export function mouseOf(page: TestPage): {
  click(at: Point): Promise<void>;
  drag(from: Point, to: Point): Promise<void>;
} {
  const mouse = (page.raw as unknown as { mouse: RawMouse }).mouse;
  return {
    click: (at) => mouse.click(at.x, at.y),
    async drag(from, to) {
      await mouse.move(from.x, from.y);
      await mouse.down();
      await mouse.move(to.x, to.y, { steps: 8 });
      await mouse.up();
    },
  };
}
