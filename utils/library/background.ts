/** Background feature: the library's messages for content scripts (the pages use the API directly). */
import { onMessage } from '../messaging';
import { sharedLibraryDb, saveArticle, isSaved, requestPersistence } from './api';

let persistenceAsked = false;

export function setupLibrary(): void {
  onMessage('saveArticle', async ({ article }) => {
    const db = await sharedLibraryDb();
    const { article: stored, created } = await saveArticle(db, article);
    if (!persistenceAsked) {
      persistenceAsked = true;
      // Ask once that the browser keep the library when disk runs low (no prompt in Chrome/Firefox).
      void requestPersistence().catch(() => false);
    }
    return { url: stored.url, created };
  });
  onMessage('isSaved', async ({ url }) => ({ saved: await isSaved(await sharedLibraryDb(), url) }));
}
