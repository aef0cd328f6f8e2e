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

/** A numbered syllable as the reader shows it: tone marks, tone numbers or zhuyin. */
export function formatReading(syllable: string, style: ToneStyle | 'zhuyin'): string {
  return style === 'zhuyin' ? toZhuyin(syllable) : formatSyllable(syllable, style);
}
