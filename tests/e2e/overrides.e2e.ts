/**
 * The learner's overrides in both browsers: two words made one from a selection (pinyin and card
 * change), a word split from its card and the split undone, the overrides kept after a reload,
 * listed (and removed) in the options, and carried through a backup export and import.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, URLS, screenshotPath, useBrowser } from './harness';
import { openReader, rubyReading } from './reader-page';
import type { TestPage } from './browsers';
import { canonicalUrl } from '../../utils/db/records';

/** Waits until a ruby of `word` shows, or is gone (`present` false). */
function waitForWord(page: TestPage, word: string, present = true): Promise<void> {
  return page.waitForFunction(
    ({ word, present }) =>
      [...document.querySelector('workercn-reader')!.shadowRoot!.querySelectorAll<HTMLElement>('article ruby')].some(
        (r) => r.dataset.w === word,
      ) === present,
    { word, present },
    30_000,
  );
}

/** Clicks the first button under `selector` in the reader whose text is `label`, once it is there. */
function clickButton(page: TestPage, selector: string, label: string): Promise<void> {
  return page.evaluate(
    async ({ selector, label }) => {
      const root = document.querySelector('workercn-reader')!.shadowRoot!;
      let button: HTMLButtonElement | undefined;
      for (let i = 0; i < 400 && !button; i++) {
        button = [...root.querySelectorAll<HTMLButtonElement>(`${selector} button`)].find(
          (b) => (b.textContent === label || b.getAttribute('aria-label') === label) && !b.disabled,
        );
        if (!button) await new Promise((r) => setTimeout(r, 50));
      }
      if (!button) throw new Error(`no button "${label}" in ${selector}`);
      button.click();
    },
    { selector, label },
  );
}

/** Selects from the first ruby of `from` to the next ruby of `to`, as a drag or a long press would. */
function selectWords(page: TestPage, from: string, to: string): Promise<void> {
  return page.evaluate(
    ({ from, to }) => {
      const root = document.querySelector('workercn-reader')!.shadowRoot!;
      const rubies = [...root.querySelectorAll<HTMLElement>('article ruby')];
      const a = rubies.findIndex((r) => r.dataset.w === from);
      const b = rubies.findIndex((r, i) => i > a && r.dataset.w === to);
      const range = document.createRange();
      range.setStart(rubies[a].firstChild!, 0);
      range.setEnd(rubies[b].firstChild!, rubies[b].firstChild!.textContent!.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    { from, to },
  );
}

const cardWord = (page: TestPage) =>
  page.evaluate(
    () => document.querySelector('workercn-reader')!.shadowRoot!.querySelector('.word-card .word')?.textContent ?? '',
  );

function openCard(page: TestPage, word: string): Promise<void> {
  return page.evaluate((w: string) => {
    const root = document.querySelector('workercn-reader')!.shadowRoot!;
    [...root.querySelectorAll<HTMLElement>('article ruby')].find((r) => r.dataset.w === w)!.click();
  }, word);
}

/** The options page's list: "words|kind · scope" per override. */
async function optionsList(page: TestPage, count: number): Promise<string[]> {
  await page.waitForFunction((n: number) => document.querySelectorAll('.override-list li').length === n, count, 30_000);
  return page.evaluate(() =>
    [...document.querySelectorAll('.override-list li')].map(
      (li) => `${li.querySelector('.override-words')!.textContent}|${li.querySelector('.muted')!.textContent}`,
    ),
  );
}

describe.each(BROWSERS)('word overrides in $name', ({ name, launch }) => {
  const browser = useBrowser(launch);

  it('merges two words, splits one and undoes it; they persist, are listed, and survive a backup round trip', async () => {
    const b = browser();
    const page = await b.open(b.pageUrl(URLS.epaperArticle));
    await openReader(page);
    expect(await rubyReading(page, '产业')).toBe('chǎn yè');
    expect(await rubyReading(page, '行业')).toBe('háng yè');

    // "Treat as one word", in this article: 产业 | 代表性 → 产业代表性.
    await selectWords(page, '产业', '代表性');
    await clickButton(page, '.override-bar', 'In this article');
    await waitForWord(page, '产业代表性');
    expect(await rubyReading(page, '产业代表性')).toBe('chǎn yè dài biǎo xìng');
    // The words it was made of are gone from that sentence (产业 stays elsewhere in the article).
    expect(await rubyReading(page, '代表性')).toBeNull();
    await openCard(page, '产业代表性');
    await page.waitForFunction(
      () => document.querySelector('workercn-reader')!.shadowRoot!.querySelector('.word-card .chars'),
      undefined,
    );
    expect(await cardWord(page)).toBe('产业代表性');
    await page.screenshot(screenshotPath(`override-merge-${name}`));

    // "Split here" from the card of 行业, everywhere: 行 | 业, each read on its own.
    await openCard(page, '行业');
    await page.waitForFunction(
      () =>
        document.querySelector('workercn-reader')!.shadowRoot!.querySelector('.word-card .word')?.textContent ===
        '行业',
      undefined,
    );
    await clickButton(page, '.split-word', 'Split after 行');
    await clickButton(page, '.split-word', 'Everywhere');
    await waitForWord(page, '行');
    await waitForWord(page, '行业', false);
    expect(await rubyReading(page, '业')).toBe('yè');
    const note = await page.evaluate(
      () => document.querySelector('workercn-reader')!.shadowRoot!.querySelector('.override-note')?.textContent ?? '',
    );
    expect(note).toContain('“行业” is split now: 行 | 业');
    await page.screenshot(screenshotPath(`override-split-${name}`));

    // Undo brings 行业 back.
    await clickButton(page, '.override-note', 'Undo');
    await waitForWord(page, '行业');
    expect(await rubyReading(page, '行业')).toBe('háng yè');

    // After a reload the merge is still there, the undone split is not.
    const again = await b.open(b.pageUrl(URLS.epaperArticle));
    await openReader(again);
    await waitForWord(again, '产业代表性');
    expect(await rubyReading(again, '行业')).toBe('háng yè');
    await again.close();
    await page.close();

    // Listed in the options.
    const options = await b.open(b.extensionUrl('options.html'));
    // The article's address as this browser reached it (Firefox: the fixture server's port).
    const articleUrl = canonicalUrl(b.pageUrl(URLS.epaperArticle));
    expect(await optionsList(options, 1)).toEqual([`产业代表性|one word · ${articleUrl}`]);

    // Backup: export from the library, remove the override, import the file: it is back.
    const library = await b.open(b.extensionUrl('library.html'));
    await library.evaluate(() => {
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
    await library.waitForFunction(() => document.querySelector('#library-import'), undefined, 30_000);
    await library.evaluate(() =>
      [...document.querySelectorAll<HTMLButtonElement>('.backup button')]
        .find((x) => x.textContent === 'Export library')!
        .click(),
    );
    await library.waitForFunction(
      () => (window as unknown as { exported: unknown[] }).exported.length === 1,
      undefined,
    );
    const backup = await library.evaluate(() => (window as unknown as { exported: Promise<string>[] }).exported[0]);
    const overrides = (JSON.parse(backup) as { overrides: { text: string; scope: string; kind: string }[] }).overrides;
    expect(overrides.map((o) => `${o.kind}:${o.text}@${o.scope}`)).toEqual([`merge:产业代表性@${articleUrl}`]);

    await options.evaluate(() => document.querySelector<HTMLButtonElement>('.override-list li button')!.click());
    await options.waitForFunction(() => document.querySelectorAll('.override-list li').length === 0, undefined);

    await library.evaluate((text: string) => {
      const input = document.querySelector<HTMLInputElement>('#library-import')!;
      const files = new DataTransfer();
      files.items.add(new File([text], 'backup.json', { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, backup);
    // The options page hears of the change (or shows it on reload).
    await options.evaluate(() => location.reload());
    expect(await optionsList(options, 1)).toEqual([`产业代表性|one word · ${articleUrl}`]);
    await options.screenshot(screenshotPath(`override-options-${name}`));
  }, 120_000);
});
