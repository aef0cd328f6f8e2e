/**
 * Vocabulary and settings snapshots: the minimal write paths the library needs (merging on add,
 * backup). Scheduling and review screens build on these tables.
 */
import type { LibraryDb } from '../db/database';
import type { SettingsSnapshot, VocabularyEntry } from '../db/records';
import { guard } from './errors';

export interface NewWord {
  word: string;
  pinyin: string;
  definition: string;
  sentence: string;
  articleUrl?: string;
  termId?: string;
}

/** Two entries for one word as one: contexts united, the later-changed entry's fields win. */
export function mergeVocabulary(a: VocabularyEntry, b: VocabularyEntry): VocabularyEntry {
  const [older, newer] = a.updatedAt <= b.updatedAt ? [a, b] : [b, a];
  const contexts = [...older.contexts, ...newer.contexts];
  const seen = new Set<string>([older.sentence]);
  const merged: VocabularyEntry = {
    ...older,
    ...newer,
    sentence: older.sentence,
    addedAt: Math.min(a.addedAt, b.addedAt),
    updatedAt: newer.updatedAt,
    contexts: [],
  };
  if (older.articleUrl) merged.articleUrl = older.articleUrl;
  for (const c of [{ sentence: newer.sentence, articleUrl: newer.articleUrl }, ...contexts]) {
    if (!c.sentence || seen.has(c.sentence)) continue;
    seen.add(c.sentence);
    merged.contexts.push(c.articleUrl ? { sentence: c.sentence, articleUrl: c.articleUrl } : { sentence: c.sentence });
  }
  return merged;
}

/** Adds a word; adding it again merges (the new sentence becomes a further context). */
export async function addWord(db: LibraryDb, word: NewWord, now = Date.now()): Promise<VocabularyEntry> {
  const entry: VocabularyEntry = { ...word, contexts: [], addedAt: now, updatedAt: now, known: false };
  return guard(() =>
    db.transaction('rw', db.vocabulary, async () => {
      const existing = await db.vocabulary.get(word.word);
      const result = existing ? mergeVocabulary(existing, entry) : entry;
      if (existing) result.known = existing.known;
      await db.vocabulary.put(result);
      return result;
    }),
  );
}

export async function saveSettingsSnapshot(
  db: LibraryDb,
  settings: Record<string, unknown>,
  version: number,
  now = Date.now(),
): Promise<number> {
  return guard(() => db.settings.add({ takenAt: now, version, settings }));
}

export async function latestSettingsSnapshot(db: LibraryDb): Promise<SettingsSnapshot | undefined> {
  return guard(() => db.settings.orderBy('takenAt').last());
}
