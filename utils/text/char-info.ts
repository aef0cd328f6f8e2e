/**
 * What the word card says about one character besides its strokes: its radical (Unicode's Unihan
 * kRSUnicode: the Kangxi radical number, the radical's form, the strokes beyond it), its components
 * (one level of the CJK Decomposition Data, intermediate shapes resolved), and where the Dong
 * Chinese etymology (chinese-lexicon) has one, how it is built and which part gives meaning or sound.
 * Built by `npm run build:chars` into public/chars/, one small shard per 256 code points.
 */

export interface CharComponent {
  char: string;
  /** CC-CEDICT numbered pinyin of the component written alone ('' when it has no entry). */
  pinyin: string;
  /** A short gloss ('' when none). */
  gloss: string;
  /** Its part in the character, from the etymology: meaning, sound, iconic, … */
  role?: string;
}

export interface CharInfo {
  /** Total strokes (Unihan kTotalStrokes). */
  strokes?: number;
  radical?: {
    /** The radical as a character (its simplified form where the character uses that: 讠, 纟). */
    char: string;
    /** Kangxi radical number, with ' for the simplified form (149'). */
    number: string;
    /** Strokes beyond the radical. */
    rest: number;
  };
  components: CharComponent[];
  /** The etymology's note ("Phonosemantic compound. 氵 represents the meaning and 可 the sound."). */
  note?: string;
}

/** The shard file that holds a character. */
export function charShardName(char: string): string {
  return `${((char.codePointAt(0) ?? 0) >> 8).toString(16)}.json`;
}

/** Strokes (U+31C0–U+31EF) are not components worth listing. */
export const isStroke = (c: string) => {
  const cp = c.codePointAt(0) ?? 0;
  return cp >= 0x31c0 && cp <= 0x31ef;
};
