/**
 * The study side of the vocabulary: adding a word (from the reader's word card or a glossary
 * tooltip) with its cards and its article, editing a definition, deleting a word with its cards
 * and history.
 */
import type { LibraryDb } from '../db/database';
import type { ArticleInput, VocabularyEntry } from '../db/records';
import { addWord as libraryAddWord, findSaved, saveArticle, type NewWord } from '../library/api';
import { guard } from '../library/errors';
import { ensureCards } from './cards';
import { DIRECTIONS } from './types';
import { cardId } from './cards';

export interface AddStudyWord extends Omit<NewWord, 'articleUrl'> {
  /** The saved article's URL (when the article is already known to be saved). */
  articleUrl?: string;
  /** The article it was met in: saved along if not saved yet. */
  article?: ArticleInput;
}

export interface AddedWord {
  entry: VocabularyEntry;
  /** False when the word was already in the vocabulary (merged). */
  created: boolean;
  /** Whether the article was saved by this call. */
  articleSaved: boolean;
}

/** Trims and drops empty optional fields. */
function clean(word: AddStudyWord): Omit<AddStudyWord, 'article'> {
  const out: Omit<AddStudyWord, 'article'> = {
    word: word.word.trim(),
    pinyin: (word.pinyin ?? '').trim(),
    definition: (word.definition ?? '').trim(),
    sentence: (word.sentence ?? '').trim(),
  };
  if (word.articleUrl) out.articleUrl = word.articleUrl;
  if (word.termId) out.termId = word.termId;
  return out;
}

/**
 * Adds a word for study: saves the article first when given and not saved, merges with an existing
 * entry (contexts united), marks it not known (the learner asked to study it) and creates its two
 * cards.
 */
export async function addStudyWord(db: LibraryDb, input: AddStudyWord, now = Date.now()): Promise<AddedWord> {
  const word = clean(input);
  if (!word.word) throw new Error('no word to add');
  let articleSaved = false;
  if (input.article) {
    const page = input.article;
    const saved = await findSaved(db, { url: page.url, date: page.date, title: page.title, family: page.family });
    if (saved) word.articleUrl = saved.url;
    else {
      const outcome = await saveArticle(db, page, now);
      word.articleUrl = outcome.article.url;
      articleSaved = outcome.created;
    }
  }
  const existed = (await guard(() => db.vocabulary.get(word.word))) !== undefined;
  let entry = await libraryAddWord(db, word, now);
  entry = await guard(() =>
    db.transaction('rw', db.vocabulary, db.cards, async () => {
      const current = (await db.vocabulary.get(entry.word)) ?? entry;
      // A word imported as known has no pinyin or sentence yet: the new add fills them.
      const filled: VocabularyEntry = { ...current, known: false };
      if (!filled.pinyin && word.pinyin) filled.pinyin = word.pinyin;
      if (!filled.definition && word.definition) filled.definition = word.definition;
      if (!filled.sentence && word.sentence) {
        filled.sentence = word.sentence;
        filled.contexts = filled.contexts.filter((c) => c.sentence !== word.sentence);
        if (word.articleUrl) filled.articleUrl = word.articleUrl;
      }
      await db.vocabulary.put(filled);
      await ensureCards(db, filled.word, now);
      return filled;
    }),
  );
  return { entry, created: !existed, articleSaved };
}

/** Edits the definition (and optionally the pinyin) of a word. */
export async function updateWord(
  db: LibraryDb,
  word: string,
  patch: { definition?: string; pinyin?: string },
  now = Date.now(),
): Promise<VocabularyEntry | undefined> {
  return guard(() =>
    db.transaction('rw', db.vocabulary, async () => {
      const entry = await db.vocabulary.get(word);
      if (!entry) return undefined;
      const next: VocabularyEntry = { ...entry, updatedAt: now };
      if (patch.definition !== undefined) next.definition = patch.definition.trim();
      if (patch.pinyin !== undefined) next.pinyin = patch.pinyin.trim();
      await db.vocabulary.put(next);
      return next;
    }),
  );
}

/** Deletes a word with its cards and their review history. */
export async function deleteWord(db: LibraryDb, word: string): Promise<void> {
  await guard(() =>
    db.transaction('rw', db.vocabulary, db.cards, db.reviewLog, async () => {
      await db.vocabulary.delete(word);
      for (const direction of DIRECTIONS) {
        const id = cardId(word, direction);
        await db.cards.delete(id);
        await db.reviewLog.where('[cardId+time]').between([id, -Infinity], [id, Infinity]).delete();
      }
    }),
  );
}
