// @vitest-environment happy-dom
/**
 * Touch in the reader and on the review page, in happy-dom with the real dictionary and glossary:
 * swipe classification, tap versus mouse on glossary terms, tap beside the words, swipe a word card
 * down, long press, the selection hook, and the viewport the reader gives a desktop page on a phone.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { Reader } from '@/components/reader/Reader';
import { wordsInRange, type WordSelection } from '@/components/reader/selection';
import { LONG_PRESS_MS, SWIPE_MIN, swipeDirection } from '@/components/touch';
import { fitViewport } from '@/entrypoints/reader.content/viewport';
import { DEFAULT_SETTINGS } from '@/utils/reader/settings';
import type { ReaderArticle, ReaderServices } from '@/components/reader/model';
import { articleOf, realReader, SENTENCES } from '../reader/reader-helpers';

afterEach(cleanup);

let services: ReaderServices;
let article: ReaderArticle;
beforeAll(async () => {
  const reader = await realReader();
  services = reader.services;
  article = articleOf(reader.annotate, [SENTENCES.yigang, SENTENCES.wuzhong]);
});

function show(onSelectWords?: (s: WordSelection | null) => void) {
  return render(
    <Reader
      state={{ status: 'ready', article }}
      services={services}
      settings={DEFAULT_SETTINGS}
      onSettingsChange={vi.fn()}
      onClose={vi.fn()}
      onSelectWords={onSelectWords}
    />,
  );
}

const ruby = (root: ParentNode, word: string) =>
  [...root.querySelectorAll<HTMLElement>('ruby')].find((r) => r.dataset.w === word)!;
const termOf = (root: ParentNode, id: string) => root.querySelector<HTMLElement>(`.term[data-term="${id}"]`)!;

/** A tap as a touch screen delivers it: pointerdown (touch), focus, click. */
function tap(el: HTMLElement) {
  fireEvent.pointerDown(el, { pointerType: 'touch', bubbles: true });
  fireEvent.pointerOver(el, { pointerType: 'touch', bubbles: true });
  const focusable = el.closest<HTMLElement>('[tabindex]');
  if (focusable) fireEvent.focusIn(focusable);
  fireEvent.click(el);
}

function touch(el: Element, type: 'touchStart' | 'touchEnd', x: number, y: number) {
  const point = { clientX: x, clientY: y, identifier: 0, target: el };
  fireEvent[type](el, {
    touches: type === 'touchStart' ? [point] : [],
    changedTouches: [point],
    bubbles: true,
  });
}

describe('swipeDirection', () => {
  it('names clear swipes and refuses short or diagonal ones', () => {
    expect(swipeDirection(SWIPE_MIN, 0)).toBe('right');
    expect(swipeDirection(-120, 20)).toBe('left');
    expect(swipeDirection(10, 90)).toBe('down');
    expect(swipeDirection(0, -80)).toBe('up');
    expect(swipeDirection(SWIPE_MIN - 1, 0)).toBeNull();
    expect(swipeDirection(80, 70)).toBeNull();
  });
});

describe('reader by touch', () => {
  it('a first tap on a glossary term shows its tooltip only; a tap on its word then opens the card', async () => {
    const { container } = show();
    const term = termOf(container, 'one-post-two-certificates');
    expect(term).not.toBeNull();
    tap(term.querySelector('ruby')!);
    await waitFor(() => expect(container.querySelector('[role="tooltip"]')?.textContent).toContain('一岗双认'));
    expect(container.querySelector('.word-card')).toBeNull();
    tap(term.querySelector('ruby')!);
    await waitFor(() => expect(container.querySelector('.word-card')).not.toBeNull());
    expect(container.querySelector('[role="tooltip"]')).toBeNull();
  });

  it('a mouse click on a term opens both (hover already showed the tooltip), as on a desktop', async () => {
    const { container } = show();
    const word = termOf(container, 'one-post-two-certificates').querySelector('ruby')!;
    fireEvent.pointerDown(word, { pointerType: 'mouse', bubbles: true });
    fireEvent.click(word);
    await waitFor(() => expect(container.querySelector('.word-card')).not.toBeNull());
    expect(container.querySelector('[role="tooltip"]')).not.toBeNull();
  });

  it('ignores the emulated hover of a touch, and shows the tooltip on a mouse hover', () => {
    const { container } = show();
    const term = termOf(container, 'one-post-two-certificates');
    fireEvent.pointerOver(term, { pointerType: 'touch', bubbles: true });
    expect(container.querySelector('[role="tooltip"]')).toBeNull();
    fireEvent.pointerOver(term, { pointerType: 'mouse', bubbles: true });
    expect(container.querySelector('[role="tooltip"]')).not.toBeNull();
  });

  it('a tap beside the words closes the word card; so does a swipe down on it, not a swipe up', async () => {
    const { container } = show();
    tap(ruby(container, '劳动者'));
    await waitFor(() => expect(container.querySelector('.word-card')).not.toBeNull());
    tap(container.querySelector<HTMLElement>('article h1')!);
    await waitFor(() => expect(container.querySelector('.word-card')).toBeNull());

    tap(ruby(container, '劳动者'));
    const card = await waitFor(() => container.querySelector('.word-card')!);
    touch(card, 'touchStart', 100, 300);
    touch(card, 'touchEnd', 100, 200);
    expect(container.querySelector('.word-card')).not.toBeNull();
    touch(card, 'touchStart', 100, 300);
    touch(card, 'touchEnd', 105, 300 + SWIPE_MIN + 20);
    await waitFor(() => expect(container.querySelector('.word-card')).toBeNull());
  });

  it('a long press opens no card (it selects); a tap does', async () => {
    const { container } = show();
    const word = ruby(container, '劳动者');
    /** A touch that rests `ms` by the events' own time stamps. */
    const press = (ms: number) => {
      for (const [type, time] of [
        ['touchstart', 1000],
        ['touchend', 1000 + ms],
      ] as const) {
        const point = { clientX: 50, clientY: 50, identifier: 0, target: word };
        const event = new Event(type, { bubbles: true });
        Object.assign(event, { touches: type === 'touchstart' ? [point] : [], changedTouches: [point] });
        Object.defineProperty(event, 'timeStamp', { value: time });
        word.dispatchEvent(event);
      }
      tap(word);
    };
    press(LONG_PRESS_MS + 100);
    await new Promise((r) => setTimeout(r, 20));
    expect(container.querySelector('.word-card')).toBeNull();
    press(120);
    await waitFor(() => expect(container.querySelector('.word-card')).not.toBeNull());
  });

  it('hands the words a selection covers to onSelectWords, and null when it covers none', async () => {
    const seen: (WordSelection | null)[] = [];
    const { container } = show((s) => seen.push(s));
    const from = ruby(container, '劳动者');
    const to = ruby(container, '可以');
    const range = document.createRange();
    range.setStart(from.firstChild!, 0);
    range.setEnd(to.firstChild!, 1);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    await waitFor(() => expect(seen.length).toBe(1));
    expect(seen[0]?.words).toEqual(['劳动者', '可以']);
    expect(seen[0]?.text).toBe('劳动者可以');
    document.getSelection()!.removeAllRanges();
    document.dispatchEvent(new Event('selectionchange'));
    await waitFor(() => expect(seen.length).toBe(2));
    expect(seen[1]).toBeNull();
  });
});

describe('wordsInRange', () => {
  it('takes whole tokens of one paragraph, without their pinyin, and refuses a range over two', () => {
    const { container } = show();
    const paragraphs = container.querySelectorAll('.text p');
    const inside = document.createRange();
    const word = ruby(container, '劳动者');
    inside.setStart(word.firstChild!, 1);
    inside.setEnd(word.firstChild!, 2);
    expect(wordsInRange(inside)).toMatchObject({ words: ['劳动者'], text: '劳动者' });
    const across = document.createRange();
    across.setStart(paragraphs[0].firstChild!, 0);
    across.setEnd(paragraphs[1].lastChild!, 0);
    expect(wordsInRange(across)).toBeNull();
  });
});

describe('fitViewport', () => {
  it('gives a page without a viewport a device-width one while the reader is open, and takes it away', () => {
    document.head.innerHTML = '';
    const restore = fitViewport(document);
    expect(document.querySelector<HTMLMetaElement>('meta[name="viewport"]')?.content).toBe(
      'width=device-width, initial-scale=1',
    );
    restore();
    expect(document.querySelector('meta[name="viewport"]')).toBeNull();
  });

  it('puts back a page’s own fixed-width viewport, and leaves a device-width one alone', () => {
    document.head.innerHTML = '<meta name="viewport" content="width=1000">';
    const restore = fitViewport(document);
    expect(document.querySelector<HTMLMetaElement>('meta[name="viewport"]')!.content).toMatch(/device-width/);
    restore();
    expect(document.querySelector<HTMLMetaElement>('meta[name="viewport"]')!.content).toBe('width=1000');
    document.head.innerHTML = '<meta name="viewport" content="width=device-width">';
    fitViewport(document)();
    expect(document.querySelector<HTMLMetaElement>('meta[name="viewport"]')!.content).toBe('width=device-width');
  });
});
