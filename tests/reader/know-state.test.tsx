// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/preact';
import { Reader } from '@/components/reader/Reader';
import { DEFAULT_SETTINGS, normalizeSettings, type ReaderSettings } from '@/utils/reader/settings';
import type { ReaderArticle, ReaderServices, StudyControl } from '@/components/reader/model';
import { articleOf, realReader, SENTENCES } from './reader-helpers';

afterEach(cleanup);

let services: ReaderServices;
let article: ReaderArticle;
beforeAll(async () => {
  const reader = await realReader();
  services = reader.services;
  article = articleOf(reader.annotate, [SENTENCES.yigang, SENTENCES.budan]);
});

function show(settings: Partial<ReaderSettings>, known: string[] = [], vocabulary: string[] = []) {
  const study: StudyControl = {
    known: new Set(known),
    vocabulary: new Set(vocabulary),
    addWord: vi.fn(async () => {}),
    setKnown: vi.fn(async () => {}),
  };
  const props = {
    state: { status: 'ready', article } as const,
    services,
    settings: { ...DEFAULT_SETTINGS, ...settings },
    onSettingsChange: () => {},
    onClose: () => {},
  };
  const view = render(<Reader {...props} study={study} />);
  const rerender = (next: Partial<StudyControl>) => view.rerender(<Reader {...props} study={{ ...study, ...next }} />);
  return { ...view, study, rerender };
}

const rubiesOf = (container: Element, word: string) =>
  [...container.querySelectorAll<HTMLElement>('ruby')].filter((r) => r.dataset.w === word);

describe('know-state in the text', () => {
  it('is off by default; settings from older versions gain the new keys', () => {
    expect(DEFAULT_SETTINGS.knowState).toBe('off');
    const old = normalizeSettings({ theme: 'dark', pinyin: 'unknown', toneStyle: 'numbers' });
    expect(old).toMatchObject({ knowState: 'off', pinyinHskAbove: 2, pinyin: 'unknown', toneStyle: 'numbers' });
    expect(normalizeSettings({ pinyinHskAbove: 9, knowState: 'blink' })).toMatchObject({
      pinyinHskAbove: 6,
      knowState: 'off',
    });
  });

  it('classes every word new, learning or known, and the classes follow the vocabulary', () => {
    const { container, getByRole, rerender } = show({ knowState: 'underline' }, ['劳动者'], ['证书']);
    expect(getByRole('dialog').classList.contains('know-underline')).toBe(true);
    for (const r of rubiesOf(container, '劳动者')) expect(r.classList.contains('known')).toBe(true);
    for (const r of rubiesOf(container, '证书')) expect(r.classList.contains('learning')).toBe(true);
    const market = rubiesOf(container, '市场');
    expect(market.length).toBe(2);
    for (const r of market) expect(r.classList.contains('new')).toBe(true);

    rerender({ known: new Set(['劳动者', '证书']), vocabulary: new Set(['证书', '市场']) });
    for (const r of rubiesOf(container, '证书')) expect(r.classList.contains('known')).toBe(true);
    for (const r of rubiesOf(container, '市场')) expect(r.classList.contains('learning')).toBe(true);
  });

  it('shows the known share with a verdict in the header, and it changes as words become known', async () => {
    const { getByRole, findByRole, rerender } = show({}, []);
    // Counted once the text is on screen (in idle time).
    await findByRole('button', { name: /known ·/ });
    const button = () => getByRole('button', { name: /known ·/ });
    const count = article.paragraphs.flatMap((p) => p.tokens).filter((t) => t.word && t.syllables.length).length;
    expect(button().textContent).toMatch(/^0% known · \d+ new words$/);
    const distinct = Number(/· (\d+) new/.exec(button().textContent!)![1]);
    expect(distinct).toBeGreaterThan(20);
    expect(distinct).toBeLessThan(count);
    expect(button().getAttribute('title')).toMatch(/preview the new words/i);
    rerender({ known: new Set(['证书']) });
    // 证书 is 3 of the running words.
    expect(button().textContent).toBe(`${Math.floor((3 / count) * 100)}% known · ${distinct - 1} new words`);
  });

  it('hides pinyin up to a chosen HSK level once the dictionary gave the levels; a tap reveals it', async () => {
    const { container, getByRole } = show({ pinyin: 'hsk', pinyinHskAbove: 5 });
    const dialog = getByRole('dialog');
    expect(dialog.classList.contains('pinyin-hsk')).toBe(true);
    expect(dialog.classList.contains('hsk-above-5')).toBe(true);
    // 市场 is HSK 5 (its pinyin hidden at "above 5"), 证书 HSK 6 and 劳动者 in no level (both shown).
    // The levels come after the article's words are counted (idle time) and the engine answers.
    await waitFor(() => expect(rubiesOf(container, '市场')[0].classList.contains('h5')).toBe(true), { timeout: 5000 });
    expect(rubiesOf(container, '证书')[0].classList.contains('h6')).toBe(true);
    expect(rubiesOf(container, '劳动者')[0].classList.contains('h0')).toBe(true);
    const market = rubiesOf(container, '市场')[0];
    fireEvent.click(market);
    expect(market.classList.contains('reveal')).toBe(true);
    expect(rubiesOf(container, '市场')[1].classList.contains('reveal')).toBe(false);
  });

  it('draws pinyin as zhuyin from the same reading, neutral tone kept', () => {
    const { container } = show({ toneStyle: 'zhuyin' });
    expect(rubiesOf(container, '劳动者')[0].querySelector('rt')?.textContent).toBe('ㄌㄠˊ ㄉㄨㄥˋ ㄓㄜˇ');
  });
});

describe('article preview', () => {
  it('lists the new words, most frequent first, with pinyin and gloss; adds one, marks one known, adds a level', async () => {
    const { getByRole, findByRole, study } = show({}, ['同时']);
    fireEvent.click(await findByRole('button', { name: /known ·/ }));
    const preview = getByRole('dialog', { name: 'New words in this article' });
    const rows = () => [...preview.querySelectorAll<HTMLElement>('.preview-words li')];
    expect(rows()[0].dataset.w).toBe('证书');
    expect(rows()[0].querySelector('.pw-py')?.textContent).toBe('zhèng shū');
    expect(rows().map((r) => r.dataset.w)).not.toContain('同时');
    await waitFor(() => expect(rows()[0].querySelector('.pw-gloss')?.textContent).toMatch(/certificate/i));
    await waitFor(() => expect(preview.querySelector('[data-w="市场"] .pw-meta')?.textContent).toBe('×2 · HSK 5'));

    fireEvent.click(within(rows()[0]).getByText('Add'));
    await waitFor(() => expect(study.addWord).toHaveBeenCalledTimes(1));
    expect(study.addWord).toHaveBeenCalledWith({
      word: '证书',
      pinyin: 'zhèng shū',
      definition: expect.stringMatching(/certificate/i),
      sentence: SENTENCES.yigang,
    });
    const market = preview.querySelector<HTMLElement>('[data-w="市场"]')!;
    fireEvent.click(within(market).getByText('Known'));
    await waitFor(() => expect(study.setKnown).toHaveBeenCalledWith('市场', true));

    fireEvent.change(within(preview).getByRole('combobox'), { target: { value: '5' } });
    const addLevel = within(preview).getByRole('button', { name: /^Add HSK 5 and above/ });
    const n = Number(/\((\d+)\)/.exec(addLevel.textContent!)![1]);
    expect(n).toBeGreaterThan(0);
    fireEvent.click(addLevel);
    await waitFor(() => expect(study.addWord).toHaveBeenCalledTimes(1 + n));
  });
});
