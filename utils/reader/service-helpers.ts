/** The parts of the reader's services that need neither the dictionary nor the glossary data. */
import { sendMessage } from '../messaging';

/** Tone of a numbered syllable ("zhong1" → 1); neutral and unknown → 5. */
export function toneOfNumbered(syllable: string): number {
  const last = syllable.charCodeAt(syllable.length - 1);
  return last >= 49 && last <= 53 ? last - 48 : 5;
}

/** The glossary page at the entry, in a tab of its own (from any page: the background opens it). */
export function openGlossaryEntry(id: string): void {
  void sendMessage('openExtensionPage', { page: 'glossary', hash: id }).catch(() => undefined);
}
