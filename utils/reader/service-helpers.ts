/** The parts of the reader's services that need neither the dictionary nor the glossary data. */
import { sendMessage } from '../messaging';
import { formatSyllable, type ToneStyle } from '../text/tone';
import { toZhuyin } from './zhuyin';

/** Tone of a numbered syllable ("zhong1" → 1); neutral and unknown → 5. */
export function toneOfNumbered(syllable: string): number {
  const last = syllable.charCodeAt(syllable.length - 1);
  return last >= 49 && last <= 53 ? last - 48 : 5;
}

/** The glossary page at the entry, in a tab of its own (from any page: the background opens it). */
export function openGlossaryEntry(id: string): void {
  void sendMessage('openExtensionPage', { page: 'glossary', hash: id }).catch(() => undefined);
}

/**
 * Formatted syllables, per style: Mandarin has about 1,300 toned syllables, and a long article
 * formats tens of thousands of them on every render.
 */
const formatted = {
  marks: new Map<string, string>(),
  numbers: new Map<string, string>(),
  zhuyin: new Map<string, string>(),
};
/** Past this many entries a style's cache starts over (input that is not pinyin stays bounded). */
const CACHE_LIMIT = 8192;

/** A numbered syllable as the reader shows it: tone marks, tone numbers or zhuyin. */
export function formatReading(syllable: string, style: ToneStyle | 'zhuyin'): string {
  const cache = formatted[style];
  let out = cache.get(syllable);
  if (out === undefined) {
    out = style === 'zhuyin' ? toZhuyin(syllable) : formatSyllable(syllable, style);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(syllable, out);
  }
  return out;
}
