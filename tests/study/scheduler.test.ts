import { describe, expect, it } from 'vitest';
import { freshDb } from '../library/helpers';
import { addStudyWord } from '../../utils/study/words';
import { grade, preview, recompute, replay, reviewCard } from '../../utils/study/scheduler';
import { asStudyCard, newCard } from '../../utils/study/cards';
import type { Rating, StudyCard } from '../../utils/study/types';
import { DAY, T0, seeded } from './helpers';

/** Seeded answers: mostly good, some again, a few hard and easy. */
function answer(random: () => number): Rating {
  const x = random();
  return x < 0.15 ? 1 : x < 0.22 ? 2 : x < 0.92 ? 3 : 4;
}

interface Step {
  card: string;
  phase: StudyCard['phase'];
  rating: Rating;
  /** ms from the previous review to the due time it set (0 for a new card). */
  intervalBefore: number;
  /** ms from this review to the next due time. */
  intervalAfter: number;
  stabilityBefore: number;
  stabilityAfter: number;
}

/** Reviews every due card, at a seeded delay after it is due, until a month has passed. */
async function simulateMonth(seed: number) {
  const db = await freshDb();
  const random = seeded(seed);
  const words = ['工匠', '工人', '劳模', '精神', '交流', '成长', '技能', '岗位'];
  for (const [i, w] of words.entries())
    await addStudyWord(db, { word: w, pinyin: '', definition: w, sentence: w }, T0 + i);
  const end = T0 + 30 * DAY;
  const steps: Step[] = [];
  for (;;) {
    const next = (await db.cards.orderBy('due').first())!;
    const time = Math.max(next.due, T0) + Math.floor(random() * 3 * 3_600_000);
    if (time > end) break;
    const before = asStudyCard(next);
    const rating = answer(random);
    const after = await reviewCard(db, before.id, rating, time);
    steps.push({
      card: before.id,
      phase: before.phase,
      rating,
      intervalBefore: before.lastReview === undefined ? 0 : before.due - before.lastReview,
      intervalAfter: after.due - time,
      stabilityBefore: before.stability,
      stabilityAfter: after.stability,
    });
  }
  return { db, steps };
}

describe('FSRS scheduling over a simulated month', () => {
  it('intervals grow after good answers and shrink after lapses; recomputing from the log reproduces every card', async () => {
    for (const seed of [1, 2, 3]) {
      const { db, steps } = await simulateMonth(seed);
      expect(steps.length).toBeGreaterThan(60);

      const goods = steps.filter((s) => s.rating === 3);
      // Whole days round small gains away now and then (3 d → 3 d), so: never shorter, nearly
      // always longer, and the memory's stability always grows.
      for (const s of goods) {
        expect(s.intervalAfter, `${s.card} good in ${s.phase}`).toBeGreaterThanOrEqual(s.intervalBefore);
        if (s.phase === 'review') expect(s.stabilityAfter).toBeGreaterThan(s.stabilityBefore);
      }
      const longer = goods.filter((s) => s.intervalAfter > s.intervalBefore).length;
      expect(longer / goods.length).toBeGreaterThan(0.9);
      const lapses = steps.filter((s) => s.rating === 1 && s.phase === 'review');
      expect(lapses.length).toBeGreaterThan(0);
      for (const s of lapses) {
        expect(s.intervalAfter, `${s.card} lapse`).toBeLessThan(s.intervalBefore);
        expect(s.stabilityAfter).toBeLessThan(s.stabilityBefore);
      }

      // Cards answered well all month end with intervals of weeks.
      const cards = (await db.cards.toArray()).map(asStudyCard);
      const longest = Math.max(...cards.map((c) => c.due - (c.lastReview ?? c.due)));
      expect(longest).toBeGreaterThan(14 * DAY);
      expect(cards.some((c) => c.lapses > 0)).toBe(true);

      for (const card of cards) expect(await recompute(db, card.id)).toEqual(card);
      expect(await db.reviewLog.count()).toBe(steps.length);
    }
  });

  it('a run of good answers gives ever longer intervals; a lapse sends the card to relearning', () => {
    let card = newCard('工匠', 'recognize', T0);
    let time = T0;
    const intervals: number[] = [];
    for (let i = 0; i < 8; i++) {
      card = grade(card, 3, time).card;
      intervals.push(card.due - time);
      time = card.due;
    }
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]).toBeGreaterThan(intervals[i - 1]);
    expect(card.phase).toBe('review');
    const lapsed = grade(card, 1, time);
    expect(lapsed.card).toMatchObject({ phase: 'relearning', lapses: 1 });
    expect(lapsed.card.due - time).toBeLessThan(intervals.at(-1)!);
    expect(lapsed.log).toMatchObject({ cardId: '工匠|recognize', time, rating: 1, before: { phase: 'review' } });
  });

  it('replays a log in time order whatever order it is stored in', () => {
    const base = newCard('工人', 'recall', T0);
    const log = [
      { time: T0 + 600_000, rating: 3 as const },
      { time: T0, rating: 3 as const },
      { time: T0 + 3 * DAY, rating: 4 as const },
    ];
    let expected = base;
    for (const l of [...log].sort((a, b) => a.time - b.time)) expected = grade(expected, l.rating, l.time).card;
    expect(replay(base, log)).toEqual(expected);
  });

  it('previews the next due time of each grade in order again ≤ hard ≤ good ≤ easy', () => {
    const p = preview(newCard('工匠', 'recognize', T0), T0);
    expect(p[1]).toBeLessThanOrEqual(p[2]);
    expect(p[2]).toBeLessThanOrEqual(p[3]);
    expect(p[3]).toBeLessThan(p[4]);
  });

  it('keeps one log entry per card and millisecond', async () => {
    const db = await freshDb();
    await addStudyWord(db, { word: '工匠', pinyin: '', definition: '', sentence: 's' }, T0);
    await reviewCard(db, '工匠|recognize', 3, T0 + 5);
    await reviewCard(db, '工匠|recognize', 3, T0 + 5);
    expect((await db.reviewLog.toArray()).map((l) => l.time)).toEqual([T0 + 5, T0 + 6]);
    expect(await recompute(db, '工匠|recognize')).toEqual(asStudyCard((await db.cards.get('工匠|recognize'))!));
  });
});
