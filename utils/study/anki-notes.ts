/**
 * Notes for Anki from the vocabulary: each word's values (hanzi, pinyin and the sentence's pinyin
 * as tone-classed HTML — `tone1`…`tone5`, the Chinese Support add-ons' convention —, meaning,
 * sentence, source, date, paper page, the glossary's official English), and sending them through
 * AnkiConnect with duplicates detected first.
 */
import type { StoredArticle, VocabularyEntry } from '../db/records';
import type { TextEngine } from '../text';
import { marksToNumbered, splitTone } from '../text/tone';
import { getEntry } from '../glossary';
import { ankiQuote, noteOf, type AnkiConnect, type NoteSource, type NoteValues } from './anki-connect';
import { rowOf } from './export';
import type { EffectiveOverrides } from '../overrides/model';
import { overrideAdjuster } from '../overrides/adjust';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Pinyin in tone marks as HTML, each syllable in a span of its tone: "gōng jiàng" → two spans. */
export function toneHtml(pinyin: string): string {
  return pinyin
    .split(/(\s+)/)
    .map((part) => {
      if (!part.trim()) return part;
      // A word of several syllables written together ("gōngjiàng") stays one span per syllable only
      // when spaced; its tone is then the first marked syllable's.
      const tone = splitTone(marksToNumbered(part))[1];
      return /\p{L}/u.test(part) ? `<span class="tone${tone}">${escapeHtml(part)}</span>` : escapeHtml(part);
    })
    .join('');
}

/**
 * The pinyin of a sentence: syllables of a word joined, words apart, punctuation kept (tone marks);
 * words cut as the learner's overrides say.
 */
export function sentencePinyin(engine: TextEngine, sentence: string, overrides?: EffectiveOverrides): string {
  const words: string[] = [];
  const adjust = overrideAdjuster(engine, overrides);
  for (const token of engine.annotate(sentence, { tones: 'marks', adjust }).tokens) {
    if (token.pinyin) words.push(token.pinyin.split(' ').join(''));
    else if (token.text.trim()) {
      if (words.length && /^[\p{P}]+$/u.test(token.text)) words[words.length - 1] += token.text;
      else words.push(token.text);
    }
  }
  return words.join(' ');
}

/** The same with each syllable of each word in a tone span. */
export function sentencePinyinHtml(engine: TextEngine, sentence: string, overrides?: EffectiveOverrides): string {
  const out: string[] = [];
  const adjust = overrideAdjuster(engine, overrides);
  for (const token of engine.annotate(sentence, { tones: 'marks', adjust }).tokens) {
    if (token.pinyin) out.push(token.pinyin.split(' ').map(toneHtml).join(''));
    else if (token.text.trim()) {
      if (out.length && /^[\p{P}]+$/u.test(token.text)) out[out.length - 1] += escapeHtml(token.text);
      else out.push(escapeHtml(token.text));
    }
  }
  return out.join(' ');
}

export function noteValues(
  entry: VocabularyEntry,
  article: StoredArticle | undefined,
  engine?: TextEngine,
  /** The learner's overrides for the word's article (the sentence's pinyin follows them). */
  overrides?: EffectiveOverrides,
): NoteValues {
  const row = rowOf(entry, article);
  const edition = article?.edition;
  return {
    hanzi: escapeHtml(entry.word),
    pinyin: toneHtml(entry.pinyin),
    meaning: escapeHtml(entry.definition),
    sentence: escapeHtml(entry.sentence).replaceAll(escapeHtml(entry.word), `<b>${escapeHtml(entry.word)}</b>`),
    sentencePinyin: engine && entry.sentence ? sentencePinyinHtml(engine, entry.sentence, overrides) : '',
    source: row.articleUrl
      ? `<a href="${escapeHtml(row.articleUrl)}">${escapeHtml(row.articleTitle || row.articleUrl)}</a>`
      : '',
    date: article?.date ?? '',
    page: edition
      ? escapeHtml(`第${String(edition.page).padStart(2, '0')}版${edition.pageName ? `：${edition.pageName}` : ''}`)
      : '',
    glossaryEnglish: entry.termId ? escapeHtml(getEntry(entry.termId)?.renderings[0]?.en ?? '') : '',
  };
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
  const firstField = Object.keys(target.fieldMap)[0];
  for (let i = 0; i < items.length; i++) {
    const { word } = items[i];
    if (!addable[i]) {
      const value = notes[i].fields[firstField] ?? '';
      const found = value
        ? await client.findNotes(`${ankiQuote(`deck:${target.deck}`)} ${ankiQuote(`${firstField}:${value}`)}`)
        : [];
      if (found.length > 0) result.duplicates.push(word);
      else result.failed.push({ word, error: value ? 'Anki cannot add this note' : `empty field ${firstField}` });
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
