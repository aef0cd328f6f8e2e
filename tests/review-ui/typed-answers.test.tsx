// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { freshDb } from '../library/helpers';
import { ReviewApp } from '../../components/review/ReviewApp';
import type { StudyServices } from '../../components/review/services';
import { DEFAULT_STUDY_SETTINGS, normalizeStudySettings, type StudySettings } from '../../utils/study/settings';
import { addStudyWord } from '../../utils/study/words';
import { T0 } from '../study/helpers';

afterEach(cleanup);

async function setup() {
  const db = await freshDb();
  await addStudyWord(
    db,
    { word: '工匠', pinyin: 'gōng jiàng', definition: 'craftsman', sentence: '从工人到工匠，他用了二十年。' },
    T0,
  );
  let settings: StudySettings = { ...DEFAULT_STUDY_SETTINGS, answerBy: 'typing' };
  const services: StudyServices = {
    db,
    now: () => T0 + 60_000,
    getSettings: async () => settings,
    saveSettings: async (patch) => (settings = { ...settings, ...patch }),
    download: () => undefined,
  };
  location.hash = '';
  render(<ReviewApp services={services} />);
  return { db, settings: () => settings };
}

async function type(text: string) {
  const input = await screen.findByTestId('typed-answer');
  fireEvent.input(input, { target: { value: text } });
  fireEvent.submit(input.closest('form')!);
  return screen.findByTestId('verdict');
}

describe('typed answers', () => {
  it('is a stored choice; older settings answer by self-grading', () => {
    expect(normalizeStudySettings({ newPerDay: 5 }).answerBy).toBe('self');
    expect(normalizeStudySettings({ answerBy: 'typing' }).answerBy).toBe('typing');
  });

  it('grades typed pinyin from the answer into FSRS: right is Good', async () => {
    const { db } = await setup();
    expect((await screen.findByTestId('front-word')).textContent).toBe('工匠');
    const verdict = await type('gong1 jiang4');
    expect(verdict.dataset.verdict).toBe('right');
    expect(verdict.textContent).toContain('Good');
    await waitFor(async () => expect((await db.reviewLog.toArray()).map((l) => l.rating)).toEqual([3]));
    expect((await db.cards.get('工匠|recognize'))?.reps).toBe(1);
    fireEvent.click(screen.getByTestId('next'));
    // The recall card next: write the hanzi for the meaning, the word blanked in the sentence.
    await waitFor(() => expect(screen.getByTestId('card').dataset.card).toBe('工匠|recall'));
    expect(screen.getByTestId('card').textContent).toContain('craftsman');
    expect(screen.getByTestId('card').querySelector('.blank')).not.toBeNull();
    expect(screen.getByTestId('typed-answer').getAttribute('lang')).toBe('zh-CN');
    const hanzi = await type('工人');
    expect(hanzi.dataset.verdict).toBe('wrong');
    await waitFor(async () => expect((await db.reviewLog.toArray()).map((l) => l.rating)).toEqual([3, 1]));
  });

  it('grades wrong tones Again and offers the tone drill for the word, which grades it again', async () => {
    const { db } = await setup();
    const verdict = await type('gong1 jiang3');
    expect(verdict.dataset.verdict).toBe('tones');
    expect(verdict.textContent).toContain('Again');
    await waitFor(async () => expect((await db.vocabulary.get('工匠'))?.toneMisses).toBe(1));
    fireEvent.click(screen.getByTestId('next'));
    const drill = await screen.findByTestId('tone-drill', {}, { timeout: 3000 });
    expect(drill.textContent).toContain('1 words');
    fireEvent.click(drill);
    const card = await screen.findByTestId('tone-card');
    expect(card.textContent).toContain('gong jiang');
    const right = await type('14');
    expect(right.dataset.verdict).toBe('right');
    await waitFor(async () => expect((await db.vocabulary.get('工匠'))?.toneMisses).toBe(0));
    await waitFor(async () =>
      expect((await db.reviewLog.where('cardId').equals('工匠|recognize').toArray()).map((l) => l.rating)).toEqual([
        1, 3,
      ]),
    );
  });

  it('accepts toneless pinyin as Hard, with a note', async () => {
    const { db } = await setup();
    const verdict = await type('gong jiang');
    expect(verdict.dataset.verdict).toBe('toneless');
    expect(verdict.textContent).toMatch(/no tones/i);
    await waitFor(async () => expect((await db.reviewLog.toArray()).map((l) => l.rating)).toEqual([2]));
  });
});
