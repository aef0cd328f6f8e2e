/**
 * Notes for Anki from the vocabulary: each word's values (hanzi, pinyin and the sentence's pinyin
 * as tone-classed HTML — `tone1`…`tone5`, the Chinese Support add-ons' convention —, meaning,
 * sentence, source, date, paper page, the glossary's official English), and sending them through
 * AnkiConnect with duplicates detected first.
 */
import type { StoredArticle, VocabularyEntry } from '../db/records';
import type { TextEngine } from '../text';
import { ankiQuote, noteOf, type AnkiConnect, type NoteSource, type NoteValues } from './anki-connect';
import type { EffectiveOverrides } from '../overrides/model';
import { formatEntry } from './note-format';

export { sentencePinyin, sentencePinyinHtml, toneHtml } from './note-format';

/** A note's values: the exports' formatter in HTML (tone spans, the word in bold, the source linked). */
export function noteValues(
  entry: VocabularyEntry,
  article: StoredArticle | undefined,
  engine?: TextEngine,
  /** The learner's overrides for the word's article (the sentence's pinyin follows them). */
  overrides?: EffectiveOverrides,
): NoteValues {
  return formatEntry(entry, article, { html: true, engine, overrides });
}

export interface AnkiTarget {
  deck: string;
  model: string;
  fieldMap: Record<string, NoteSource | ''>;
}

export interface SendResult {
  added: string[];
  /** Already in the deck (same first field). */
  duplicates: string[];
  failed: { word: string; error: string }[];
}

/**
 * Sends words as notes: `canAddNotes` says which are new; those it refuses are looked up with
 * `findNotes` on the note type's first field, so a duplicate is told apart from a note Anki
 * cannot take (e.g. an empty first field).
 */
export async function sendToAnki(
  client: AnkiConnect,
  target: AnkiTarget,
  items: { word: string; values: NoteValues; tags: string[] }[],
): Promise<SendResult> {
  const result: SendResult = { added: [], duplicates: [], failed: [] };
  if (items.length === 0) return result;
  const notes = items.map((item) => noteOf(item.values, target, item.tags));
  const addable = await client.canAddNotes(notes);
  // The note type's own first field (a stored map's key order is not kept by every browser's storage).
  let firstField: string | undefined;
  const first = async () =>
    (firstField ??= (await client.modelFieldNames(target.model))[0] ?? Object.keys(target.fieldMap)[0]);
  for (let i = 0; i < items.length; i++) {
    const { word } = items[i];
    if (!addable[i]) {
      const field = await first();
      const value = notes[i].fields[field] ?? '';
      const found = value
        ? await client.findNotes(`${ankiQuote(`deck:${target.deck}`)} ${ankiQuote(`${field}:${value}`)}`)
        : [];
      if (found.length > 0) result.duplicates.push(word);
      else result.failed.push({ word, error: value ? 'Anki cannot add this note' : `empty field ${field}` });
      continue;
    }
    try {
      await client.addNote(notes[i]);
      result.added.push(word);
    } catch (error) {
      result.failed.push({ word, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}
