import { describe, expect, it } from 'vitest';
import { freshDb } from '../library/helpers';
import { addStudyWord } from '../../utils/study/words';
import { reviewCard } from '../../utils/study/scheduler';
import { importKnown } from '../../utils/study/known';
import { studyStats } from '../../utils/study/stats';
import { studyDay } from '../../utils/study/day';
import { DAY, T0 } from './helpers';

describe('progress statistics', () => {
  it('counts words added and reviews per day, retention and glossary terms learned', async () => {
    const db = await freshDb();
    await addStudyWord(db, { word: '工匠', pinyin: '', definition: '', sentence: 's' }, T0);
    await addStudyWord(
      db,
      { word: '工匠精神', pinyin: '', definition: '', sentence: 's', termId: 'craftsman-spirit' },
      T0,
    );
    await addStudyWord(
      db,
      { word: '两个维护', pinyin: '', definition: '', sentence: 's', termId: 'two-upholds' },
      T0 + DAY,
    );
    await importKnown(db, ['我们'], T0); // marked known: not an added word
    for (const d of ['recognize', 'recall']) await reviewCard(db, `工匠精神|${d}`, 4, T0 + 10);
    await reviewCard(db, '工匠|recognize', 4, T0 + 20);
    // Two reviews of review-phase cards a week later: one passed, one lapsed.
    await reviewCard(db, '工匠精神|recognize', 3, T0 + 20 * DAY);
    await reviewCard(db, '工匠|recognize', 1, T0 + 20 * DAY);

    const stats = await studyStats(db, T0 + 20 * DAY, 30);
    expect(stats.days).toHaveLength(30);
    expect(stats.days.at(-1)!.day).toBe(studyDay(T0 + 20 * DAY));
    const day = (t: number) => stats.days.find((d) => d.day === studyDay(t))!;
    expect(day(T0)).toMatchObject({ added: 2, reviewed: 3 });
    expect(day(T0 + DAY)).toMatchObject({ added: 1, reviewed: 0 });
    expect(day(T0 + 20 * DAY)).toMatchObject({ reviewed: 2, matureReviews: 2, passed: 1 });
    expect(stats.retention).toBe(0.5);
    expect(stats.terms).toEqual({ added: 2, learned: 1 });
    expect(stats.totals).toMatchObject({ words: 4, known: 1, studying: 3, reviews: 5 });
  });
});
