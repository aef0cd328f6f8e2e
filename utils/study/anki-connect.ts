/**
 * AnkiConnect (the Anki add-on's local HTTP API, protocol version 6): the few actions the one-click
 * export uses — version, deckNames, modelNames, modelFieldNames, canAddNotes, findNotes, addNote.
 * Only the address the user configured (by default http://127.0.0.1:8765) is ever contacted, and
 * only after they turned the feature on and the browser gave the optional host permission.
 */

export const ANKI_DEFAULT_URL = 'http://127.0.0.1:8765';
/** The optional host permission the feature asks for. */
export const ANKI_ORIGINS = ['http://127.0.0.1:8765/*'];
export const ANKI_VERSION = 6;

export type AnkiProblem = 'unreachable' | 'timeout' | 'forbidden' | 'version' | 'api';

/** How long a request may wait for Anki (which does not answer while one of its dialogs is open). */
export const ANKI_TIMEOUT_MS = 15_000;

const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`);

export class AnkiError extends Error {
  constructor(
    readonly problem: AnkiProblem,
    message: string,
  ) {
    super(message);
    this.name = 'AnkiError';
  }
}

export interface AnkiNote {
  deckName: string;
  modelName: string;
  fields: Record<string, string>;
  tags: string[];
  options?: { allowDuplicate: boolean; duplicateScope?: 'deck' | 'collection' };
}

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export class AnkiConnect {
  constructor(
    readonly url: string = ANKI_DEFAULT_URL,
    private readonly fetcher: Fetch = (u, i) => fetch(u, i),
    readonly timeoutMs: number = ANKI_TIMEOUT_MS,
  ) {}

  async invoke<T>(action: string, params?: Record<string, unknown>): Promise<T> {
    let status: number;
    let ok: boolean;
    let text: string;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.timeoutMs);
    try {
      const response = await this.fetcher(this.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action, version: ANKI_VERSION, ...(params ? { params } : {}) }),
        signal: abort.signal,
      });
      ({ status, ok } = response);
      // The body too must come before the deadline.
      text = ok ? await response.text() : '';
    } catch (error) {
      if (abort.signal.aborted)
        throw new AnkiError('timeout', `no answer to "${action}" within ${seconds(this.timeoutMs)}`);
      throw new AnkiError('unreachable', error instanceof Error ? error.message : String(error));
    } finally {
      clearTimeout(timer);
    }
    if (status === 403) throw new AnkiError('forbidden', `AnkiConnect answered 403 to "${action}"`);
    if (!ok) throw new AnkiError('api', `AnkiConnect answered ${status} to "${action}"`);
    let body: { result?: T; error?: string | null };
    try {
      body = JSON.parse(text) as { result?: T; error?: string | null };
    } catch {
      throw new AnkiError('api', `AnkiConnect sent something other than JSON to "${action}"`);
    }
    if (body === null || typeof body !== 'object' || !('result' in body) || !('error' in body))
      throw new AnkiError('api', `AnkiConnect's answer to "${action}" is not protocol version ${ANKI_VERSION}`);
    if (body.error) throw new AnkiError('api', body.error);
    return body.result as T;
  }

  /** Checks the add-on speaks protocol version 6 or later; returns its version. */
  async connect(): Promise<number> {
    const version = await this.invoke<number>('version');
    if (typeof version !== 'number' || version < ANKI_VERSION)
      throw new AnkiError(
        'version',
        `AnkiConnect protocol ${String(version)}; version ${ANKI_VERSION} or later is needed`,
      );
    return version;
  }

  deckNames = () => this.invoke<string[]>('deckNames');
  modelNames = () => this.invoke<string[]>('modelNames');
  modelFieldNames = (modelName: string) => this.invoke<string[]>('modelFieldNames', { modelName });
  canAddNotes = (notes: AnkiNote[]) => this.invoke<boolean[]>('canAddNotes', { notes });
  findNotes = (query: string) => this.invoke<number[]>('findNotes', { query });
  addNote = (note: AnkiNote) => this.invoke<number>('addNote', { note });
}

/** A value quoted for Anki's search syntax ("deck:My deck" → "\"deck:My deck\""). */
export function ankiQuote(term: string): string {
  return `"${term.replace(/[\\"*_]/g, '\\$&')}"`;
}

/** The fields the extension can fill, in the order the mapping offers them (one list for every export). */
import { NOTE_SOURCES, type NoteSource, type NoteValues } from './note-format';
export { NOTE_SOURCES, type NoteSource, type NoteValues };

/** Field names a note type may use for each source (case and spaces ignored), for a first mapping. */
const GUESSES: Record<NoteSource, string[]> = {
  hanzi: ['hanzi', 'simplified', 'chinese', 'word', 'front', 'expression'],
  pinyin: ['pinyin', 'reading'],
  meaning: ['meaning', 'english', 'definition', 'back', 'translation'],
  sentence: ['sentence', 'example', 'context'],
  sentencePinyin: ['sentencepinyin', 'examplepinyin', 'sentencereading'],
  source: ['source', 'url', 'link'],
  date: ['date'],
  page: ['page', 'edition'],
  glossaryEnglish: ['glossaryenglish', 'officialenglish', 'glossary'],
};

/** A first field map for a note type: each of its fields to the source its name suggests. */
export function guessFieldMap(fields: readonly string[]): Record<string, NoteSource | ''> {
  const used = new Set<NoteSource>();
  const out: Record<string, NoteSource | ''> = {};
  for (const field of fields) {
    const key = field.toLowerCase().replace(/[\s_-]+/g, '');
    const source = NOTE_SOURCES.find((s) => !used.has(s) && GUESSES[s].includes(key));
    out[field] = source ?? '';
    if (source) used.add(source);
  }
  return out;
}

/** The note for one word under a field map. */
export function noteOf(
  values: NoteValues,
  settings: { deck: string; model: string; fieldMap: Record<string, NoteSource | ''> },
  tags: string[],
): AnkiNote {
  const fields: Record<string, string> = {};
  for (const [field, source] of Object.entries(settings.fieldMap)) fields[field] = source ? values[source] : '';
  return {
    deckName: settings.deck,
    modelName: settings.model,
    fields,
    tags,
    options: { allowDuplicate: false, duplicateScope: 'deck' },
  };
}
