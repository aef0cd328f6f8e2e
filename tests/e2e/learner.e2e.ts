/**
 * The learner's loop in both browsers: know-state marks that follow the vocabulary, the header's
 * known share, zhuyin, and the article preview adding words.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, URLS, screenshotPath, useBrowser } from './harness';
import { openReader } from './reader-page';
import type { TestPage } from './browsers';

/** Sets a reading setting through the reader's own settings panel. */
function chooseSetting(page: TestPage, name: string, value: string): Promise<void> {
  return page.evaluate(
    async ({ name, value }) => {
      const root = document.querySelector('workercn-reader')!.shadowRoot!;
      const toggle = [...root.querySelectorAll<HTMLButtonElement>('.toolbar button[aria-expanded]')].find((b) =>
        b.textContent?.includes('Aa'),
      )!;
      if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
      for (let i = 0; i < 100 && !root.querySelector(`#setting-${name}`); i++)
        await new Promise((r) => setTimeout(r, 20));
      const select = root.querySelector<HTMLSelectElement>(`#setting-${name}`)!;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { name, value },
  );
}

/** The know-state class of the first ruby of `word`, once it is `expected` (or what it is after 10 s). */
function stateOf(page: TestPage, word: string, expected?: string): Promise<string> {
  return page.evaluate(
    async ({ word, expected }) => {
      const root = document.querySelector('workercn-reader')!.shadowRoot!;
      const state = () => {
        const ruby = [...root.querySelectorAll<HTMLElement>('article ruby')].find((r) => r.dataset.w === word);
        return ['new', 'learning', 'known'].find((c) => ruby?.classList.contains(c)) ?? 'none';
      };
      for (let i = 0; i < 200 && expected && state() !== expected; i++) await new Promise((r) => setTimeout(r, 50));
      return state();
    },
    { word, expected },
  );
}

const header = (page: TestPage) =>
  page.evaluate(
    () =>
      document.querySelector('workercn-reader')!.shadowRoot!.querySelector('.toolbar .known-share')?.textContent ?? '',
  );

describe.each(BROWSERS)('learner features in $name', ({ name, launch }) => {
  const browser = useBrowser(launch);

  it('colours words new / learning / known, following the vocabulary; shows zhuyin; the preview adds three words', async () => {
    const b = browser();
    const page = await b.open(b.pageUrl(URLS.epaperArticle));
    await openReader(page);

    await chooseSetting(page, 'knowState', 'underline');
    await page.waitForFunction(
      () =>
        document
          .querySelector('workercn-reader')!
          .shadowRoot!.querySelector('[role="dialog"]')
          ?.classList.contains('know-underline'),
      undefined,
    );
    expect(await stateOf(page, '劳动者')).toBe('new');
    const before = await header(page);
    expect(before).toMatch(/^0% known · \d+ new words$/);
    const newBefore = Number(/· (\d+) new/.exec(before)![1]);

    // Add 劳动者 from its word card: learning. Then mark it known: known.
    await page.evaluate(async () => {
      const root = document.querySelector('workercn-reader')!.shadowRoot!;
      [...root.querySelectorAll<HTMLElement>('article ruby')].find((r) => r.dataset.w === '劳动者')!.click();
      let add: HTMLButtonElement | undefined;
      for (let i = 0; i < 200 && !add; i++) {
        await new Promise((r) => setTimeout(r, 50));
        add = [...root.querySelectorAll<HTMLButtonElement>('.word-card button')].find(
          (b) => b.textContent === 'Add to vocabulary' && !b.disabled,
        );
      }
      add!.click();
    });
    expect(await stateOf(page, '劳动者', 'learning')).toBe('learning');
    const underline = await page.evaluate(() => {
      const root = document.querySelector('workercn-reader')!.shadowRoot!;
      const learning = root.querySelector('article ruby.learning')!;
      const fresh = root.querySelector('article ruby.new')!;
      return [getComputedStyle(learning).textDecorationStyle, getComputedStyle(fresh).textDecorationStyle];
    });
    expect(underline).toEqual(['solid', 'dotted']);
    await page.screenshot(screenshotPath(`know-state-${name}`));

    await page.evaluate(async () => {
      const root = document.querySelector('workercn-reader')!.shadowRoot!;
      const box = [...root.querySelectorAll('.word-card label')]
        .find((l) => l.textContent?.includes('I know this word'))!
        .querySelector('input')!;
      box.click();
    });
    expect(await stateOf(page, '劳动者', 'known')).toBe('known');
    // One occurrence among hundreds: still 0 %, one new word fewer.
    await page.waitForFunction(
      (n: number) =>
        document.querySelector('workercn-reader')!.shadowRoot!.querySelector('.toolbar .known-share')?.textContent ===
        `0% known · ${n} new words`,
      newBefore - 1,
    );

    // Zhuyin from the same reading.
    await chooseSetting(page, 'toneStyle', 'zhuyin');
    await page.waitForFunction(
      () =>
        [...document.querySelector('workercn-reader')!.shadowRoot!.querySelectorAll<HTMLElement>('article ruby')]
          .find((r) => r.dataset.w === '劳动者')
          ?.querySelector('rt')
          ?.textContent?.includes('ㄌ'),
      undefined,
    );
    const zhuyin = await page.evaluate(
      () =>
        [...document.querySelector('workercn-reader')!.shadowRoot!.querySelectorAll<HTMLElement>('article ruby')]
          .find((r) => r.dataset.w === '劳动者')!
          .querySelector('rt')!.textContent,
    );
    expect(zhuyin).toBe('ㄌㄠˊ ㄉㄨㄥˋ ㄓㄜˇ');
    await page.screenshot(screenshotPath(`zhuyin-${name}`));
    await chooseSetting(page, 'toneStyle', 'marks');

    // The preview: add its first three words.
    const added = await page.evaluate(async () => {
      const root = document.querySelector('workercn-reader')!.shadowRoot!;
      root.querySelector<HTMLButtonElement>('.toolbar .known-share')!.click();
      for (let i = 0; i < 100 && !root.querySelector('.preview-words li'); i++)
        await new Promise((r) => setTimeout(r, 20));
      // Wait for the glosses (the dictionary's entries).
      for (let i = 0; i < 200 && !root.querySelector('.preview-words li .pw-gloss')?.textContent; i++)
        await new Promise((r) => setTimeout(r, 50));
      const words: string[] = [];
      for (let n = 0; n < 3; n++) {
        const row = root.querySelector<HTMLElement>('.preview-words li')!;
        words.push(row.dataset.w!);
        row.querySelector<HTMLButtonElement>('[data-action="add"]')!.click();
        for (let i = 0; i < 200 && root.querySelector<HTMLElement>('.preview-words li')?.dataset.w === words[n]; i++)
          await new Promise((r) => setTimeout(r, 50));
      }
      return words;
    });
    expect(added).toHaveLength(3);
    expect(new Set(added).size).toBe(3);
    await page.screenshot(screenshotPath(`preview-${name}`));
    for (const word of added) expect(await stateOf(page, word, 'learning')).toBe('learning');
    expect(Number(/· (\d+) new/.exec(await header(page))![1])).toBe(newBefore - 4);

    // Stored: the review page's vocabulary lists them.
    const options = await b.open(b.extensionUrl('review.html#words'));
    await options.waitForFunction(
      (words: string[]) => words.every((w) => document.body.textContent?.includes(w)),
      added,
      20_000,
    );
    await Promise.all([options.close(), page.close()]);
  });
});
