// @vitest-environment happy-dom
import { afterEach, describe, expect, it, beforeAll, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/preact';
import { Reader, type ReaderState } from '@/components/reader/Reader';
import { SettingsPanel } from '@/components/reader/SettingsPanel';
import { DEFAULT_SETTINGS, type ReaderSettings } from '@/utils/reader/settings';
import type { ReaderArticle, ReaderServices } from '@/components/reader/model';
import type { ParagraphAnnotator } from '@/utils/reader/prepare';
import { articleOf, openedTerms, realReader, SENTENCES } from './reader-helpers';

afterEach(cleanup);

let annotate: ParagraphAnnotator;
let services: ReaderServices;
let article: ReaderArticle;
beforeAll(async () => {
  ({ annotate, services } = await realReader());
  article = articleOf(annotate, [SENTENCES.yigang, SENTENCES.wuzhong]);
});

function show(state: ReaderState, settings: Partial<ReaderSettings> = {}, onClose = vi.fn()) {
  const onSettingsChange = vi.fn();
  const view = render(
    <Reader
      state={state}
      services={services}
      settings={{ ...DEFAULT_SETTINGS, ...settings }}
      onSettingsChange={onSettingsChange}
      onClose={onClose}
      originalUrl={article.url}
    />,
  );
  return { ...view, onClose, onSettingsChange };
}

describe('Reader', () => {
  it('is a labelled modal dialog showing the article fields', () => {
    const { getByRole } = show({ status: 'ready', article });
    const dialog = getByRole('dialog', { name: 'Reader view' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.querySelector('h1')?.textContent).toBe(article.title);
    expect(dialog.querySelector('.subtitle')?.textContent).toBe(article.subtitle);
    expect(dialog.querySelector('.meta')?.textContent).toBe('记者赖志凯 · 工人日报 · 2022-04-29');
    expect(dialog.querySelectorAll('.text p')).toHaveLength(2);
  });

  it('switches pinyin mode by a class, keeping the annotated tokens', () => {
    const all = show({ status: 'ready', article }, { pinyin: 'all' });
    const rubies = all.container.querySelectorAll('ruby').length;
    all.unmount();
    const off = show({ status: 'ready', article }, { pinyin: 'off' });
    const dialog = off.getByRole('dialog');
    expect(dialog.classList.contains('pinyin-off')).toBe(true);
    expect(off.container.querySelectorAll('ruby').length).toBe(rubies);
    expect(rubies).toBeGreaterThan(20);
  });

  it('shows a glossary tooltip with the English rendering on focus', async () => {
    const { container, findByRole } = show({ status: 'ready', article });
    const term = [...container.querySelectorAll<HTMLElement>('.term')].find(
      (t) => services.term(t.dataset.term!)?.headword === '两个维护',
    )!;
    fireEvent.focusIn(term);
    const tip = await findByRole('tooltip');
    const entry = services.term(term.dataset.term!)!;
    expect(tip.textContent).toContain(entry.en);
    expect(tip.textContent).toContain(entry.gloss);
    expect(entry.components.length).toBeGreaterThan(0);
    for (const c of entry.components) expect(tip.textContent).toContain(c.en);
    fireEvent.click(within(tip).getByText('Full entry'));
    expect(openedTerms.at(-1)).toBe(entry.id);
  });

  it('opens a word card with dictionary entries when a word is clicked, and Esc closes the card first', async () => {
    const { container, findByRole, queryByRole, onClose, getByRole } = show({ status: 'ready', article });
    const ruby = [...container.querySelectorAll<HTMLElement>('ruby')].find((r) => r.dataset.w === '劳动者')!;
    fireEvent.click(ruby);
    const card = await findByRole('dialog', { name: 'Word card: 劳动者' });
    await waitFor(() => expect(card.querySelector('.entry-py')?.textContent).toBe('láo dòng zhě'));
    expect(card.textContent).toMatch(/laborer|worker/i);
    expect(card.querySelectorAll('.char')).toHaveLength(3);
    const add = [...card.querySelectorAll('button')].find((b) => b.textContent === 'Add to vocabulary')!;
    expect(add.disabled).toBe(true);
    expect(add.title).not.toBe('');
    fireEvent.keyDown(getByRole('dialog', { name: 'Reader view' }), { key: 'Escape' });
    await waitFor(() => expect(queryByRole('dialog', { name: 'Word card: 劳动者' })).toBeNull());
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.keyDown(getByRole('dialog', { name: 'Reader view' }), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('offers the original page when there is no article or extraction failed', () => {
    const empty = show({ status: 'empty' });
    expect(empty.getByRole('alert').textContent).toContain('No article was found');
    fireEvent.click(empty.getByText('Back to the original page'));
    expect(empty.onClose).toHaveBeenCalled();
    empty.unmount();
    const failed = show({ status: 'error', message: 'broken page' });
    expect(failed.getByRole('alert').textContent).toContain('broken page');
  });

  it('applies the theme, following the system when asked', () => {
    const dark = render(
      <Reader
        state={{ status: 'loading' }}
        services={services}
        settings={DEFAULT_SETTINGS}
        prefersDark
        onSettingsChange={() => {}}
        onClose={() => {}}
      />,
    );
    expect(dark.container.querySelector('.backdrop')?.classList.contains('theme-dark')).toBe(true);
    dark.unmount();
    const sepia = show({ status: 'loading' }, { theme: 'sepia' });
    expect(sepia.container.querySelector('.backdrop')?.classList.contains('theme-sepia')).toBe(true);
  });

  it('saves on request and says when it is saved or why it failed', () => {
    const onSave = vi.fn();
    const view = (status: 'unsaved' | 'saved' | 'error', message?: string) =>
      render(
        <Reader
          state={{ status: 'ready', article }}
          services={services}
          settings={DEFAULT_SETTINGS}
          onSettingsChange={() => {}}
          onClose={() => {}}
          save={{ status, message, onSave }}
        />,
      );
    const unsaved = view('unsaved');
    const button = unsaved.getByRole('button', { name: 'Save article' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button);
    expect(onSave).toHaveBeenCalledTimes(1);
    unsaved.unmount();
    const saved = view('saved');
    expect(saved.getByRole('button', { name: 'Save article' }).getAttribute('aria-pressed')).toBe('true');
    expect(saved.getByRole('button', { name: 'Save article' }).textContent).toContain('Saved');
    saved.unmount();
    const failed = view('error', 'The disk is full: nothing was lost, but the article was not saved.');
    expect(failed.getByRole('alert').textContent).toContain('The disk is full');
  });

  it('disables saving with a reason where there is nothing to save', () => {
    const { getByRole } = show({ status: 'empty' });
    const save = getByRole('button', { name: 'Save article' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    expect(save.title).toBe('There is no article on this page to save.');
  });
});

describe('Reader with a vocabulary', () => {
  function withStudy(known: string[] = [], vocabulary: string[] = []) {
    const study = {
      known: new Set(known),
      vocabulary: new Set(vocabulary),
      addWord: vi.fn(async () => {}),
      setKnown: vi.fn(async () => {}),
    };
    const view = render(
      <Reader
        state={{ status: 'ready', article }}
        services={services}
        settings={{ ...DEFAULT_SETTINGS, pinyin: 'unknown' }}
        onSettingsChange={() => {}}
        onClose={() => {}}
        study={study}
      />,
    );
    return { ...view, study };
  }

  it('adds a word with its reading, the (editable) definition and the sentence it was met in', async () => {
    const { container, findByRole, study } = withStudy();
    fireEvent.click([...container.querySelectorAll<HTMLElement>('ruby')].find((r) => r.dataset.w === '证书')!);
    const card = await findByRole('dialog', { name: 'Word card: 证书' });
    const textarea = await waitFor(() => {
      const el = card.querySelector('textarea');
      expect(el?.value).toMatch(/certificate/i);
      return el!;
    });
    fireEvent.input(textarea, { target: { value: 'certificate (of a skill level)' } });
    fireEvent.click([...card.querySelectorAll('button')].find((b) => b.textContent === 'Add to vocabulary')!);
    expect(study.addWord).toHaveBeenCalledWith({
      word: '证书',
      pinyin: 'zhèng shū',
      definition: 'certificate (of a skill level)',
      sentence:
        '同时，北京探索实施“一岗双认”评价模式，即同一岗位，劳动者可以获得新职业技能等级证书，也可以同时获得企业岗位认证证书。',
    });
  });

  it('marks a word known from the card, and hides pinyin only over known words in that mode', async () => {
    const { container, findByRole, study } = withStudy(['劳动者']);
    const known = [...container.querySelectorAll<HTMLElement>('ruby')].filter((r) => r.dataset.w === '劳动者');
    expect(known.length).toBeGreaterThan(0);
    for (const r of known) expect(r.classList.contains('known')).toBe(true);
    expect(
      [...container.querySelectorAll<HTMLElement>('ruby')]
        .find((r) => r.dataset.w === '证书')!
        .classList.contains('known'),
    ).toBe(false);
    expect(container.querySelector('[role="dialog"]')!.classList.contains('pinyin-unknown')).toBe(true);
    fireEvent.click([...container.querySelectorAll<HTMLElement>('ruby')].find((r) => r.dataset.w === '证书')!);
    const card = await findByRole('dialog', { name: 'Word card: 证书' });
    fireEvent.click(await within(card).findByLabelText('I know this word'));
    expect(study.setKnown).toHaveBeenCalledWith('证书', true);
  });

  it('adds a glossary term from its tooltip, with its English and gloss', async () => {
    const { container, findByRole, study } = withStudy();
    const term = [...container.querySelectorAll<HTMLElement>('.term')].find(
      (t) => services.term(t.dataset.term!)?.headword === '两个维护',
    )!;
    fireEvent.focusIn(term);
    const tip = await findByRole('tooltip');
    fireEvent.click(within(tip).getByText('Add term to vocabulary'));
    const entry = services.term(term.dataset.term!)!;
    expect(study.addWord).toHaveBeenCalledWith({
      word: '两个维护',
      pinyin: entry.pinyin,
      definition: `${entry.en} — ${entry.gloss}`,
      sentence: SENTENCES.wuzhong,
      termId: entry.id,
    });
  });
});

describe('SettingsPanel', () => {
  it('changes font size in steps within bounds', () => {
    const onChange = vi.fn();
    const { getByRole, rerender } = render(
      <SettingsPanel settings={{ ...DEFAULT_SETTINGS, fontSize: 20 }} onChange={onChange} />,
    );
    fireEvent.click(getByRole('button', { name: 'Font size: Larger' }));
    expect(onChange).toHaveBeenLastCalledWith({ fontSize: 22 });
    rerender(<SettingsPanel settings={{ ...DEFAULT_SETTINGS, fontSize: 32 }} onChange={onChange} />);
    fireEvent.click(getByRole('button', { name: 'Font size: Larger' }));
    expect(onChange).toHaveBeenLastCalledWith({ fontSize: 32 });
  });

  it('reports theme, pinyin and tone choices', () => {
    const onChange = vi.fn();
    const { getByLabelText } = render(<SettingsPanel settings={DEFAULT_SETTINGS} onChange={onChange} />);
    const themeSelect = getByLabelText('Theme') as HTMLSelectElement;
    fireEvent.change(themeSelect, { target: { value: 'dark' } });
    expect(onChange).toHaveBeenLastCalledWith({ theme: 'dark' });
    fireEvent.change(getByLabelText('Pinyin'), { target: { value: 'off' } });
    expect(onChange).toHaveBeenLastCalledWith({ pinyin: 'off' });
    fireEvent.change(getByLabelText('Tone colours'), { target: { value: 'pleco' } });
    expect(onChange).toHaveBeenLastCalledWith({ toneColors: 'pleco' });
    fireEvent.click(getByLabelText('Show tone changes of 一 and 不'));
    expect(onChange).toHaveBeenLastCalledWith({ sandhi: true });
  });
});
