/**
 * Readings of tokens: the dictionary's preferred reading for words it lists (CC-CEDICT is the
 * authority), whole-word overrides, context rules for lone polyphonic characters, and readings of
 * characters no headword covers (pinyin-pro's, stored in the asset at build time). Syllables are numbered ("wei2", "de5") internally.
 */
import type { Dictionary } from './dictionary';
import { isHanUnit } from './chars';
import { LONE_READINGS, WORD_READINGS } from './readings-overrides';

/** Placeholder syllable for a Han character without any known reading. */
export const UNKNOWN_SYLLABLE = '?';

export class Readings {
  private readonly charCache = new Map<string, string>();
  private readonly wordCache = new Map<string, string[]>();

  constructor(private readonly dict: Dictionary) {}

  /** Numbered reading of one character (code point) out of context. */
  char(ch: string): string {
    let r = this.charCache.get(ch);
    if (r !== undefined) return r;
    r = LONE_READINGS[ch] ?? '';
    const node = r ? -1 : this.dict.nodeOf(ch);
    if (node > 0) r = this.dict.readingOf(node, ch.length)?.[0] ?? '';
    if (!r && isHanUnit(ch.charCodeAt(0))) r = this.dict.fallbackReading(ch);
    // A Han character nobody has a reading for still gets its one syllable slot.
    if (!r && isHanUnit(ch.charCodeAt(0))) r = UNKNOWN_SYLLABLE;
    this.charCache.set(ch, r);
    return r;
  }

  /**
   * Numbered syllables of a Han token, one per Han code point (non-Han code points are skipped).
   */
  word(text: string): string[] {
    const cached = this.wordCache.get(text);
    if (cached) return cached;
    const node = this.dict.nodeOf(text);
    const out: string[] = [];
    const override = WORD_READINGS[text] ?? LONE_READINGS[text];
    const fromDict = override ? null : node > 0 ? this.dict.readingOf(node, text.length) : null;
    if (override) out.push(...override.split(' '));
    else {
      for (let i = 0; i < text.length;) {
        const c = text.charCodeAt(i);
        const len = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
        if (isHanUnit(c)) out.push(fromDict?.[i] || this.char(text.slice(i, i + len)));
        i += len;
      }
    }
    if (out.length === 4 && !override && text.length === 4) this.fullTonesAABB(text, out, node > 0);
    this.wordCache.set(text, out);
    return out;
  }

  /**
   * A reduplicated AABB word (扎扎实实, 清清楚楚, 认认真真) reads each doubled syllable with its full tone:
   * CC-CEDICT's neutral second A (zhā zha shí shí) or neutral Bs become the tone of their twin, or of
   * the character read alone when both twins are neutral.
   */
  private fullTonesAABB(text: string, out: string[], headword: boolean): void {
    if (text[0] !== text[1] || text[2] !== text[3] || text[0] === text[2]) return;
    if (!headword) {
      // Not a headword (漂漂亮亮): the doubled characters take their readings in the word AB (漂亮).
      const ab = text[0] + text[2];
      const node = this.dict.nodeOf(ab);
      const r = node > 0 ? this.dict.readingOf(node, 2) : null;
      if (r?.[0] && r[1]) [out[0], out[1], out[2], out[3]] = [r[0], r[0], r[1], r[1]];
    }
    for (const k of [0, 2]) {
      const a = out[k];
      const b = out[k + 1];
      const letters = a.slice(0, -1);
      if (letters !== b.slice(0, -1)) continue;
      const neutralA = a.endsWith('5');
      const neutralB = b.endsWith('5');
      if (neutralA && neutralB) {
        const own = this.char(text[k]);
        if (own.slice(0, -1) === letters && !own.endsWith('5')) out[k] = out[k + 1] = own;
      } else if (neutralB) out[k + 1] = a;
      else if (neutralA) out[k] = b;
    }
  }
}
