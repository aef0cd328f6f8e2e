/**
 * Transliterated foreign names the dictionary lacks (泽连斯基, 朔尔茨, 马斯克-like strings): a run of
 * single characters that the segmenter left in pieces becomes one name token when its characters
 * belong to the transliteration class. The class is measured at build time from CC-CEDICT's foreign
 * names (utils/text/transliteration-build.ts): each character's share of foreign names among the
 * headwords holding it (斯 0.7, 尔 0.5, 克 0.5, 的 0), and its reading in them (勒 lè).
 */
import { segmentOf, type Segment } from './segment';

export interface TransliterationData {
  chars: string;
  scores: string;
  readings: string;
}

/** Function characters that never sit inside a transliteration (的, 了, 在 ...). */
const FUNCTION_CHARS = new Set([
  ...'的了在是和与及等把被对向从为将也都就还又很不有这那其之于以而并或但让给到着过个们吗呢吧啊所去上下里中',
]);

/** FUNCTION_CHARS by code unit (all of them are BMP characters). */
const FUNCTION_UNITS = new Uint8Array(65536);
for (const ch of FUNCTION_CHARS) if (ch.length === 1) FUNCTION_UNITS[ch.charCodeAt(0)] = 1;
const isFunctionChar = (ch: string) => ch.length === 1 && FUNCTION_UNITS[ch.charCodeAt(0)] === 1;

export class TransliterationClass {
  private readonly score = new Map<string, number>();
  /** The scores of BMP characters by code unit (0 for a character the class lacks). */
  private readonly unitScore = new Float64Array(65536);
  private readonly reading = new Map<string, string>();

  constructor(data: TransliterationData | undefined) {
    if (!data) return;
    const r = data.readings.split(' ');
    [...data.chars].forEach((ch, i) => {
      this.score.set(ch, Number(data.scores[i]));
      if (ch.length === 1) this.unitScore[ch.charCodeAt(0)] = Number(data.scores[i]);
      this.reading.set(ch, r[i]);
    });
  }

  get size(): number {
    return this.score.size;
  }

  /** Whether the characters read as one transliterated name. */
  isName(chars: readonly string[]): boolean {
    const n = chars.length;
    if (n < 3) return false;
    let sum = 0;
    let weak = 0;
    let strong = 0;
    for (let i = 0; i < n; i++) {
      const ch = chars[i];
      if (isFunctionChar(ch)) return false;
      const s = this.scoreOf(ch);
      sum += s;
      if (s === 0) weak++;
      if (s >= 5) strong++;
    }
    return strong > 0 && weak <= Math.floor(n / 3) && sum >= 2.5 * n;
  }

  /** False when no part of `chars` can be a name: isName needs a strong character (a quick test). */
  mayHoldName(chars: readonly string[]): boolean {
    for (const ch of chars) if (this.scoreOf(ch) >= 5) return true;
    return false;
  }

  /** The character's foreign share in tenths (0 when unknown). */
  scoreOf(ch: string): number {
    return ch.length === 1 ? this.unitScore[ch.charCodeAt(0)] : (this.score.get(ch) ?? 0);
  }

  /** Numbered reading of a character in foreign names, or undefined. */
  readingOf(ch: string): string | undefined {
    return this.reading.get(ch);
  }
}

/**
 * A person name merged from a surname-like first character (钱 | 德 | 勒 before 认为) that reads
 * as a transliteration takes the foreign readings (钱德勒 Qián dé lè). A function of its own: the
 * pass over all tokens stays optimised when a name of this kind turns up.
 */
function readAsForeign(t: Segment, cls: TransliterationClass): void {
  const chars = [...t.text];
  const syllables = t.syllables!;
  if (chars.length === syllables.length && cls.isName(chars))
    t.syllables = chars.map((ch, k) => cls.readingOf(ch) ?? syllables[k]);
}

/** Longest transliteration merged (characters). */
const MAX_NAME = 12;

const isSingleHan = (t: Segment | undefined) => !!t && t.kind === 'han' && t.text.length === 1 && !t.syllables;

/**
 * Merges runs of single-character tokens that the class reads as a transliterated name (the whole
 * run, or the run less its first or last character) into one token; `read` gives a character's
 * numbered reading where the class has none.
 */
export function mergeTransliterations(
  tokens: Segment[],
  cls: TransliterationClass,
  read: (ch: string) => string,
): void {
  if (!cls.size) return;
  for (const t of tokens)
    if (t.kind === 'han' && t.syllables && t.entry === undefined && t.text.length >= 3) readAsForeign(t, cls);
  // Compacts in place (tokens[0, w) are done), so a merge costs no splice: linear in the tokens.
  const n = tokens.length;
  let w = 0;
  const keep = (from: number, to: number) => {
    for (let k = from; k < to; k++) tokens[w++] = tokens[k];
  };
  for (let i = 0; i < n; i++) {
    if (!isSingleHan(tokens[i])) {
      tokens[w++] = tokens[i];
      continue;
    }
    let j = i;
    while (j < n && isSingleHan(tokens[j]) && !isFunctionChar(tokens[j].text)) j++;
    if (j - i < 3) {
      keep(i, Math.min(j + 1, n));
      i = j;
      continue;
    }
    const chars = tokens.slice(i, j).map((t) => t.text);
    if (!cls.mayHoldName(chars)) {
      keep(i, j);
      i = j - 1;
      continue;
    }
    // The longest part of the run that reads as a name; a part cut from a longer run starts and
    // ends on a transliteration character (卡林顿逃 → 卡林顿).
    let from = -1;
    let to = -1;
    const edge = (ch: string) => cls.scoreOf(ch) > 0;
    for (let len = Math.min(chars.length, MAX_NAME); len >= 3 && from < 0; len--) {
      for (let a = 0; a + len <= chars.length; a++) {
        const part = chars.slice(a, a + len);
        const ends = (a === 0 || edge(part[0])) && (a + len === chars.length || edge(part[len - 1]));
        if (ends && cls.isName(part)) {
          [from, to] = [a, a + len];
          break;
        }
      }
    }
    if (from < 0) {
      keep(i, j);
      i = j - 1;
      continue;
    }
    const parts = tokens.slice(i + from, i + to);
    keep(i, i + from);
    const merged = segmentOf(
      parts.map((p) => p.text).join(''),
      parts[0].start,
      parts[parts.length - 1].end,
      'han',
      undefined,
      parts.map((p) => cls.readingOf(p.text) ?? read(p.text)),
    );
    tokens[w++] = merged;
    i += to - 1;
  }
  tokens.length = w;
}
