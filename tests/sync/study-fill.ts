/**
 * A learner's study data for the sync tests and the sync bench: `words` vocabulary entries (every
 * fifth known) with a recognition card each, and `reviews` reviews spread over those cards, one
 * day apart per round.
 */
import type { LibraryDb } from '../../utils/db/database';
import { cardId, newCard } from '../../utils/study/cards';

export async function fillStudy(db: LibraryDb, words: number, reviews: number, t0 = 1_700_000_000_000): Promise<void> {
  const list = Array.from({ length: words }, (_, i) => `词${i}`);
  await db.vocabulary.bulkPut(
    list.map((word, i) => ({
      word,
      pinyin: 'cí',
      definition: `definition ${i}`,
      sentence: `这是第${i}个句子。`,
      contexts: [],
      addedAt: t0 + i,
      updatedAt: t0 + i,
      known: i % 5 === 0,
    })),
  );
  await db.cards.bulkPut(list.map((w, i) => newCard(w, 'recognize', t0 + i)));
  const before = { phase: 'review' as const, due: t0, stability: 3, difficulty: 5, reps: 1, lapses: 0 };
  await db.reviewLog.bulkAdd(
    Array.from({ length: reviews }, (_, i) => ({
      cardId: cardId(list[i % words], 'recognize'),
      time: t0 + 86_400_000 * (1 + Math.floor(i / words)) + i,
      rating: (1 + (i % 4)) as 1 | 2 | 3 | 4,
      before,
    })),
  );
}
