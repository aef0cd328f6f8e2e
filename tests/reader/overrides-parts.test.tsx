// @vitest-environment happy-dom
/**
 * "In this article" in a "read all" view means the article the words are in: a word of an article
 * read from an e-paper page is split (or merged) for that article, a word of the page's own text
 * for the page.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/preact';
import { Reader } from '@/components/reader/Reader';
import type { OverrideControl } from '@/components/reader/WordOverrides';
import { DEFAULT_SETTINGS } from '@/utils/reader/settings';
import type { ReaderArticle, ReaderServices } from '@/components/reader/model';
import type { ParagraphAnnotator } from '@/utils/reader/prepare';
import { articleOf, realReader, SENTENCES } from './reader-helpers';

afterEach(cleanup);

const PART_URL = 'https://www.workercn.cn/papers/grrb/2022/03/25/1/news-2.html';
let annotate: ParagraphAnnotator;
let services: ReaderServices;
let edition: ReaderArticle;
beforeAll(async () => {
  ({ annotate, services } = await realReader());
  const page = articleOf(annotate, [SENTENCES.yigang]);
  edition = {
    ...page,
    url: 'https://www.workercn.cn/papers/grrb/2022/03/25/1/page.html',
    parts: [{ ...articleOf(annotate, [SENTENCES.budan]), url: PART_URL, title: '市场检验' }],
  };
});

function showEdition() {
  const control = {
    merge: vi.fn<OverrideControl['merge']>(async () => {}),
    split: vi.fn<OverrideControl['split']>(async () => {}),
  };
  const view = render(
    <Reader
      state={{ status: 'ready', article: edition }}
      services={services}
      settings={DEFAULT_SETTINGS}
      onSettingsChange={() => {}}
      onClose={() => {}}
      overrides={control}
    />,
  );
  return { ...view, control };
}

/** Opens the card of `word` inside `within` and splits it after its first character, in this article. */
async function splitInArticle(view: ReturnType<typeof showEdition>, where: string, word: string) {
  const ruby = [...view.container.querySelectorAll<HTMLElement>(`${where} ruby`)].find((r) => r.dataset.w === word);
  expect(ruby, `${word} in ${where}`).toBeTruthy();
  fireEvent.click(ruby!);
  const card = await view.findByRole('dialog', { name: `Word card: ${word}` });
  fireEvent.click(within(card).getByLabelText(`Split after ${[...word][0]}`));
  fireEvent.click(await within(card).findByText('In this article'));
}

describe('overrides in a read-all view', () => {
  it('splits a word of an article read from the page for that article, a word of the page for the page', async () => {
    const view = showEdition();
    expect(view.container.querySelector('section.part')?.getAttribute('data-url')).toBe(PART_URL);

    await splitInArticle(view, 'section.part', '市场');
    await waitFor(() => expect(view.control.split).toHaveBeenCalledWith('市场', [1], 'article', PART_URL));

    await splitInArticle(view, 'article > .text', '劳动者');
    await waitFor(() => expect(view.control.split).toHaveBeenCalledTimes(2));
    expect(view.control.split.mock.calls[1]).toEqual(['劳动者', [1], 'article']);
  });

  it('merges words selected in an article read from the page for that article', async () => {
    const view = showEdition();
    const rubies = [...view.container.querySelectorAll<HTMLElement>('section.part ruby')];
    const from = rubies.findIndex((r) => r.dataset.w === '市场');
    const to = rubies[from + 1];
    const range = document.createRange();
    range.setStart(rubies[from].firstChild!, 0);
    range.setEnd(to.firstChild!, to.firstChild!.textContent!.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    const bar = await view.findByRole('group', { name: 'Treat as one word' });
    fireEvent.click(within(bar).getByText('In this article'));
    await waitFor(() => expect(view.control.merge).toHaveBeenCalledWith(`市场${to.dataset.w}`, 'article', PART_URL));
  });
});
