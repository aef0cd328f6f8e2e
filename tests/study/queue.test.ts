import { describe, expect, it } from 'vitest';
import { freshDb } from '../library/helpers';
import { addStudyWord } from '../../utils/study/words';
import { buildQueue } from '../../utils/study/queue';
import { reviewCard } from '../../utils/study/scheduler';
import { setKnown } from '../../utils/study/known';
import { DAY, T0 } from './helpers';

async function withWords(n: number) {
  const db = await freshDb();
  for (let i = 0; i < n; i++)
    await addStudyWord(
      db,
      { word: `词${String(i).padStart(2, '0')}`, pinyin: '', definition: `d${i}`, sentence: 's' },
      T0 + i,
    );
  return db;
}

describe("today's queue", () => {
  it('counts new cards within the daily limit, recognition before recall', async () => {
    const db = await withWords(3);
    const q = await buildQueue(db, T0 + 10, { newPerDay: 4, reviewsPerDay: 100 });
    expect(q.counts).toMatchObject({ new: 4, due: 0, learning: 0, review: 0, newWaiting: 2 });
    expect(q.items.map((i) => i.card.id)).toEqual([
      '词00|recognize',
      '词01|recognize',
      '词02|recognize',
      '词00|recall',
    ]);
    expect(q.items[0].entry.definition).toBe('d0');
  });

  it('a graded new card uses a slot of today and comes back as a learning card', async () => {
    const db = await withWords(1);
    const settings = { newPerDay: 20, reviewsPerDay: 100 };
    await reviewCard(db, '词00|recognize', 3, T0 + 100);
    const q = await buildQueue(db, T0 + 200, settings);
    expect(q.counts).toMatchObject({ new: 1, due: 0, later: 1, newToday: 1 });
    expect(q.counts.nextDue).toBeGreaterThan(T0 + 200);
    // Only the recall card is left now; the learning card is shown once due.
    expect(q.items.map((i) => i.card.id)).toEqual(['词00|recall']);
    const later = await buildQueue(db, T0 + 11 * 60_000, settings);
    expect(later.counts).toMatchObject({ learning: 1, due: 1, new: 1 });
    expect(later.items[0].card.id).toBe('词00|recognize');
  });

  it('shows review cards due today within the review limit, and leaves out known words', async () => {
    const db = await withWords(3);
    for (const w of ['词00', '词01', '词02'])
      for (const d of ['recognize', 'recall']) {
        await reviewCard(db, `${w}|${d}`, 4, T0 + 1000); // easy: straight to review
      }
    const inAWeek = T0 + 30 * DAY;
    const q = await buildQueue(db, inAWeek, { newPerDay: 20, reviewsPerDay: 4 });
    expect(q.counts).toMatchObject({ review: 4, due: 4, new: 0 });
    await setKnown(db, '词00', true, inAWeek);
    const q2 = await buildQueue(db, inAWeek, { newPerDay: 20, reviewsPerDay: 100 });
    expect(q2.counts.review).toBe(4);
    expect(q2.items.every((i) => i.card.word !== '词00')).toBe(true);
  });
});
