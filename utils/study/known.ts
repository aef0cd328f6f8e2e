/**
 * Known words: marked from the reader's word card, or imported as a list (pasted, one per line) or a
 * whole HSK level. A known word not in the vocabulary yet is stored as a vocabulary entry with
 * `known: true` and no sentence; it has no cards. The reader's "pinyin only for unknown words"
 * mode reads the known set.
 */
import type { LibraryDb } from '../db/database';
import type { VocabularyEntry } from '../db/records';
import { guard } from '../library/errors';

/** Pinyin and definition of a word, for filling entries created by an import. */
export type WordLookup = (word: string) => { pinyin: string; definition: string } | undefined;

function knownEntry(word: string, now: number, lookup?: WordLookup): VocabularyEntry {
  const info = lookup?.(word);
  return {
    word,
    pinyin: info?.pinyin ?? '',
    definition: info?.definition ?? '',
    sentence: '',
    contexts: [],
    addedAt: now,
    updatedAt: now,
    known: true,
  };
}

/** Whether an entry exists only because it was marked known (never added for study). */
export function isKnownOnly(entry: VocabularyEntry): boolean {
  return !entry.sentence && entry.contexts.length === 0 && !entry.termId;
}

/**
 * Marks a word known or not known. Marking unknown a word that was only ever marked known (never
 * added) removes it again, unless it has cards.
 */
export async function setKnown(
  db: LibraryDb,
  word: string,
  known: boolean,
  now = Date.now(),
  lookup?: WordLookup,
): Promise<void> {
  const w = word.trim();
  if (!w) return;
  await guard(() =>
    db.transaction('rw', db.vocabulary, db.cards, async () => {
      const entry = await db.vocabulary.get(w);
      if (!entry) {
        if (known) await db.vocabulary.put(knownEntry(w, now, lookup));
        return;
      }
      if (entry.known === known) return;
      const hasCards = (await db.cards.where('id').startsWith(`${w}|`).count()) > 0;
      if (!known && isKnownOnly(entry) && !hasCards) await db.vocabulary.delete(w);
      else await db.vocabulary.put({ ...entry, known, updatedAt: now });
    }),
  );
}

const HAN = /\p{Script=Han}/u;

/**
 * The words of a pasted list: one per line; only the first field of a line counts (so a list
 * exported from a flashcard app, `word<TAB>pinyin…`, works too); lines starting with # and lines
 * without a Chinese character are skipped; duplicates dropped, order kept.
 */
export function parseWordList(text: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const trimmed = line.replace(/^\uFEFF/, '').trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const first = trimmed.split(/[\t,;，；、\s]+/)[0];
    if (!first || !HAN.test(first) || seen.has(first)) continue;
    seen.add(first);
    words.push(first);
  }
  return words;
}

export interface KnownImport {
  /** New entries created as known. */
  added: number;
  /** Words already in the vocabulary, now marked known. */
  marked: number;
  /** Words already known. */
  already: number;
}

/** Marks every word of a list known, in one transaction. */
export async function importKnown(
  db: LibraryDb,
  words: readonly string[],
  now = Date.now(),
  lookup?: WordLookup,
): Promise<KnownImport> {
  const result: KnownImport = { added: 0, marked: 0, already: 0 };
  const unique = [...new Set(words.map((w) => w.trim()).filter(Boolean))];
  await guard(() =>
    db.transaction('rw', db.vocabulary, async () => {
      const existing = await db.vocabulary.bulkGet(unique);
      const puts: VocabularyEntry[] = [];
      unique.forEach((word, i) => {
        const entry = existing[i];
        if (!entry) {
          puts.push(knownEntry(word, now, lookup));
          result.added++;
        } else if (entry.known) result.already++;
        else {
          puts.push({ ...entry, known: true, updatedAt: now });
          result.marked++;
        }
      });
      await db.vocabulary.bulkPut(puts);
    }),
  );
  return result;
}

/** Every word marked known. */
export async function knownWords(db: LibraryDb): Promise<Set<string>> {
  return guard(async () => {
    const set = new Set<string>();
    await db.vocabulary.each((e) => {
      if (e.known) set.add(e.word);
    });
    return set;
  });
}

/** The reader's view: known words, and words being studied (in the vocabulary, not known). */
export async function wordStates(db: LibraryDb): Promise<{ known: string[]; vocabulary: string[] }> {
  return guard(async () => {
    const known: string[] = [];
    const vocabulary: string[] = [];
    await db.vocabulary.each((e) => (e.known ? known : vocabulary).push(e.word));
    return { known, vocabulary };
  });
}
