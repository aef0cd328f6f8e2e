/**
 * Words whose tones the learner got wrong in typed answers: counted on the vocabulary entry, so the
 * tone drill can ask for them; a drill answered right takes one miss off.
 */
import type { LibraryDb } from '../db/database';
import type { VocabularyEntry } from '../db/records';
import { guard } from '../library/errors';

export async function noteTones(db: LibraryDb, word: string, right: boolean): Promise<void> {
  await guard(() =>
    db.transaction('rw', db.vocabulary, async () => {
      const entry = await db.vocabulary.get(word);
      if (!entry) return;
      const misses = Math.max(0, (entry.toneMisses ?? 0) + (right ? -1 : 1));
      if (misses !== (entry.toneMisses ?? 0)) await db.vocabulary.update(word, { toneMisses: misses });
    }),
  );
}

/** The words for the tone drill: most misses first. */
export async function toneDrillWords(db: LibraryDb): Promise<VocabularyEntry[]> {
  const all = await guard(() => db.vocabulary.filter((e) => (e.toneMisses ?? 0) > 0).toArray());
  return all.sort((a, b) => (b.toneMisses ?? 0) - (a.toneMisses ?? 0) || a.word.localeCompare(b.word));
}
