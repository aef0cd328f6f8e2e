/**
 * A finger on the screen, the same for both browsers: Chromium through the DevTools protocol's
 * touch events (what Playwright's `touchscreen.tap` uses), Firefox through WebDriver BiDi touch
 * actions (Puppeteer's `touchscreen`). Coordinates are CSS px of the viewport.
 */
import type { CDPSession, Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { launchChromium, launchFirefox, PHONE, type ExtensionBrowser, type TestPage } from './browsers';

export interface Finger {
  tap(x: number, y: number): Promise<void>;
  /** Down at `from`, a few moves, up at `to`. */
  swipe(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void>;
  /** Down, rest for `ms`, up. */
  press(x: number, y: number, ms: number): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const STEPS = 6;

export async function fingerOn(browser: ExtensionBrowser, page: TestPage): Promise<Finger> {
  if (browser.name === 'chromium') {
    const pw = page.raw as PwPage;
    const cdp: CDPSession = await pw.context().newCDPSession(pw);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x?: number, y?: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: x === undefined || y === undefined ? [] : [{ x, y, radiusX: 4, radiusY: 4 }],
      });
    return {
      tap: (x, y) => pw.touchscreen.tap(x, y),
      async swipe(from, to) {
        await touch('touchStart', from.x, from.y);
        for (let i = 1; i <= STEPS; i++) {
          await sleep(16);
          await touch('touchMove', from.x + ((to.x - from.x) * i) / STEPS, from.y + ((to.y - from.y) * i) / STEPS);
        }
        await touch('touchEnd');
      },
      async press(x, y, ms) {
        await touch('touchStart', x, y);
        await sleep(ms);
        await touch('touchEnd');
      },
    };
  }
  const pp = page.raw as PpPage;
  return {
    tap: (x, y) => pp.touchscreen.tap(x, y),
    async swipe(from, to) {
      await pp.touchscreen.touchStart(from.x, from.y);
      for (let i = 1; i <= STEPS; i++) {
        await sleep(16);
        await pp.touchscreen.touchMove(from.x + ((to.x - from.x) * i) / STEPS, from.y + ((to.y - from.y) * i) / STEPS);
      }
      await pp.touchscreen.touchEnd();
    },
    async press(x, y, ms) {
      await pp.touchscreen.touchStart(x, y);
      await sleep(ms);
      await pp.touchscreen.touchEnd();
    },
  };
}

export interface Audit {
  /** Containers wider inside than on screen: `name scrollWidth>clientWidth`. */
  overflow: string[];
  /** Controls smaller than 44 × 44 CSS px: `name w×h`. */
  small: string[];
  /** Controls reaching past the left or right edge of the window. */
  clipped: string[];
  viewport: number;
}

/**
 * Checks a phone layout: `containers` (selectors, plus the document itself on an extension page)
 * must not scroll sideways; every visible control under them must be at least 44 × 44 and inside
 * the window's width. `host` names the element whose shadow root holds them (the reader).
 */
export function audit(page: TestPage, containers: string, host?: string): Promise<Audit> {
  return page.evaluate(
    ({ containers, host }) => {
      const root: Document | ShadowRoot = host ? document.querySelector(host)!.shadowRoot! : document;
      const name = (el: Element) => {
        const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ').join('.')}` : '';
        return `${el.tagName.toLowerCase()}${cls} "${label.slice(0, 24)}"`;
      };
      const shown = (el: Element) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      };
      const boxes = [...root.querySelectorAll<HTMLElement>(containers)];
      if (!host) boxes.unshift(document.documentElement);
      const overflow = boxes
        .filter((el) => shown(el) && el.scrollWidth > el.clientWidth + 1)
        .map((el) => `${name(el)} ${el.scrollWidth}>${el.clientWidth}`);
      const controls = boxes.flatMap((box) => [
        ...box.querySelectorAll<HTMLElement>(
          'button, select, textarea, input:not([type="checkbox"]):not([type="radio"]), summary, a[href], label',
        ),
      ]);
      const targets = [...new Set(controls)].filter((el) => {
        if (!shown(el)) return false;
        // Links inside running text are exempt (as in WCAG 2.5.8); a label counts when it holds a checkbox.
        if (el.tagName === 'A' && getComputedStyle(el).display === 'inline') return false;
        if (el.tagName === 'LABEL') return Boolean(el.querySelector('input[type="checkbox"], input[type="radio"]'));
        return true;
      });
      const small = targets
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 43.5 || box.height < 43.5)
        .map(({ el, box }) => `${name(el)} ${Math.round(box.width)}×${Math.round(box.height)}`);
      const clipped = targets
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.left < -0.5 || box.right > innerWidth + 0.5)
        .map(({ el, box }) => `${name(el)} ${Math.round(box.left)}…${Math.round(box.right)}`);
      return { overflow, small, clipped, viewport: innerWidth };
    },
    { containers, host },
  );
}

/** A phone in each browser: Chromium emulating one (`PHONE`), Firefox desktop in a phone-sized window with touch events. */
export const PHONES = [
  { name: 'chromium', launch: (port: number) => launchChromium(port, undefined, 'en-US', PHONE) },
  {
    name: 'firefox',
    launch: (port: number) =>
      launchFirefox(port, undefined, {
        viewport: PHONE.viewport,
        prefs: { 'dom.w3c_touch_events.enabled': 1 },
      }),
  },
] as const;

/**
 * Scrolls the reader's element into the middle of the screen; returns its centre. As a finger
 * would, it waits (up to about a second) until the element stays put for a frame and is what the
 * page shows at that point: on a loaded machine the reader may still be moving in (a toolbar that
 * wraps as its controls arrive, a viewport being fitted), and a tap at a stale point lands on
 * whatever is there instead.
 */
export function centreIn(
  page: TestPage,
  selector: string,
  host = 'workercn-reader',
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    async ({ selector, host }) => {
      const root: Document | ShadowRoot = host ? document.querySelector(host)!.shadowRoot! : document;
      const el = root.querySelector<HTMLElement>(selector);
      if (!el) throw new Error(`no ${selector}`);
      el.scrollIntoView({ block: 'center' });
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const centre = () => {
        // The first line box: a term broken over two lines has nothing of it in its box's centre.
        const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      };
      await frame();
      let at = centre();
      for (let i = 0; i < 30; i++) {
        await frame();
        const now = centre();
        const hit = root.elementFromPoint(now.x, now.y);
        const settled = Math.abs(now.x - at.x) < 1 && Math.abs(now.y - at.y) < 1;
        at = now;
        if (settled && hit && (hit === el || el.contains(hit))) break;
      }
      return at;
    },
    { selector, host },
  );
}

/** Waits until `selector` in the reader's shadow root is present (or absent when `present` is false). */
export function waitInReader(page: TestPage, selector: string, present = true, timeoutMs = 15_000): Promise<void> {
  return page.waitForFunction(
    ({ selector, present }) =>
      Boolean(document.querySelector('workercn-reader')?.shadowRoot?.querySelector(selector)) === present,
    { selector, present },
    timeoutMs,
  );
}

export function inReader<T>(page: TestPage, selector: string, read: 'text' | 'box'): Promise<T> {
  return page.evaluate(
    ({ selector, read }) => {
      const el = document.querySelector('workercn-reader')!.shadowRoot!.querySelector<HTMLElement>(selector);
      if (!el) return null;
      if (read === 'text') return el.textContent;
      const box = el.getBoundingClientRect();
      return { left: box.left, right: box.right, top: box.top, bottom: box.bottom, width: box.width };
    },
    { selector, read },
  ) as Promise<T>;
}

export async function tapIn(page: TestPage, finger: Finger, selector: string, host?: string): Promise<void> {
  const { x, y } = await centreIn(page, selector, host);
  await finger.tap(x, y);
}

/**
 * Taps until `done` holds (at most three taps, 6 s apart): on a loaded machine a tap can reach a
 * page still laying out. Only for taps that a second one cannot undo.
 */
export async function tapUntil(
  page: TestPage,
  finger: Finger,
  selector: string,
  host: string | undefined,
  done: () => Promise<boolean>,
): Promise<void> {
  let at = { x: 0, y: 0 };
  const tapped: string[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    if (host === undefined) await reopenIfClosed(page, finger);
    at = await centreIn(page, selector, host);
    // The last tap may have taken while the target was being measured.
    if (attempt > 0 && (await done())) return;
    tapped.push(`(${Math.round(at.x)}, ${Math.round(at.y)})`);
    await finger.tap(at.x, at.y);
    for (let i = 0; i < 30; i++) {
      if (await done()) return;
      await sleep(200);
    }
  }
  throw new Error(
    `tapping ${selector} had no effect (tapped at ${tapped.join(', ')}); at the tap point now: ${await describeAt(page, at, host)}`,
  );
}

/**
 * Keeps, in the page, the last taps and clicks the reader saw (what they hit, when) and the moment
 * it closed, so that a tap that "had no effect" because the reader went away can say what closed it.
 */
function watchReader(page: TestPage): Promise<void> {
  return page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('workercn-reader');
    if (!host?.shadowRoot) return;
    const start = performance.now();
    const log: string[] = [];
    (window as unknown as { readerLog?: string[] }).readerLog = log;
    const name = (el: EventTarget | undefined) => {
      if (!(el instanceof Element)) return String(el);
      const label = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 16);
      return `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} "${label}"`;
    };
    const note = (text: string) => {
      log.push(`${Math.round(performance.now() - start)} ms ${text}`);
      if (log.length > 12) log.shift();
    };
    for (const type of ['touchend', 'click', 'keydown']) {
      host.shadowRoot.addEventListener(
        type,
        (e) => {
          const t = (e as TouchEvent).changedTouches?.[0];
          const at = t
            ? ` at (${Math.round(t.clientX)}, ${Math.round(t.clientY)})`
            : e instanceof MouseEvent
              ? ` at (${Math.round(e.clientX)}, ${Math.round(e.clientY)})`
              : '';
          note(`${type} ${e instanceof KeyboardEvent ? e.key : name(e.composedPath()[0])}${at}`);
        },
        true,
      );
    }
    new MutationObserver(() => note(host.hidden ? 'closed' : 'opened')).observe(host, {
      attributes: true,
      attributeFilter: ['hidden'],
    });
  });
}

/**
 * A reader that closed before a tap meant for it (it has been seen once in a while on a loaded
 * machine, cause not caught) is opened again with the launcher, and what it saw is reported.
 */
async function reopenIfClosed(page: TestPage, finger: Finger): Promise<void> {
  const log = await page.evaluate(() => {
    const reader = document.querySelector<HTMLElement>('workercn-reader');
    return reader?.hidden ? ((window as unknown as { readerLog?: string[] }).readerLog ?? []).join('; ') : null;
  });
  if (log === null) return;
  console.warn(`the reader had closed before a tap meant for it; it saw: ${log || 'nothing'}`);
  const at = await centreIn(page, 'button', 'workercn-reader-launcher');
  await finger.tap(at.x, at.y);
  await waitReaderOpen(page);
}

/** Waits until the reader is open, not only drawn: a closed reader keeps its article. */
function waitReaderOpen(page: TestPage): Promise<void> {
  return page.waitForFunction(
    () => document.querySelector<HTMLElement>('workercn-reader')?.hidden === false,
    undefined,
  );
}

/** What the page shows at `at` (through the reader's shadow root), for a tap that missed. */
function describeAt(page: TestPage, at: { x: number; y: number }, host = 'workercn-reader'): Promise<string> {
  return page.evaluate(
    ({ at, host }) => {
      const root = host ? document.querySelector(host)?.shadowRoot : null;
      const el = (root ?? document).elementFromPoint(at.x, at.y);
      const vv = window.visualViewport;
      const reader = document.querySelector<HTMLElement>('workercn-reader');
      const state = reader ? `reader ${reader.hidden ? 'closed' : 'open'}` : 'no reader';
      let view = `${state}; viewport ${innerWidth}×${innerHeight}, visual ${vv ? `${Math.round(vv.width)}×${Math.round(vv.height)} at ${Math.round(vv.offsetTop)} scale ${vv.scale.toFixed(2)}` : '-'}, scrollY ${Math.round(scrollY)}`;
      const log = (window as unknown as { readerLog?: string[] }).readerLog;
      if (log?.length) view += `; the reader saw: ${log.join('; ')}`;
      if (!el) return `nothing at (${Math.round(at.x)}, ${Math.round(at.y)}); ${view}`;
      const attrs = [...el.attributes].map((a) => `${a.name}="${a.value.slice(0, 40)}"`).join(' ');
      return `<${el.tagName.toLowerCase()} ${attrs}> "${(el.textContent ?? '').trim().slice(0, 40)}" at (${Math.round(at.x)}, ${Math.round(at.y)}); ${view}`;
    },
    { at, host },
  );
}

/** Firefox may swap an extension page's process under the driver once: ask again. */
export async function settled<T>(attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (!/protocol error/i.test(String(error))) throw error;
    await sleep(500);
    return attempt();
  }
}

export async function openByTap(
  b: ExtensionBrowser,
  url: string,
  prepare?: (b: ExtensionBrowser, page: TestPage) => Promise<void>,
): Promise<{ page: TestPage; finger: Finger }> {
  const page = await b.open(b.pageUrl(url));
  await prepare?.(b, page);
  const finger = await fingerOn(b, page);
  await page.waitForFunction(
    () => document.querySelector('workercn-reader-launcher')?.shadowRoot?.querySelector('button'),
    undefined,
  );
  await sleep(300); // the launcher places itself after the page settles
  await tapUntil(page, finger, 'button', 'workercn-reader-launcher', () =>
    page.evaluate(() => document.querySelector('workercn-reader') !== null),
  );
  await waitInReader(page, 'article .title', true, 30_000);
  await waitReaderOpen(page);
  await watchReader(page);
  return { page, finger };
}
