/**
 * The extension on a phone-sized screen, by touch: Chromium emulating a 390 × 844 phone (mobile
 * viewport, touch screen) and Firefox desktop in a 390 px window with touch events on (Firefox for
 * Android itself cannot run here). Taps, swipes and long presses are real touch events.
 * Every path checks that nothing scrolls sideways, that no control is cut off at the edges and that
 * every control is at least 44 × 44 CSS px; each path leaves a screenshot at 390 px.
 */
import type { Page as PwPage } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchChromium, launchFirefox, PHONE, type ExtensionBrowser, type TestPage } from './browsers';
import { URLS, readUntil, screenshotPath, useBrowser } from './harness';
import { waitForSaved } from './reader-page';
import {
  audit,
  centreIn,
  fingerOn,
  inReader,
  openByTap,
  PHONES,
  settled,
  tapIn,
  tapUntil,
  waitInReader,
} from './touch';

const WIDTH = 390;
const HEIGHT = 844;
const TITLE = '择优遴选社会评价组织 探索“一岗双认”评价模式';
const READER_BOXES = '.reader, .toolbar, .body, .settings, .word-card, .tooltip';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The data-term of the first glossary term whose text (without pinyin) is `text`. */
function termId(page: TestPage, text: string): Promise<string> {
  return page.evaluate((text: string) => {
    const root = document.querySelector('workercn-reader')!.shadowRoot!;
    const term = [...root.querySelectorAll<HTMLElement>('.term')].find((t) => {
      const copy = t.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('rt').forEach((rt) => rt.remove());
      return copy.textContent === text;
    });
    return term?.dataset.term ?? '';
  }, text);
}

interface SheetPlace {
  top: number;
  add: string;
  known: string;
}

/**
 * Watches the word card on every frame from now on: where its top edge, its Add button and its
 * known switch are while it is open. `sheetPlaces` returns the distinct places seen.
 */
function watchSheet(page: TestPage): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { sheetWatch?: { frames: number; seen: Map<string, SheetPlace> } };
    const watch = { frames: 0, seen: new Map<string, SheetPlace>() };
    w.sheetWatch = watch;
    const box = (el: Element | null) => {
      if (!el) return 'absent';
      const r = el.getBoundingClientRect();
      return `${r.left},${r.top},${r.width}x${r.height}`;
    };
    const frame = () => {
      if (w.sheetWatch !== watch) return;
      const card = document.querySelector('workercn-reader')?.shadowRoot?.querySelector('.word-card');
      if (card) {
        watch.frames++;
        const place = {
          top: card.getBoundingClientRect().top,
          add: box(card.querySelector('.study button')),
          known: box(card.querySelector('.study .check')),
        };
        watch.seen.set(JSON.stringify(place), place);
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

function sheetPlaces(page: TestPage): Promise<{ frames: number; seen: SheetPlace[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { sheetWatch?: { frames: number; seen: Map<string, SheetPlace> } };
    const watch = w.sheetWatch!;
    w.sheetWatch = undefined;
    return { frames: watch.frames, seen: [...watch.seen.values()] };
  });
}

function expectFits(result: Awaited<ReturnType<typeof audit>>): void {
  expect(result.viewport).toBe(WIDTH);
  expect(result.overflow).toEqual([]);
  expect(result.clipped).toEqual([]);
  expect(result.small).toEqual([]);
}

describe.each(PHONES)('on a phone-sized screen in $name', ({ name, launch }) => {
  const browser = useBrowser(launch);

  it('shows the launcher in the corner, clear of the page’s fixed controls; a tap opens the reader sized to the screen', async () => {
    const b = browser();
    const page = await b.open(b.pageUrl(URLS.epaperArticle));
    const finger = await fingerOn(b, page);
    // Where the launcher is on the screen: the visual viewport (a desktop page is shown zoomed out).
    const launcherBox = () =>
      page.evaluate(() => {
        const box = document
          .querySelector('workercn-reader-launcher')!
          .shadowRoot!.querySelector('button')!
          .getBoundingClientRect();
        const view = visualViewport!;
        const x = (v: number) => (v - view.offsetLeft) * view.scale;
        const y = (v: number) => (v - view.offsetTop) * view.scale;
        return {
          left: x(box.left),
          top: y(box.top),
          right: x(box.right),
          bottom: y(box.bottom),
          width: Math.round(box.width * view.scale),
        };
      });
    // The launcher places itself once the page has settled (its zoom undone: --k is set).
    await page.waitForFunction(
      () =>
        document
          .querySelector('workercn-reader-launcher')
          ?.shadowRoot?.querySelector<HTMLElement>('button')
          ?.style.getPropertyValue('--k'),
      undefined,
    );
    const corner = await launcherBox();
    expect(corner.width).toBe(48);
    expect(WIDTH - corner.right).toBeGreaterThan(15.5);
    expect(HEIGHT - corner.bottom).toBeGreaterThan(15.5);

    // A page's own fixed control in that corner (a back-to-top bar): the launcher moves above it.
    await page.evaluate(() => {
      const bar = document.createElement('button');
      bar.id = 'page-fixed-control';
      bar.textContent = 'Top';
      bar.style.cssText = 'position:fixed;right:0;bottom:0;width:140px;height:100px;z-index:10';
      document.body.append(bar);
      dispatchEvent(new Event('resize'));
    });
    await page.waitForFunction(
      () => {
        const launcher = document
          .querySelector('workercn-reader-launcher')!
          .shadowRoot!.querySelector('button')!
          .getBoundingClientRect();
        return launcher.bottom <= document.getElementById('page-fixed-control')!.getBoundingClientRect().top;
      },
      undefined,
      5_000,
    );
    const lifted = await launcherBox();
    expect(lifted.top).toBeGreaterThan(0);
    await page.screenshot(screenshotPath(`mobile-launcher-${name}`));

    // Touch coordinates are the page's CSS px (client coordinates), whatever the zoom.
    await tapIn(page, finger, 'button', 'workercn-reader-launcher');
    await waitInReader(page, 'article .title');
    expect(await inReader(page, 'article .title', 'text')).toBe(TITLE);
    const reader = await inReader<{ left: number; width: number }>(page, '.reader', 'box');
    expect(reader).toMatchObject({ left: 0, width: WIDTH });
    // The article's text is the size the settings say (20 px by default), nothing smaller.
    const sizes = await page.evaluate(() => {
      const root = document.querySelector('workercn-reader')!.shadowRoot!;
      return [...root.querySelectorAll('.text p')].slice(0, 5).map((p) => getComputedStyle(p).fontSize);
    });
    expect(new Set(sizes)).toEqual(new Set(['20px']));
    expectFits(await audit(page, READER_BOXES, 'workercn-reader'));
    await page.screenshot(screenshotPath(`mobile-reader-${name}`));
    await page.close();
  });

  it('a tap on a word opens its card as a bottom sheet; a swipe down or a tap beside closes it; a long press opens nothing', async () => {
    const b = browser();
    const { page, finger } = await openByTap(b, URLS.epaperArticle);
    const word = 'article ruby[data-w="劳动者"]';

    await tapIn(page, finger, word);
    await waitInReader(page, '.word-card .entry-py');
    expect(await inReader(page, '.word-card .word', 'text')).toBe('劳动者');
    expect(await inReader(page, '.word-card .entry-py', 'text')).toBe('láo dòng zhě');
    const sheet = await inReader<{ left: number; right: number; bottom: number }>(page, '.word-card', 'box');
    expect(sheet.left).toBe(0);
    expect(sheet.right).toBe(WIDTH);
    expect(Math.abs(sheet.bottom - HEIGHT)).toBeLessThan(1);
    expectFits(await audit(page, READER_BOXES, 'workercn-reader'));
    await page.screenshot(screenshotPath(`mobile-word-card-${name}`));

    // Swipe the sheet down from its top edge.
    const top = await inReader<{ top: number }>(page, '.word-card', 'box');
    await finger.swipe({ x: WIDTH / 2, y: top.top + 12 }, { x: WIDTH / 2, y: top.top + 200 });
    await waitInReader(page, '.word-card', false);

    // Open it again. From the frame the sheet appears in until its character facts have arrived,
    // its top edge, its Add button and its known switch stay where they first were.
    await watchSheet(page);
    await tapIn(page, finger, word);
    await waitInReader(page, '.word-card [data-testid="char-facts"]');
    await waitInReader(page, '.word-card .study button:not([disabled])');
    await sleep(500);
    const places = await sheetPlaces(page);
    expect(places.frames).toBeGreaterThan(0);
    expect(places.seen).toHaveLength(1);
    const sheetTop = places.seen[0].top;
    // Most of the screen is the sheet; the article shows above it.
    expect(sheetTop).toBeGreaterThan(HEIGHT * 0.25);
    expect(sheetTop).toBeLessThan(HEIGHT * 0.5);
    await page.screenshot(screenshotPath(`mobile-word-card-loaded-${name}`));

    // A tap beside the words (the article's margin, above the sheet) closes it.
    const beside = await page.evaluate((top: number) => {
      const root = document.querySelector('workercn-reader')!.shadowRoot!;
      for (let y = top - 8; y > 0; y -= 8) {
        const hit = root.elementFromPoint(6, y);
        if (hit && !hit.closest('ruby, a, button, .word-card, .toolbar, header')) return { x: 6, y };
      }
      return null;
    }, sheetTop);
    expect(beside).not.toBeNull();
    await finger.tap(beside!.x, beside!.y);
    await waitInReader(page, '.word-card', false);

    // A long press is a selection: no card opens.
    const { x, y } = await centreIn(page, word);
    await finger.press(x, y, 800);
    await sleep(500);
    expect(await inReader(page, '.word-card', 'box')).toBeNull();
    await page.close();
  });

  it('a tap on a glossary term shows its tooltip inside the screen; a second tap on it opens the word’s card', async () => {
    const b = browser();
    const { page, finger } = await openByTap(b, URLS.epaperArticle);
    const id = await termId(page, '一岗双认');
    expect(id).not.toBe('');
    const term = `article .term[data-term="${id}"]`;

    await tapIn(page, finger, term);
    await waitInReader(page, '[role="tooltip"]');
    expect(await inReader(page, '[role="tooltip"]', 'text')).toMatch(/one post/i);
    await sleep(300);
    // The first tap shows the tooltip only.
    expect(await inReader(page, '.word-card', 'box')).toBeNull();
    const tip = await inReader<{ left: number; right: number }>(page, '[role="tooltip"]', 'box');
    expect(tip.left).toBeGreaterThanOrEqual(0);
    expect(tip.right).toBeLessThanOrEqual(WIDTH);
    expectFits(await audit(page, READER_BOXES, 'workercn-reader'));
    await page.screenshot(screenshotPath(`mobile-tooltip-${name}`));

    // A tap beside closes it.
    await tapIn(page, finger, 'article .title');
    await waitInReader(page, '[role="tooltip"]', false);

    // Tooltip again, then a tap on the term's word opens that word's card and puts the tooltip away.
    await tapIn(page, finger, term);
    await waitInReader(page, '[role="tooltip"]');
    await tapIn(page, finger, `${term} ruby`);
    await waitInReader(page, '.word-card .word');
    await waitInReader(page, '[role="tooltip"]', false);
    await page.close();
  });

  it('the settings panel fits the screen, its controls are 44 px, and A+ makes the text as large as it says', async () => {
    const b = browser();
    const { page, finger } = await openByTap(b, URLS.epaperArticle);
    await tapUntil(page, finger, '.toolbar button[aria-expanded]', undefined, () =>
      page.evaluate(() => Boolean(document.querySelector('workercn-reader')!.shadowRoot!.querySelector('.settings'))),
    );
    expectFits(await audit(page, READER_BOXES, 'workercn-reader'));
    await page.screenshot(screenshotPath(`mobile-settings-${name}`));
    const larger = '.settings button[aria-label="Font size: Larger"]';
    await tapIn(page, finger, larger);
    await page.waitForFunction(
      () =>
        document.querySelector('workercn-reader')!.shadowRoot!.querySelector('.settings output')?.textContent ===
        '22px',
      undefined,
    );
    const size = await page.evaluate(
      () => getComputedStyle(document.querySelector('workercn-reader')!.shadowRoot!.querySelector('.text p')!).fontSize,
    );
    expect(size).toBe('22px');
    await tapIn(page, finger, '.settings button[aria-label="Font size: Smaller"]');
    await page.waitForFunction(
      () =>
        document.querySelector('workercn-reader')!.shadowRoot!.querySelector('.settings output')?.textContent ===
        '20px',
      undefined,
    );
    await page.close();
  });

  it('saves by tap; the library lists the article at 390 px and opens it by tap', async () => {
    const b = browser();
    const { page, finger } = await openByTap(b, URLS.epaperArticle);
    // Until the article's save payload arrives the button is the disabled "nothing to save" one (no
    // aria-pressed): on a loaded machine the first tap can land on it. The tap took once the button
    // is saving (disabled) or saved.
    await tapUntil(page, finger, 'button[aria-label="Save article"]', undefined, () =>
      page.evaluate(() => {
        const button = document
          .querySelector('workercn-reader')!
          .shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Save article"][aria-pressed]');
        return !!button && (button.disabled || button.getAttribute('aria-pressed') === 'true');
      }),
    );
    await waitForSaved(page, 15_000);
    await page.close();

    const library = await b.open(b.extensionUrl('library.html'));
    const libraryFinger = await fingerOn(b, library);
    await settled(() =>
      library.waitForFunction(
        (title: string) => [...document.querySelectorAll('.rows > li .open')].some((el) => el.textContent === title),
        TITLE,
        15_000,
      ),
    );
    expectFits(await audit(library, 'main, .page-header'));
    await library.screenshot(screenshotPath(`mobile-library-${name}`));
    await tapIn(library, libraryFinger, '.rows > li .open', '');
    await waitInReader(library, 'article .title');
    expect(await inReader(library, 'article .title', 'text')).toBe(TITLE);
    expectFits(await audit(library, READER_BOXES, 'workercn-reader'));
    await library.screenshot(screenshotPath(`mobile-library-reader-${name}`));
    await library.close();
  });

  it('adds a word by tap, then reviews it: a tap flips the card, a swipe right grades Good, a tap on a grade grades', async () => {
    const b = browser();
    const { page, finger } = await openByTap(b, URLS.epaperArticle);
    await tapIn(page, finger, 'article ruby[data-w="劳动者"]');
    // Add is there, waiting for the lookup, from the moment the card opens: one tap once it is enabled.
    await waitInReader(page, '.word-card .study button[aria-pressed="false"]:not([disabled])');
    await tapIn(page, finger, '.word-card .study button[aria-pressed="false"]');
    await waitInReader(page, '.word-card .study button[aria-pressed="true"]');
    await page.close();

    const review = await b.open(b.extensionUrl('review.html'));
    const reviewFinger = await fingerOn(b, review);
    await settled(() =>
      review.waitForFunction(() => document.querySelector('[data-testid="card"]'), undefined, 15_000),
    );
    const firstCard = await review.evaluate(() =>
      document.querySelector('[data-testid="card"]')!.getAttribute('data-card'),
    );
    expectFits(await audit(review, 'main, .page-header'));
    await review.screenshot(screenshotPath(`mobile-review-front-${name}`));

    // Tap the card (not a button) to see the answer.
    const answered = () => review.evaluate(() => Boolean(document.querySelector('[data-testid="grade-3"]')));
    await tapUntil(review, reviewFinger, '[data-testid="card"] .direction', '', answered);
    expectFits(await audit(review, 'main, .page-header'));
    await review.screenshot(screenshotPath(`mobile-review-back-${name}`));

    // Swipe the card to the right: Good. The next card (the other direction) comes up.
    const centre = await centreIn(review, '[data-testid="card"]', '');
    await reviewFinger.swipe({ x: 60, y: centre.y }, { x: WIDTH - 40, y: centre.y });
    await review.waitForFunction(
      (first: string | null) => {
        const card = document.querySelector('[data-testid="card"]');
        return !card || card.getAttribute('data-card') !== first;
      },
      firstCard,
      15_000,
    );
    const newCount = () =>
      review.evaluate(() => Number(document.querySelector('[data-testid="count-new"] b')?.textContent));
    // The count follows the grade once it is stored.
    expect(await readUntil(newCount, (n) => n === 1)).toBe(1);

    // The second card: tap to flip, tap "Good".
    await tapUntil(review, reviewFinger, '[data-testid="card"] .direction', '', answered);
    await tapIn(review, reviewFinger, '[data-testid="grade-3"]', '');
    await review.waitForFunction(
      () => Number(document.querySelector('[data-testid="count-new"] b')?.textContent) === 0,
      undefined,
      15_000,
    );
    await review.close();
  });

  it('shows the glossary page at 390 px with nothing wider than the screen', async () => {
    const b = browser();
    const page = await b.open(b.extensionUrl('glossary.html#two-upholds'));
    await settled(() =>
      page.waitForFunction(() => document.querySelectorAll('.entry').length > 100, undefined, 15_000),
    );
    expectFits(await audit(page, 'main, .page-header'));
    await page.screenshot(screenshotPath(`mobile-glossary-${name}`));
    await page.close();
  });
});

/**
 * Large text. Neither browser's text zoom can be driven from here, so the reader's large-text
 * settings stand in for it: the browser's default font size at 32 px (200 % of 16; Firefox's
 * `font.size.variable.*` preferences, Chromium's DevTools `Page.setFontSizes`), which the reader's
 * interface and the extension pages follow, and in Chromium on a 320 px phone the reader's
 * largest font size (32 px) as well.
 */
const LARGE_TEXT = [
  {
    name: 'firefox at 390 px, default font 32 px',
    shot: 'firefox',
    width: WIDTH,
    taps: 0,
    launch: (port: number) =>
      launchFirefox(port, undefined, {
        viewport: { width: WIDTH, height: HEIGHT },
        prefs: {
          'dom.w3c_touch_events.enabled': 1,
          'font.size.variable.x-western': 32,
          'font.size.variable.zh-CN': 32,
          'font.size.variable.x-unicode': 32,
        },
      }),
  },
  {
    name: 'chromium at 320 px, default font 32 px, reader font 32 px',
    shot: 'chromium',
    width: 320,
    taps: 6,
    launch: (port: number) =>
      launchChromium(port, undefined, 'en-US', { ...PHONE, viewport: { width: 320, height: 640 } }),
  },
] as const;

/** Chromium: the page's default font size (what a user's "font size" setting changes). */
async function largeDefaultFont(b: ExtensionBrowser, page: TestPage): Promise<void> {
  if (b.name !== 'chromium') return;
  const pw = page.raw as PwPage;
  const cdp = await pw.context().newCDPSession(pw);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
}

describe.each(LARGE_TEXT)('large text in $name', ({ shot, width, taps, launch }) => {
  const browser = useBrowser(launch);

  it('keeps the reader, its settings and the word card inside the screen', async () => {
    const b = browser();
    const { page, finger } = await openByTap(b, URLS.epaperArticle, largeDefaultFont);
    // The reader's interface follows the browser's default size: 32 px.
    const base = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('workercn-reader')!.shadowRoot!.querySelector('.backdrop')!).fontSize,
    );
    expect(base).toBe('32px');
    await tapUntil(page, finger, '.toolbar button[aria-expanded]', undefined, () =>
      page.evaluate(() => Boolean(document.querySelector('workercn-reader')!.shadowRoot!.querySelector('.settings'))),
    );
    for (let i = 0; i < taps; i++) await tapIn(page, finger, '.settings button[aria-label="Font size: Larger"]');
    if (taps) {
      await page.waitForFunction(
        () =>
          document.querySelector('workercn-reader')!.shadowRoot!.querySelector('.settings output')?.textContent ===
          '32px',
        undefined,
      );
    }
    const layout = await audit(page, READER_BOXES, 'workercn-reader');
    expect(layout.viewport).toBe(width);
    expect(layout.overflow).toEqual([]);
    expect(layout.clipped).toEqual([]);
    expect(layout.small).toEqual([]);
    // The settings panel scrolls by itself rather than pushing the article off the screen.
    const panel = await inReader<{ bottom: number }>(page, '.settings', 'box');
    expect(panel.bottom).toBeLessThan(HEIGHT);
    await page.screenshot(screenshotPath(`mobile-large-text-settings-${shot}`));
    await tapIn(page, finger, '.toolbar button[aria-expanded]');
    await waitInReader(page, '.settings', false);

    // The article's text: the size its own setting says.
    const size = await page.evaluate(
      () => getComputedStyle(document.querySelector('workercn-reader')!.shadowRoot!.querySelector('.text p')!).fontSize,
    );
    expect(size).toBe(taps ? '32px' : '20px');

    await tapIn(page, finger, 'article ruby[data-w="劳动者"]');
    await waitInReader(page, '.word-card .entry-py');
    const card = await audit(page, READER_BOXES, 'workercn-reader');
    expect(card.overflow).toEqual([]);
    expect(card.clipped).toEqual([]);
    // The sheet's close button is on the screen, the sheet no taller than the screen.
    const close = await inReader<{ top: number; bottom: number }>(page, '.word-card header button', 'box');
    expect(close.top).toBeGreaterThanOrEqual(0);
    const sheet = await inReader<{ top: number }>(page, '.word-card', 'box');
    expect(sheet.top).toBeGreaterThan(0);
    // Between its header and its pinned actions the sheet still shows some of the card's text.
    const body = await inReader<{ top: number; bottom: number }>(page, '.word-card-body', 'box');
    expect(body.bottom - body.top).toBeGreaterThan(64);
    await page.screenshot(screenshotPath(`mobile-large-text-word-card-${shot}`));
    await tapIn(page, finger, '.word-card header button');
    await waitInReader(page, '.word-card', false);
    await page.close();
  });
});
