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
    this.wordCache.set(text, out);
    return out;
  }
}
