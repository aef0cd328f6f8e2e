/**
 * Background feature: "Add to Anki" from the word card. The tab cannot reach AnkiConnect itself (a
 * page's CORS rules, and the permission belongs to the extension), so the background sends the note:
 * the exports' formatter (HTML, tone spans), the user's deck, note type and field map, duplicates
 * found first (sendToAnki). Every failure is a sentence the card can show.
 */
import { browser } from 'wxt/browser';
import { onMessage, type AnkiWordMessage } from '../messaging';
import { sharedLibraryDb } from '../library/api';
import type { VocabularyEntry } from '../db/records';
import { AnkiConnect, AnkiError, ANKI_ORIGINS } from './anki-connect';
import { sendToAnki } from './anki-notes';
import { getAnkiSettings } from './anki-settings';
import { rowOf } from './export';
import { formatEntry } from './note-format';

async function permitted(): Promise<boolean> {
  try {
    return (await browser.permissions?.contains({ origins: ANKI_ORIGINS })) ?? false;
  } catch {
    return false;
  }
}

/** AnkiConnect's failures in words (the card shows them as they are). */
export function ankiProblemText(error: unknown, url: string): string {
  if (error instanceof AnkiError) {
    if (error.problem === 'unreachable')
      return `Anki did not answer at ${url}: is Anki open, with the AnkiConnect add-on installed?`;
    if (error.problem === 'timeout')
      return `Anki did not answer at ${url} in time (${error.message}): is one of its windows waiting for you?`;
    if (error.problem === 'forbidden')
      return 'AnkiConnect refused the extension: add its origin to webCorsOriginList (Review → Import and export shows it).';
    if (error.problem === 'version') return error.message;
    return `Anki refused the note: ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Adds one word; `pageUrl` is the workercn.cn page it was met on (its saved article gives date and page). */
export async function addWordToAnki(
  word: AnkiWordMessage,
  pageUrl?: string,
  client?: AnkiConnect,
): Promise<'added' | 'duplicate'> {
  const settings = await getAnkiSettings();
  if (!settings.enabled || !settings.deck || !settings.model)
    throw new Error('Anki is not set up: turn it on and choose a deck in Review → Import and export.');
  const articleUrl = pageUrl && /^https?:\/\/([^/]+\.)?workercn\.cn(:\d+)?\//.test(pageUrl) ? pageUrl : undefined;
  const entry: VocabularyEntry = {
    word: word.word,
    pinyin: word.pinyin,
    definition: word.definition,
    sentence: word.sentence,
    articleUrl,
    termId: word.termId,
    contexts: [],
    addedAt: 0,
    updatedAt: 0,
    known: false,
  };
  const db = articleUrl ? await sharedLibraryDb() : undefined;
  const article =
    db && articleUrl
      ? ((await db.articles.get(articleUrl)) ?? (await db.articles.where('urls').equals(articleUrl).first()))
      : undefined;
  const values = { ...formatEntry(entry, article, { html: true }), sentencePinyin: word.sentencePinyin };
  const result = await sendToAnki(client ?? new AnkiConnect(settings.url), settings, [
    { word: word.word, values, tags: rowOf(entry, article).tags },
  ]).catch((error: unknown) => {
    throw new Error(ankiProblemText(error, settings.url));
  });
  if (result.added.length) return 'added';
  if (result.duplicates.length) return 'duplicate';
  throw new Error(`Anki refused the note: ${result.failed[0]?.error ?? 'no reason given'}`);
}

export function setupAnki(): void {
  onMessage('ankiStatus', async () => {
    const s = await getAnkiSettings();
    return { ready: s.enabled && !!s.deck && !!s.model && (await permitted()) };
  });
  onMessage('addToAnki', async (word, sender) => {
    if (!(await permitted()))
      throw new Error('The browser has not given the extension access to AnkiConnect: turn Anki on again.');
    return { result: await addWordToAnki(word, word.articleUrl ?? sender.tab?.url) };
  });
}
