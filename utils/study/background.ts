/** Background feature: the study messages of the reader (add a word, known words, Add to Anki). */
import { onMessage } from '../messaging';
import { sharedLibraryDb } from '../library/api';
import { addStudyWord } from './words';
import { setKnown, wordStates } from './known';
import { notifyStudyChange } from './changes';
import { setupAnki } from './anki-background';

export function setupStudy(): void {
  onMessage('addWord', async ({ article, ...word }) => {
    const db = await sharedLibraryDb();
    const { entry, created } = await addStudyWord(db, { ...word, article });
    notifyStudyChange();
    return { word: entry.word, created };
  });
  onMessage('setKnown', async ({ word, known }) => {
    await setKnown(await sharedLibraryDb(), word, known);
    notifyStudyChange();
  });
  onMessage('getWordStates', async () => wordStates(await sharedLibraryDb()));
  setupAnki();
}
