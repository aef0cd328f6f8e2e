// @vitest-environment happy-dom
/**
 * The word card's shape: a header, a body that takes what arrives late (the lookup, character
 * facts) and the study actions under it, there from the moment the card opens.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { WordCard } from '@/components/reader/WordCard';
import type { ReaderLookup, ReaderServices } from '@/components/reader/model';
import type { CharInfo } from '@/utils/text/char-info';
import { DEFAULT_SETTINGS } from '@/utils/reader/settings';
import { realReader } from './reader-helpers';

afterEach(cleanup);

let services: ReaderServices;
beforeAll(async () => {
  services = (await realReader()).services;
}, 120_000);

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the word card as a sheet', () => {
  it('shows Add and the known switch at once, below the body; the lookup and character facts fill the body only', async () => {
    const lookup = deferred<ReaderLookup>();
    const facts = deferred<CharInfo | null>();
    const study = {
      known: new Set<string>(),
      vocabulary: new Set<string>(),
      addWord: vi.fn(async () => {}),
      setKnown: vi.fn(async () => {}),
    };
    const slow: ReaderServices = {
      ...services,
      lookup: () => lookup.promise,
      charInfo: () => facts.promise,
    };
    const display = { toneStyle: DEFAULT_SETTINGS.toneStyle, sandhi: DEFAULT_SETTINGS.sandhi, toneColors: false };
    const { container } = render(
      <WordCard
        word="证书"
        sentence="劳动者可以获得证书。"
        services={slow}
        display={display}
        study={study}
        onClose={() => {}}
      />,
    );
    const card = container.querySelector('.word-card')!;
    const actions = card.lastElementChild!;
    expect(actions.classList.contains('word-card-actions')).toBe(true);
    const add = actions.querySelector<HTMLButtonElement>('button')!;
    expect(add.textContent).toBe('Add to vocabulary');
    expect(add.disabled).toBe(true);
    expect(actions.querySelector('input[type="checkbox"]')).not.toBeNull();

    lookup.resolve(await services.lookup('证书'));
    await waitFor(() => expect(add.disabled).toBe(false));
    // The same button, still the card's last part; the definition to save is edited in the body.
    expect(card.lastElementChild).toBe(actions);
    expect(actions.querySelector('button')).toBe(add);
    const textarea = card.querySelector<HTMLTextAreaElement>('.word-card-body textarea')!;
    expect(textarea.value).toMatch(/certificate/i);

    facts.resolve({ components: [], strokes: 7, radical: { char: '讠', number: "149'", rest: 5 } });
    await waitFor(() => expect(card.querySelector('.word-card-body [data-testid="char-facts"]')).not.toBeNull());
    expect(card.lastElementChild).toBe(actions);

    fireEvent.input(textarea, { target: { value: 'certificate (of a skill level)' } });
    fireEvent.click(add);
    expect(study.addWord).toHaveBeenCalledWith({
      word: '证书',
      pinyin: 'zhèng shū',
      definition: 'certificate (of a skill level)',
      sentence: '劳动者可以获得证书。',
    });
  });
});
