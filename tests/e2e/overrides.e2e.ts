/**
 * The learner's overrides in both browsers: two words made one from a selection (pinyin and card
 * change), a word split from its card and the split undone, the overrides kept after a reload,
 * listed (and removed) in the options, and carried through a backup export and import; in a
 * "read all" view of an e-paper page, every article shown follows a change; on a phone, by taps.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, URLS, readUntil, screenshotPath, useBrowser } from './harness';
import { openReaderOn, rubyReading } from './reader-page';
import { catchDownloads, downloaded, openExtensionPage, type TestPage } from './browsers';
import { openByTap, PHONES, tapIn, tapUntil, waitInReader } from './touch';
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

/**
 * Selects from the first ruby of `from` to the next ruby of `to` (under `within` in the reader), as
 * a drag or a long press would.
 */
function selectWords(page: TestPage, from: string, to: string, within = 'article'): Promise<void> {
  return page.evaluate(
    ({ from, to, within }) => {
      const root = document.querySelector('workercn-reader')!.shadowRoot!;
      const rubies = [...root.querySelectorAll<HTMLElement>(`${within} ruby`)];
      const a = rubies.findIndex((r) => r.dataset.w === from);
      const b = rubies.findIndex((r, i) => i > a && r.dataset.w === to);
      const range = document.createRange();
      range.setStart(rubies[a].firstChild!, 0);
      range.setEnd(rubies[b].firstChild!, rubies[b].firstChild!.textContent!.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    { from, to, within },
  );
}

const cardWord = (page: TestPage) =>
  page.evaluate(
    () => document.querySelector('workercn-reader')!.shadowRoot!.querySelector('.word-card .word')?.textContent ?? '',
  );

/** Clicks the first ruby of `word` under `within` in the reader. */
function openCard(page: TestPage, word: string, within = 'article'): Promise<void> {
  return page.evaluate(
    ({ word, within }) => {
      const root = document.querySelector('workercn-reader')!.shadowRoot!;
      [...root.querySelectorAll<HTMLElement>(`${within} ruby`)].find((r) => r.dataset.w === word)!.click();
    },
    { word, within },
  );
}

/** Waits until the word card shows `word`. */
function waitForCard(page: TestPage, word: string): Promise<void> {
  return page.waitForFunction(
    (w: string) =>
      document.querySelector('workercn-reader')!.shadowRoot!.querySelector('.word-card .word')?.textContent === w,
    word,
    30_000,
  );
}

/** How many rubies of `word` each article read from the e-paper page shows (in order). */
function perPart(page: TestPage, word: string): Promise<number[]> {
  return page.evaluate(
    (w: string) =>
      [...document.querySelector('workercn-reader')!.shadowRoot!.querySelectorAll('section.part')].map(
        (part) => [...part.querySelectorAll<HTMLElement>('ruby')].filter((r) => r.dataset.w === w).length,
      ),
    word,
  );
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
    const page = await openReaderOn(b, URLS.epaperArticle);
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
    await waitForCard(page, '行业');
    await clickButton(page, '.split-word', 'Split after 行');
    await clickButton(page, '.split-word', 'Everywhere');
    await waitForWord(page, '行');
    await waitForWord(page, '行业', false);
    expect(await rubyReading(page, '业')).toBe('yè');
    // The note comes once the split is stored.
    const note = await readUntil(
      () =>
        page.evaluate(
          () =>
            document.querySelector('workercn-reader')!.shadowRoot!.querySelector('.override-note')?.textContent ?? '',
        ),
      (text) => text.includes('“行业” is split now: 行 | 业'),
    );
    expect(note).toContain('“行业” is split now: 行 | 业');
    await page.screenshot(screenshotPath(`override-split-${name}`));

    // Undo brings 行业 back.
    await clickButton(page, '.override-note', 'Undo');
    await waitForWord(page, '行业');
    expect(await rubyReading(page, '行业')).toBe('háng yè');

    // After a reload the merge is still there, the undone split is not.
    const again = await openReaderOn(b, URLS.epaperArticle);
    await waitForWord(again, '产业代表性');
    expect(await rubyReading(again, '行业')).toBe('háng yè');
    await again.close();
    await page.close();

    // Listed in the options.
    const options = await openExtensionPage(b, 'options.html');
    // The article's address as this browser reached it (Firefox: the fixture server's port).
    const articleUrl = canonicalUrl(b.pageUrl(URLS.epaperArticle));
    expect(await optionsList(options, 1)).toEqual([`产业代表性|one word · ${articleUrl}`]);

    // Backup: export from the library, remove the override, import the file: it is back.
    const library = await openExtensionPage(b, 'library.html');
    await catchDownloads(library);
    await library.waitForFunction(() => document.querySelector('#library-import'), undefined, 30_000);
    await library.evaluate(() =>
      [...document.querySelectorAll<HTMLButtonElement>('.backup button')]
        .find((x) => x.textContent === 'Export library')!
        .click(),
    );
    const backup = await downloaded(library);
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

  it('in a "read all" view, a split everywhere reaches every article shown, and a merge in one of them is kept for that article', async () => {
    const b = browser();
    const page = await openReaderOn(b, URLS.epaperPage);
    await clickButton(page, '.edition-actions', 'Read all 4 articles here');
    await page.waitForFunction(
      () => document.querySelector('workercn-reader')!.shadowRoot!.querySelectorAll('section.part').length === 4,
      undefined,
      60_000,
    );
    // Each article shows its first screen first and the rest of its paragraphs after: all of them drawn.
    await page.waitForFunction(
      () =>
        [
          ...document.querySelector('workercn-reader')!.shadowRoot!.querySelectorAll<HTMLElement>('section.part .text'),
        ].every((text) => text.querySelectorAll(':scope > p').length >= Number(text.dataset.paragraphs)),
      undefined,
      60_000,
    );
    // 服务 stands in two of the articles (昆明's service centre, the human-resources service bases).
    const before = await perPart(page, '服务');
    expect(before.filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);

    // Split from the card of 服务 in the second article read, everywhere: every article follows.
    await openCard(page, '服务', 'section.part:nth-of-type(2)');
    await waitForCard(page, '服务');
    await clickButton(page, '.split-word', 'Split after 服');
    await clickButton(page, '.split-word', 'Everywhere');
    await page.waitForFunction(
      () =>
        ![
          ...document.querySelector('workercn-reader')!.shadowRoot!.querySelectorAll<HTMLElement>('section.part ruby'),
        ].some((r) => r.dataset.w === '服务'),
      undefined,
      60_000,
    );
    expect(await perPart(page, '服务')).toEqual([0, 0, 0, 0]);
    expect((await perPart(page, '务')).filter((n) => n > 0).length).toBe(before.filter((n) => n > 0).length);

    // 登记 | 入学 made one word "in this article" in the last article read: that article's own override.
    await selectWords(page, '登记', '入学', 'section.part:last-of-type');
    await clickButton(page, '.override-bar', 'In this article');
    await page.waitForFunction(
      () =>
        [
          ...document
            .querySelector('workercn-reader')!
            .shadowRoot!.querySelectorAll<HTMLElement>('section.part:last-of-type ruby'),
        ].some((r) => r.dataset.w === '登记入学'),
      undefined,
      60_000,
    );
    expect((await perPart(page, '登记入学'))[3]).toBeGreaterThan(1);
    expect(await perPart(page, '服务')).toEqual([0, 0, 0, 0]);
    await page.screenshot(screenshotPath(`override-read-all-${name}`));
    const lastUrl = await page.evaluate(
      () =>
        document.querySelector('workercn-reader')!.shadowRoot!.querySelector<HTMLElement>('section.part:last-of-type')!
          .dataset.url!,
    );
    await page.close();

    const options = await openExtensionPage(b, 'options.html');
    const list = await optionsList(options, 3);
    expect(list).toContain(`登记入学|one word · ${canonicalUrl(lastUrl)}`);
    expect(list).toContain('服 | 务|split · everywhere');
    await options.close();
  }, 180_000);
});

describe.each(PHONES)('word overrides by touch on a phone in $name', ({ name, launch }) => {
  const browser = useBrowser(launch);

  it('splits a word from its card and undoes it by taps; makes selected words one word by a tap on the bar', async () => {
    const b = browser();
    const { page, finger } = await openByTap(b, URLS.epaperArticle);
    await page.waitForFunction(
      () => {
        const text = document.querySelector('workercn-reader')?.shadowRoot?.querySelector<HTMLElement>('article .text');
        return text && text.querySelectorAll(':scope > p').length >= Number(text.dataset.paragraphs);
      },
      undefined,
      30_000,
    );
    expect(await rubyReading(page, '行业')).toBe('háng yè');

    await tapIn(page, finger, 'article ruby[data-w="行业"]');
    await waitForCard(page, '行业');
    // The card fills in as its entries and characters arrive: tap once it is laid out, again if
    // the tap reached it while it still moved.
    await waitInReader(page, '.word-card .chars');
    await tapUntil(page, finger, '.split-word button[aria-label="Split after 行"]', undefined, () =>
      page.evaluate(() =>
        Boolean(document.querySelector('workercn-reader')!.shadowRoot!.querySelector('.split-apply button')),
      ),
    );
    await page.screenshot(screenshotPath(`override-phone-split-${name}`));
    await tapIn(page, finger, '.split-apply button:last-child'); // Everywhere
    await waitForWord(page, '行业', false);
    expect(await rubyReading(page, '业')).toBe('yè');
    await tapIn(page, finger, '.override-note button'); // Undo
    await waitForWord(page, '行业');

    // A long press selects; the selection is widened to the next word as the handles would.
    await selectWords(page, '产业', '代表性');
    await waitInReader(page, '.override-bar');
    await page.screenshot(screenshotPath(`override-phone-merge-bar-${name}`));
    await tapIn(page, finger, '.override-bar button'); // In this article
    await waitForWord(page, '产业代表性');
    expect(await rubyReading(page, '产业代表性')).toBe('chǎn yè dài biǎo xìng');
    await tapIn(page, finger, 'article ruby[data-w="产业代表性"]');
    await waitForCard(page, '产业代表性');
    await page.screenshot(screenshotPath(`override-phone-merged-${name}`));
    await page.close();
  }, 180_000);
});
