/**
 * The one formatter of a vocabulary word for every export (Anki TSV, CSV, AnkiConnect notes): its
 * hanzi, pinyin, meaning, sentence, the sentence's pinyin, source, date, paper page and the
 * glossary's official English, as plain text or as HTML where each pinyin syllable sits in a span
 * of its tone (`tone1`…`tone5`, the convention of the Chinese Support add-ons for Anki).
 */
import type { StoredArticle, VocabularyEntry } from '../db/records';
import type { TextEngine } from '../text';
import { marksToNumbered, splitTone } from '../text/tone';
import { getEntry } from '../glossary';
import type { EffectiveOverrides } from '../overrides/model';
import { overrideAdjuster } from '../overrides/adjust';

/** What an export can carry for a word. */
export const NOTE_SOURCES = [
  'hanzi',
  'pinyin',
  'meaning',
  'sentence',
  'sentencePinyin',
  'source',
  'date',
  'page',
  'glossaryEnglish',
] as const;
export type NoteSource = (typeof NOTE_SOURCES)[number];
export type NoteValues = Record<NoteSource, string>;

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

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
 * The pinyin of a sentence, word by word (a word's syllables joined, words apart, punctuation kept,
 * tone marks); with `html`, each syllable in its tone span; words cut as the learner's overrides say.
 */
export function sentencePinyin(
  engine: TextEngine,
  sentence: string,
  html = false,
  overrides?: EffectiveOverrides,
): string {
  const out: string[] = [];
  // Opening brackets and quotes go with the word after them, other punctuation with the word before.
  let opening = '';
  const push = (text: string) => {
    out.push(opening + text);
    opening = '';
  };
  for (const token of engine.annotate(sentence, { tones: 'marks', adjust: overrideAdjuster(engine, overrides) })
    .tokens) {
    if (token.pinyin) {
      const syllables = token.pinyin.split(' ');
      push(html ? syllables.map(toneHtml).join('') : syllables.join(''));
    } else if (token.text.trim()) {
      const text = html ? escapeHtml(token.text) : token.text;
      if (/^[\p{Ps}\p{Pi}]+$/u.test(token.text)) opening += text;
      else if (out.length && !opening && /^\p{P}+$/u.test(token.text)) out[out.length - 1] += text;
      else push(text);
    }
  }
  if (opening) out.push(opening);
  return out.join(' ');
}

/** The same with each syllable of each word in a tone span. */
export const sentencePinyinHtml = (engine: TextEngine, sentence: string, overrides?: EffectiveOverrides) =>
  sentencePinyin(engine, sentence, true, overrides);

export interface FormatOptions {
  /** HTML (tone spans, the word in bold in its sentence, the source as a link) or plain text. */
  html: boolean;
  /** Reads the sentence; without it the sentence's pinyin stays empty. */
  engine?: TextEngine;
  /** The learner's overrides for the word's article (the sentence's pinyin follows them). */
  overrides?: EffectiveOverrides;
}

/** Every value of a word, formatted once for whichever export asks. */
export function formatEntry(
  entry: VocabularyEntry,
  article: StoredArticle | undefined,
  { html, engine, overrides }: FormatOptions,
): NoteValues {
  const url = article?.url ?? entry.articleUrl ?? '';
  const title = article?.title ?? '';
  const edition = article?.edition;
  const page = edition
    ? `第${String(edition.page).padStart(2, '0')}版${edition.pageName ? `：${edition.pageName}` : ''}`
    : '';
  const glossaryEnglish = entry.termId ? (getEntry(entry.termId)?.renderings[0]?.en ?? '') : '';
  const reading = engine && entry.sentence ? sentencePinyin(engine, entry.sentence, html, overrides) : '';
  if (!html) {
    return {
      hanzi: entry.word,
      pinyin: entry.pinyin,
      meaning: entry.definition,
      sentence: entry.sentence,
      sentencePinyin: reading,
      source: url,
      date: article?.date ?? '',
      page,
      glossaryEnglish,
    };
  }
  const word = escapeHtml(entry.word);
  return {
    hanzi: word,
    pinyin: toneHtml(entry.pinyin),
    meaning: escapeHtml(entry.definition),
    sentence: entry.word ? escapeHtml(entry.sentence).replaceAll(word, `<b>${word}</b>`) : escapeHtml(entry.sentence),
    sentencePinyin: reading,
    source: url ? `<a href="${escapeHtml(url).replace(/"/g, '&quot;')}">${escapeHtml(title || url)}</a>` : '',
    date: article?.date ?? '',
    page: escapeHtml(page),
    glossaryEnglish: escapeHtml(glossaryEnglish),
  };
}
