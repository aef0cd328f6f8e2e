import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ROOT } from '../../scripts/lib/fixture-server';
import { BROWSERS, URLS, readUntil, screenshotPath, useBrowser } from './harness';
import { chooseTheme, launcherState, mouseOf, openReader, readerSnapshot, rubyReading } from './reader-page';

const MULTIPAGE = (() => {
  const dir = path.join(FIXTURE_ROOT, 'workercn', 'portal-legacy-multipage');
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { paragraphs: string[] };
  return { url: readFileSync(path.join(dir, 'url.txt'), 'utf8').trim(), lastParagraph: expected.paragraphs.at(-1)! };
})();

/** The 12,000-character seed page (the bench's long page). */
const SEED_PAGE = 'https://www.workercn.cn/papers/grrb/2022/04/29/9/news-1.html';

describe.each(BROWSERS)('reader in $name', ({ name, launch }) => {
  const browser = useBrowser(launch);

  it('offers the launcher on article and edition pages and nowhere else', async () => {
    const b = browser();
    const seen: Record<string, boolean> = {};
    for (const [key, url] of Object.entries({
      article: URLS.epaperArticle,
      portal: URLS.portalArticle,
      edition: URLS.epaperPage,
      nonArticle: URLS.workercnNonArticle,
      emptyArticle: URLS.emptyArticle,
    })) {
      const page = await b.open(b.pageUrl(url));
      const state = await launcherState(page);
      seen[key] = state.present;
      if (state.present) expect(state.label).toBe('Open reader view');
      await page.close();
    }
    expect(seen).toEqual({ article: true, portal: true, edition: true, nonArticle: false, emptyArticle: false });
  });

  it('opens the article with ruby pinyin, a glossary tooltip and a word card; Esc closes it', async () => {
    const b = browser();
    const page = await b.open(b.pageUrl(URLS.epaperArticle));
    await openReader(page);
    const snap = await readerSnapshot(page);
    expect(snap.dialogLabel).toBe('Reader view');
    expect(snap.title).toBe('择优遴选社会评价组织 探索“一岗双认”评价模式');
    expect(snap.rubies).toBeGreaterThan(200);
    expect(await rubyReading(page, '劳动者')).toBe('láo dòng zhě');

    const tooltip = await page.evaluate(async () => {
      const root = document.querySelector('workercn-reader')!.shadowRoot!;
      const baseText = (el: Element) => {
        const copy = el.cloneNode(true) as Element;
        copy.querySelectorAll('rt').forEach((rt) => rt.remove());
        return copy.textContent;
      };
      const term = [...root.querySelectorAll<HTMLElement>('.term')].find((t) => baseText(t) === '一岗双认');
      term?.focus();
      for (let i = 0; i < 50 && !root.querySelector('[role="tooltip"]'); i++)
        await new Promise((r) => setTimeout(r, 20));
      return root.querySelector('[role="tooltip"]')?.textContent ?? null;
    });
    expect(tooltip).toContain('一岗双认');
    expect(tooltip).toMatch(/one post/i);

    const card = await page.evaluate(async () => {
      const root = document.querySelector('workercn-reader')!.shadowRoot!;
      [...root.querySelectorAll<HTMLElement>('article ruby')].find((r) => r.dataset.w === '劳动者')!.click();
      for (let i = 0; i < 100 && !root.querySelector('.word-card .entry-py'); i++)
        await new Promise((r) => setTimeout(r, 20));
      const el = root.querySelector('.word-card');
      return {
        label: el?.getAttribute('aria-label') ?? null,
        reading: el?.querySelector('.entry-py')?.textContent ?? null,
        text: el?.textContent ?? '',
      };
    });
    expect(card.label).toBe('Word card: 劳动者');
    expect(card.reading).toBe('láo dòng zhě');
    expect(card.text).toMatch(/labor|worker/i);
    await page.screenshot(screenshotPath(`reader-light-${name}`));

    const closed = await page.evaluate(async () => {
      const root = document.querySelector('workercn-reader')!.shadowRoot!;
      const dialog = root.querySelector<HTMLElement>('[role="dialog"][aria-label="Reader view"]')!;
      const esc = () =>
        dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      esc(); // closes the word card
      await new Promise((r) => setTimeout(r, 50));
      const cardGone = !root.querySelector('.word-card');
      esc(); // closes the reader
      await new Promise((r) => setTimeout(r, 50));
      const host = document.querySelector<HTMLElement>('workercn-reader')!;
      // A closed reader is kept rendered but takes no clicks and no focus: the page is usable.
      const atCentre = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
      const close = root.querySelector<HTMLElement>('.close')!;
      close.focus();
      return {
        cardGone,
        readerHidden: host.hidden,
        overflow: document.documentElement.style.overflow,
        pageUnderCentre: !!atCentre && atCentre !== host && !host.contains(atCentre),
        closeFocusable: root.activeElement === close,
        readerBoxes: host.getBoundingClientRect().height,
      };
    });
    expect(closed).toEqual({
      cardGone: true,
      readerHidden: true,
      overflow: '',
      pageUnderCentre: true,
      closeFocusable: false,
      readerBoxes: 0,
    });

    // Reopening shows the kept reader at once: same article, nothing loaded again.
    const reopened = await page.evaluate(() => {
      document.querySelector('workercn-reader-launcher')!.shadowRoot!.querySelector('button')!.click();
      const host = document.querySelector<HTMLElement>('workercn-reader')!;
      return {
        hidden: host.hidden,
        title: host.shadowRoot!.querySelector('article h1')?.textContent ?? null,
        hosts: document.querySelectorAll('workercn-reader').length,
      };
    });
    expect(reopened).toEqual({ hidden: false, title: '择优遴选社会评价组织 探索“一岗双认”评价模式', hosts: 1 });

    // A click beside the reader closes it (real mouse events); one at the moment it opens (the second
    // click of a double click on the launcher, landing on the reader that just appeared) does not, nor
    // does a press that began in the text and ended beside it (a selection dragged past the column).
    const mouse = mouseOf(page);
    const hidden = () => page.evaluate(() => document.querySelector<HTMLElement>('workercn-reader')!.hidden);
    const points = await page.evaluate(() => {
      const root = document.querySelector('workercn-reader')!.shadowRoot!;
      const centre = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      };
      const reader = root.querySelector('.reader')!.getBoundingClientRect();
      root.querySelector('.text p')!.scrollIntoView({ block: 'center' });
      return {
        close: centre(root.querySelector('.close')!),
        launcher: centre(document.querySelector('workercn-reader-launcher')!.shadowRoot!.querySelector('button')!),
        text: centre(root.querySelector('.text p')!),
        beside: { x: reader.left / 2, y: innerHeight / 2 },
      };
    });
    expect(points.beside.x).toBeGreaterThan(20);
    await mouse.click(points.close);
    const closedByClose = await hidden();
    await mouse.click(points.launcher);
    await mouse.click(points.beside);
    const afterSecondClick = await hidden();
    await new Promise((r) => setTimeout(r, 700));
    await mouse.drag(points.text, points.beside);
    const afterDrag = await hidden();
    await mouse.click(points.beside);
    expect({ closedByClose, afterSecondClick, afterDrag, afterLaterClick: await hidden() }).toEqual({
      closedByClose: true,
      afterSecondClick: false,
      afterDrag: false,
      afterLaterClick: true,
    });
    await page.close();
  });

  it('stores the theme for every tab, and shows dark mode', async () => {
    const b = browser();
    const page = await b.open(b.pageUrl(URLS.epaperArticle));
    await openReader(page);
    expect(await chooseTheme(page, 'dark')).toContain('theme-dark');
    await page.screenshot(screenshotPath(`reader-dark-${name}`));
    // The setting is stored: a page opened afterwards starts dark.
    const second = await b.open(b.pageUrl(URLS.portalArticle));
    await openReader(second);
    // The reader draws at once and applies the stored settings when storage answers.
    const secondTheme = await readUntil(
      () =>
        second.evaluate(
          () => document.querySelector('workercn-reader')!.shadowRoot!.querySelector('.backdrop')!.className,
        ),
      (theme) => theme.includes('theme-dark'),
    );
    expect(secondTheme).toContain('theme-dark');
    expect(await chooseTheme(second, 'light')).toContain('theme-light');
    await Promise.all([page.close(), second.close()]);
  });

  it('opens by itself on article pages once the option is on, and not on edition pages', async () => {
    const b = browser();
    const page = await b.open(b.pageUrl(URLS.epaperArticle));
    await openReader(page);
    const setOption = (on: boolean) =>
      page.evaluate(async (value: boolean) => {
        const root = document.querySelector('workercn-reader')!.shadowRoot!;
        const toggle = root.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
        if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
        await new Promise((r) => setTimeout(r, 50));
        const box = [...root.querySelectorAll('label')]
          .find((l) => l.textContent?.includes('Open the reader by itself'))!
          .querySelector('input')!;
        if (box.checked !== value) box.click();
        await new Promise((r) => setTimeout(r, 100));
        return box.checked;
      }, on);
    expect(await setOption(true)).toBe(true);
    const next = await b.open(b.pageUrl(URLS.portalArticle));
    await next.waitForFunction(
      () => document.querySelector('workercn-reader')?.shadowRoot?.querySelector('article .title'),
      undefined,
      30_000,
    );
    const edition = await b.open(b.pageUrl(URLS.epaperPage));
    await edition.waitForFunction(() => document.querySelector('workercn-reader-launcher'), undefined);
    await new Promise((r) => setTimeout(r, 500));
    expect(await edition.evaluate(() => document.querySelector('workercn-reader') === null)).toBe(true);
    expect(await setOption(false)).toBe(false);
    await Promise.all([page.close(), next.close(), edition.close()]);
  });

  it('joins the pages of a split legacy article, fetched from the same site', async () => {
    const b = browser();
    const page = await b.open(b.pageUrl(MULTIPAGE.url));
    await openReader(page);
    const text = await page.evaluate(() => {
      const copy = document
        .querySelector('workercn-reader')!
        .shadowRoot!.querySelector('article')!
        .cloneNode(true) as HTMLElement;
      copy.querySelectorAll('rt').forEach((rt) => rt.remove());
      return copy.querySelector('.text')!.textContent ?? '';
    });
    // The last paragraph is on page 2; the extractor's own fixture says what it is.
    expect(text).toContain(MULTIPAGE.lastParagraph);
    expect(text.split(MULTIPAGE.lastParagraph)).toHaveLength(2);
    await page.close();
  });

  it('keeps the reading place on the 12,000-character page through the late paragraphs, close and reopen', async () => {
    const b = browser();
    const page = await b.open(b.pageUrl(SEED_PAGE));
    await openReader(page);
    const place = () =>
      page.evaluate(() => {
        const root = document.querySelector('workercn-reader')!.shadowRoot!;
        const body = root.querySelector<HTMLElement>('.body')!;
        const paragraphs = root.querySelectorAll<HTMLElement>('article .text > p');
        const target = paragraphs[Math.floor(paragraphs.length / 2)];
        return {
          count: paragraphs.length,
          scrollTop: body.scrollTop,
          top: target.getBoundingClientRect().top - body.getBoundingClientRect().top,
        };
      });
    // Bring the middle paragraph to the top, give the off-screen paragraphs time to lay out.
    await page.evaluate(() => {
      const root = document.querySelector('workercn-reader')!.shadowRoot!;
      const paragraphs = root.querySelectorAll<HTMLElement>('article .text > p');
      paragraphs[Math.floor(paragraphs.length / 2)].scrollIntoView({ block: 'start' });
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = await place();
    expect(before.count).toBeGreaterThan(20);
    expect(before.scrollTop).toBeGreaterThan(1000);
    expect(Math.abs(before.top)).toBeLessThan(40);
    await page.evaluate(() =>
      document.querySelector('workercn-reader')!.shadowRoot!.querySelector<HTMLButtonElement>('.close')!.click(),
    );
    await openReader(page);
    const after = await readUntil(place, (p) => p.count === before.count && Math.abs(p.top - before.top) < 4);
    expect(after.count).toBe(before.count);
    expect(Math.abs(after.top - before.top)).toBeLessThan(4);
    // The whole text is in the document (what find-in-page searches): the last paragraph's base text too.
    const last = await page.evaluate(() => {
      const root = document.querySelector('workercn-reader')!.shadowRoot!;
      const copy = [...root.querySelectorAll('article .text > p')].at(-1)!.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('rt').forEach((rt) => rt.remove());
      return copy.textContent ?? '';
    });
    expect(last.length).toBeGreaterThan(20);
    await page.close();
  });

  it('runs none of the XSS vectors of a hostile article when the reader shows it', async () => {
    const b = browser();
    const page = await b.open(b.pageUrl(URLS.xssArticle));
    // The page's own vectors fire while it loads and some a little later (that is the page, not the
    // reader). Count every call of alert in the page's world; wait until the page has been quiet for
    // a second, then start from zero and open the reader.
    await page.evaluate(() => {
      const w = window as unknown as { __fired: number; __last: number };
      w.__fired = 0;
      w.__last = Date.now();
      window.alert = () => {
        w.__fired++;
        w.__last = Date.now();
      };
    });
    await page.waitForFunction(
      () => Date.now() - (window as unknown as { __last: number }).__last > 1000,
      undefined,
      15_000,
    );
    await page.evaluate(() => void ((window as unknown as { __fired: number }).__fired = 0));
    const dialogsBefore = page.dialogs.length;
    await openReader(page);
    await new Promise((r) => setTimeout(r, 500));
    const result = await page.evaluate(() => {
      const root = document.querySelector('workercn-reader')!.shadowRoot!;
      const all = [...root.querySelectorAll('*')];
      return {
        fired: (window as unknown as { __fired: number }).__fired,
        title: root.querySelector('article h1')?.textContent ?? null,
        dangerous: all.filter((el) =>
          /^(script|iframe|object|embed|form|base|meta|svg|math|template)$/i.test(el.tagName),
        ).length,
        handlers: all.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
        badUrls: all.filter((el) =>
          ['href', 'src'].some((n) => /^\s*(javascript|data|vbscript):/i.test(el.getAttribute(n) ?? '')),
        ).length,
        text: (() => {
          const copy = root.querySelector('article')?.cloneNode(true) as HTMLElement | undefined;
          copy?.querySelectorAll('rt').forEach((rt) => rt.remove());
          return copy?.textContent ?? '';
        })(),
      };
    });
    expect(result.fired).toBe(0);
    expect(page.dialogs.length).toBe(dialogsBefore);
    expect(result.title).toBe('宁夏：充分发扬民主 扎实推进二十大代表推荐提名工作');
    expect({ dangerous: result.dangerous, handlers: result.handlers, badUrls: result.badUrls }).toEqual({
      dangerous: 0,
      handlers: 0,
      badUrls: 0,
    });
    expect(result.text).toContain('马淑花');
    await page.close();
  });
});
