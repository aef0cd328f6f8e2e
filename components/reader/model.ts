/**
 * What the reader renders: an article's fields and its paragraphs as annotated tokens. Built once
 * per article by utils/reader/prepare.ts; display settings (pinyin mode, tone style, colours,
 * sandhi) only change how it is drawn, never the model.
 */
import type { CharInfo } from '@/utils/text/char-info';

export interface ReaderToken {
  text: string;
  /** Numbered pinyin (e.g. "zhong1"), one per Han character of `text`; empty for other tokens. */
  syllables: string[];
  /** The same with the tone changes of 一 and 不 applied, where they differ. */
  sandhi?: string[];
  /** The dictionary word to look up when the token is clicked; absent for punctuation, numbers … */
  word?: string;
  /** The glossary entry the token belongs to. */
  termId?: string;
  /** True on the first token of a glossary term occurrence. */
  termStart?: boolean;
}

export interface ReaderParagraph {
  tokens: ReaderToken[];
}

export interface ReaderLink {
  title: string;
  url: string;
}

export interface ReaderEdition {
  /** e.g. "工人日报 · 2021-09-18 · 第2版". */
  label: string;
  pageUrl?: string;
  /** The PDF of the printed page, where the site offers one. */
  pdfUrl?: string;
  previous?: ReaderLink;
  next?: ReaderLink;
  /** The page's other articles. */
  siblings: ReaderLink[];
  /** The day's pages. */
  pages: ReaderLink[];
}

export interface ReaderImage {
  url: string;
  caption?: string;
}

export interface ReaderArticle {
  url: string;
  title: string;
  pretitle?: string;
  subtitle?: string;
  byline?: string;
  source?: string;
  date?: string;
  edition?: ReaderEdition;
  images: ReaderImage[];
  paragraphs: ReaderParagraph[];
  /** The article's number of paragraphs while only the first of them are annotated yet (absent: all are). */
  paragraphCount?: number;
  /** Articles an edition page lists (its table of contents). */
  links?: ReaderLink[];
  /** On an edition page, once the reader has loaded them: its articles, in order. */
  parts?: ReaderArticle[];
}

/** A glossary entry as the tooltip shows it. */
export interface ReaderTerm {
  id: string;
  headword: string;
  pinyin: string;
  en: string;
  alternatives: string[];
  components: { zh: string; en: string }[];
  gloss: string;
  verified: boolean;
  /** For a numbered event: its name, dates and what it adopted (English), as far as established. */
  event?: { name: string; dates?: string; adopted: string[] };
  /** Shorter known terms inside this one (十四五规划 holds 十四五), with their main rendering. */
  contains?: { id: string; headword: string; en: string }[];
}

/** A dictionary entry as the word card shows it. */
export interface ReaderDictEntry {
  simplified: string;
  traditional: string;
  /** Numbered pinyin, e.g. "Wu2 zhong1 Shi4". */
  pinyin: string;
  definitions: string[];
  classifiers: string[];
  hsk: number;
}

export interface ReaderLookup {
  word: string;
  entries: ReaderDictEntry[];
  characters: { char: string; entries: ReaderDictEntry[] }[];
}

/** The services the reader calls; the content script and the extension pages each provide them. */
export interface ReaderServices {
  lookup(word: string): Promise<ReaderLookup>;
  term(id: string): ReaderTerm | undefined;
  /** Translates a paragraph on the device, where the browser can (absent: no translation offered). */
  translate?(text: string): Promise<string>;
  /** Opens the full glossary entry (the extension's glossary page). */
  openTerm?(id: string): void;
  /** Formats a numbered syllable for display ("zhong1" → "zhōng" or "zhong1"). */
  formatSyllable(numbered: string, style: 'marks' | 'numbers' | 'zhuyin'): string;
  toneOf(numbered: string): number;
  /** Each word's lowest HSK level (0: in none) and first gloss, from the dictionary (absent: not offered). */
  describe?(words: readonly string[]): Promise<Map<string, WordInfo>>;
  /** A character's stroke data from the extension's files (absent: no stroke order shown). */
  strokes?(char: string): Promise<{ strokes: string[]; medians: number[][][]; radStrokes?: number[] } | null>;
  /** A character's radical, components and etymology from the extension's files (absent: not shown). */
  charInfo?(char: string): Promise<CharInfo | null>;
  /** "Add to Anki" through AnkiConnect (absent: not offered). */
  anki?: ReaderAnki;
}

export interface ReaderAnki {
  /** Whether AnkiConnect is on, set up and permitted (the button shows only then). */
  ready(): Promise<boolean>;
  /** Adds the word; 'duplicate' when the deck has it already; rejects with a message in words. */
  add(word: { word: string; pinyin: string; definition: string; sentence: string }): Promise<'added' | 'duplicate'>;
}

export interface WordInfo {
  hsk: number;
  gloss: string;
}

/** What the learner knows of a word: new, learning (in the vocabulary), known. */
export type KnowStateOf = 'new' | 'learning' | 'known';

export function knowStateOf(word: string, known?: ReadonlySet<string>, vocabulary?: ReadonlySet<string>): KnowStateOf {
  if (known?.has(word)) return 'known';
  return vocabulary?.has(word) ? 'learning' : 'new';
}

/** What the word card and tooltip may do with the learner's vocabulary (absent: shown disabled). */
export interface StudyControl {
  known: ReadonlySet<string>;
  vocabulary: ReadonlySet<string>;
  addWord(word: { word: string; pinyin: string; definition: string; sentence: string; termId?: string }): Promise<void>;
  setKnown(word: string, known: boolean): Promise<void>;
}
