/**
 * The one typed message protocol of the extension. Every operation is one entry of a protocol map:
 * its request data and its response.
 * - `Protocol`: messages to the background (from content scripts and extension pages):
 *   `sendMessage(type, data)`, handled by `onMessage(type, handler)` in the background.
 * - `TabProtocol`: messages from the background to the content script of one tab:
 *   `sendTabMessage(tabId, type, data)`, handled by `onTabMessage(type, handler)`.
 */
import { browser, type Browser } from 'wxt/browser';
import type { PageKind, PageFamily } from './site/types';
import type { ArticleInput } from './db/records';
import type { Article } from './site/article';
import type { PackedPreparedArticle } from './reader/engine-host';
import type { PackedParagraph } from './reader/packed-paragraphs';
import type { ReaderLookup, ReaderTerm, WordInfo } from '@/components/reader/model';
import type { SyncSettings, SyncStatus } from './sync/config';
import type { OverrideOp, WordOverride } from './overrides/model';
import type { OverrideRequest } from './overrides/store';

export type Protocol = {
  /** Liveness check; answers with the extension's version. */
  ping: { data: undefined; response: { version: string } };
  /** Opens (or focuses) one of the extension's own pages in a tab. */
  openExtensionPage: { data: { page: ExtensionPage; hash?: string }; response: void };
  /** Loads the reader into the sender's tab (the content script stays small until then). */
  injectReader: { data: undefined; response: void };
  /** Saves (or updates) an article in the library; `created` is false for an update. */
  saveArticle: { data: { article: ArticleInput }; response: { url: string; created: boolean } };
  /** Whether the library holds the article at `url` (or its e-paper/portal twin). */
  isSaved: { data: { url: string }; response: { saved: boolean } };
  /**
   * Adds a word (or a glossary term) to the vocabulary with the sentence it was met in; the article
   * is saved along when given and not saved yet. Adding a word again merges it.
   */
  addWord: { data: NewWordMessage; response: { word: string; created: boolean } };
  /** Marks a word known or not known. */
  setKnown: { data: { word: string; known: boolean }; response: void };
  /** Every word the learner marked known, and every word in the vocabulary (for the reader's modes). */
  getWordStates: { data: undefined; response: { known: string[]; vocabulary: string[] } };
  /** Makes the reader's engine ready (Chrome: its offscreen document); resolves once it is loaded. */
  warmReaderEngine: { data: undefined; response: void };
  /** Answered by the engine itself (background page or offscreen document) once its dictionary is loaded. */
  readerEngineReady: { data: undefined; response: void };
  /**
   * Annotates an article the tab extracted, with its glossary terms and what "Save article" stores;
   * its paragraphs packed (utils/reader/packed-paragraphs.ts).
   */
  /** `fresh`: read the learner's overrides anew (the reader asks so right after changing one). */
  prepareArticle: { data: { article: Article; fresh?: boolean }; response: PackedPreparedArticle };
  /** Annotates a few paragraphs: the reader's first screen while the whole article is prepared. */
  annotateParagraphs: {
    /** `url`: the article's, for the learner's overrides that apply to it. */
    data: { texts: string[]; url?: string };
    /** `ms`: the time the engine took from the question to its answer (the learner's overrides read included). */
    response: { paragraphs: PackedParagraph[]; terms: Record<string, ReaderTerm>; ms?: number };
  };
  /** The word card's dictionary lookup. */
  lookupWord: { data: { word: string }; response: ReaderLookup };
  /** HSK level and a short gloss per word (know-state pinyin modes, the article preview). */
  describeWords: { data: { words: string[] }; response: [string, WordInfo][] };
  /** The learner's "treat as one word" / "split here" (utils/overrides); answers the writes that undo it. */
  addOverride: { data: OverrideRequest; response: { undo: OverrideOp[] } };
  /** Writes overrides as given (an undo, a removal); answers the writes that undo these. */
  writeOverrides: { data: { ops: OverrideOp[] }; response: { undo: OverrideOp[] } };
  /** Every override, for the list where they are removed. */
  listOverrides: { data: undefined; response: WordOverride[] };
  /** A sentence's pinyin word by word, plain or in tone1–tone5 spans (the engine; Anki's field). */
  readSentence: { data: { sentence: string; html: boolean }; response: string };
  /** Whether the word card offers "Add to Anki": AnkiConnect on, deck and note type chosen, origin permitted. */
  ankiStatus: { data: undefined; response: { ready: boolean } };
  /** Adds one word to Anki through AnkiConnect with the field map (fails with a message in words). */
  addToAnki: { data: AnkiWordMessage; response: { result: 'added' | 'duplicate' } };
  /** Sync (utils/sync): the status line's data. */
  syncStatus: { data: undefined; response: SyncStatus };
  /** Syncs now (or right after the sync running); answers with the status after it. */
  syncNow: { data: undefined; response: SyncStatus };
  /** Checks address, account and folder (creating it); answers what the folder holds. */
  syncTest: { data: { settings: SyncSettings }; response: { files: number; encrypted: boolean; devices: number } };
  /** Turns sync on with these settings (the host permission must be granted first) and syncs. */
  syncEnable: { data: { settings: SyncSettings }; response: SyncStatus };
  /** Turns sync off and forgets the credentials. */
  syncDisable: { data: undefined; response: SyncStatus };
};

export interface NewWordMessage {
  word: string;
  /** Pinyin with tone marks, space-separated syllables. */
  pinyin: string;
  definition: string;
  sentence: string;
  /** Glossary entry id when the word is a glossary term. */
  termId?: string;
  /** The article it was met in (saved along if not saved yet). */
  article?: ArticleInput;
}

export interface AnkiWordMessage {
  word: string;
  /** Pinyin with tone marks, space-separated syllables. */
  pinyin: string;
  definition: string;
  sentence: string;
  /** The sentence's pinyin as tone-span HTML ('' when unknown). */
  sentencePinyin: string;
  termId?: string;
  /** The article the word was met in (default: the sender tab's page). */
  articleUrl?: string;
}

export type TabProtocol = {
  /** What the content script made of its page. */
  getPageKind: { data: undefined; response: { kind: PageKind; family: PageFamily } };
  /** Opens the reader in the tab (loading it first if needed); answers whether the page has one. */
  activateReader: { data: undefined; response: { opened: boolean } };
};

export type ExtensionPage = 'library' | 'review' | 'options' | 'glossary';

type AnyProtocol = Record<string, { data: unknown; response: unknown }>;
type Args<P extends AnyProtocol, K extends keyof P> = P[K]['data'] extends undefined
  ? [data?: undefined]
  : [data: P[K]['data']];
export type Handler<P extends AnyProtocol, K extends keyof P> = (
  data: P[K]['data'],
  sender: Browser.runtime.MessageSender,
) => P[K]['response'] | Promise<P[K]['response']>;

interface Envelope {
  protocol: string;
  type: string;
  data: unknown;
}
type Reply = { ok: true; value: unknown } | { ok: false; error: string };

const TAG = 'workercn-reader/1';
const TAB_TAG = 'workercn-reader-tab/1';

function isEnvelope(message: unknown, tag: string): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as Envelope).protocol === tag &&
    typeof (message as Envelope).type === 'string'
  );
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/**
 * Registers a handler for one message type of a protocol. Returns a function that unregisters it.
 * Replies through `sendResponse` (and `return true`), which every Chrome and Firefox version honours.
 */
function listen<P extends AnyProtocol, K extends keyof P & string>(tag: string, type: K, handler: Handler<P, K>) {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: Reply) => void) => {
    if (!isEnvelope(message, tag) || message.type !== type) return undefined;
    Promise.resolve()
      .then(() => handler(message.data as P[K]['data'], sender))
      .then(
        (value): Reply => ({ ok: true, value }),
        (error: unknown): Reply => ({ ok: false, error: errorMessage(error) }),
      )
      .then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

function unwrap(type: string, reply: Reply | undefined): unknown {
  if (!reply) throw new Error(`No handler answered "${type}"`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export function onMessage<K extends keyof Protocol & string>(type: K, handler: Handler<Protocol, K>): () => void {
  return listen<Protocol, K>(TAG, type, handler);
}

/** Sends one message to the background; resolves with the handler's response, rejects with its error. */
export async function sendMessage<K extends keyof Protocol & string>(
  type: K,
  ...args: Args<Protocol, K>
): Promise<Protocol[K]['response']> {
  const envelope: Envelope = { protocol: TAG, type, data: args[0] };
  return unwrap(type, (await browser.runtime.sendMessage(envelope)) as Reply | undefined) as Protocol[K]['response'];
}

export function onTabMessage<K extends keyof TabProtocol & string>(
  type: K,
  handler: Handler<TabProtocol, K>,
): () => void {
  return listen<TabProtocol, K>(TAB_TAG, type, handler);
}

/** Sends one message to the content script of a tab. */
export async function sendTabMessage<K extends keyof TabProtocol & string>(
  tabId: number,
  type: K,
  ...args: Args<TabProtocol, K>
): Promise<TabProtocol[K]['response']> {
  const envelope: Envelope = { protocol: TAB_TAG, type, data: args[0] };
  return unwrap(
    type,
    (await browser.tabs.sendMessage(tabId, envelope)) as Reply | undefined,
  ) as TabProtocol[K]['response'];
}
