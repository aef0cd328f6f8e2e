/**
 * The reader's text work, held once by the extension instead of once per tab: the dictionary, the
 * glossary and annotation live in Firefox's background page or in Chrome's offscreen document
 * (entrypoints/reader-engine), and the reader in a tab asks for them through messages
 * (`prepareArticle`, `lookupWord`). A tab that opens the reader then loads neither the dictionary
 * nor the glossary, and the first open of every tab after the first finds them warm.
 */
import { sentencePinyin } from '../study/note-format';
import { loadTextEngine, type AssetLoader, type TextEngine } from '../text';
import { extensionLoader } from '../text/load-extension';
import { createMatchScope, getGlossaryMatcher } from '../glossary';
import { inputFromArticle } from '../library/input-from-document';
import type { Article } from '../site/article';
import type { ArticleInput } from '../db/records';
import { onMessage } from '../messaging';
import type { ReaderArticle, ReaderLookup, ReaderParagraph, ReaderTerm, WordInfo } from '@/components/reader/model';
import { createParagraphAnnotator } from './annotate-paragraph';
import { toReaderArticle } from './prepare';
import { sharedLibraryDb } from '../db/database';
import Dexie from 'dexie';
import { overridesFor, scopeOf } from '../overrides/store';
import { NO_OVERRIDES, type EffectiveOverrides } from '../overrides/model';
import { createReaderServices, termView } from './services';
import { packParagraphs, type PackedParagraph } from './packed-paragraphs';

export interface PreparedArticle {
  /** What the reader renders. */
  view: ReaderArticle;
  /** What "Save article" stores (article pages only). */
  input: ArticleInput | null;
  /** Every glossary entry the view refers to, as the tooltip shows it. */
  terms: Record<string, ReaderTerm>;
  /** Time spent here (annotation and glossary), for the bench's stage figures. */
  ms: number;
}

/** A prepared article as it crosses the message to the tab: its paragraphs packed (./packed-paragraphs). */
export interface PackedPreparedArticle extends Omit<PreparedArticle, 'view'> {
  view: Omit<ReaderArticle, 'paragraphs'> & { paragraphs: PackedParagraph[] };
}

let engine: Promise<TextEngine> | null = null;

/**
 * Loads the dictionary once (later calls share it); the glossary matcher is built along. `loader`:
 * where the assets come from (the extension's package; Node's disk in tests).
 */
export function warmEngine(loader: AssetLoader = extensionLoader): Promise<TextEngine> {
  engine ??= loadTextEngine(loader).then((e) => {
    getGlossaryMatcher();
    return e;
  });
  engine.catch(() => (engine = null));
  return engine;
}

/** The glossary entries that annotated paragraphs refer to. */
function termsOfParagraphs(paragraphs: readonly ReaderParagraph[]): Record<string, ReaderTerm> {
  const terms: Record<string, ReaderTerm> = {};
  for (const p of paragraphs) {
    for (const token of p.tokens) {
      if (token.termId && !terms[token.termId]) {
        const term = termView(token.termId);
        if (term) terms[token.termId] = term;
      }
    }
  }
  return terms;
}

/** The learner's overrides per article scope, as last read; emptied whenever the table changes. */
const overridesRead = new Map<string, Promise<EffectiveOverrides>>();
const OVERRIDES_KEPT = 64;
let watchingOverrides = false;

/**
 * Empties the overrides read so far whenever the library database's overrides table changes, in
 * any of the extension's contexts (Dexie tells every context of the origin: the background that
 * writes them, sync, a restored backup).
 */
function watchOverrides(): void {
  if (watchingOverrides) return;
  watchingOverrides = true;
  Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((part) => part.includes('/overrides/'))) overridesRead.clear();
  });
}

/**
 * The learner's overrides for the article at `url`, read from the library database once and kept
 * until they change (one read less before every first screen). `fresh`: read anew (the reader asks
 * so right after changing one, before the change's notice may have arrived here). Reading goes on
 * without them if the database cannot be opened.
 */
async function learnerOverrides(url?: string, fresh = false): Promise<EffectiveOverrides> {
  watchOverrides();
  const scope = scopeOf(url);
  const kept = fresh ? undefined : overridesRead.get(scope);
  if (kept) return kept;
  const read: Promise<EffectiveOverrides> = sharedLibraryDb()
    .then((db) => overridesFor(db, url))
    .catch(() => {
      // A failed read is not kept: the next request tries again.
      if (overridesRead.get(scope) === read) overridesRead.delete(scope);
      return NO_OVERRIDES;
    });
  if (overridesRead.size >= OVERRIDES_KEPT) overridesRead.clear();
  overridesRead.set(scope, read);
  return read;
}

/**
 * An annotator for one article's paragraphs, in order: one glossary scope for them all (a bare
 * 六中全会 takes the term named before it), as the in-tab reader had; the learner's overrides applied.
 */
async function paragraphAnnotator(url?: string, fresh = false) {
  const [text, overrides] = await Promise.all([warmEngine(), learnerOverrides(url, fresh)]);
  const matcher = getGlossaryMatcher();
  const scope = createMatchScope();
  return { text, annotate: createParagraphAnnotator(text, (t) => matcher.match(t, scope), overrides) };
}

/** Annotates an article's first paragraphs (the reader's first screen, before the whole article is ready). */
export async function annotateParagraphs(
  texts: readonly string[],
  url?: string,
): Promise<{ paragraphs: ReaderParagraph[]; terms: Record<string, ReaderTerm> }> {
  const { annotate } = await paragraphAnnotator(url);
  const paragraphs = texts.map((t) => ({ tokens: annotate(t) }));
  return { paragraphs, terms: termsOfParagraphs(paragraphs) };
}

/** Annotates an extracted article (the tab extracts it: only it has the page). */
export async function prepareArticle(article: Article, fresh = false): Promise<PreparedArticle> {
  const { text, annotate } = await paragraphAnnotator(article.url, fresh);
  const start = performance.now();
  const view = toReaderArticle(article, annotate);
  const terms = termsOfParagraphs(view.paragraphs);
  const input = article.kind === 'article' ? inputFromArticle(article, view.paragraphs) : null;
  // A reader is open: the word card will want the definitions; load them now, off the tab.
  void text.preloadEntries().catch(() => undefined);
  return { view, input, terms, ms: performance.now() - start };
}

/** The word card's lookup: the word's entries and, for a compound, each character's. */
export async function lookupWord(word: string): Promise<ReaderLookup> {
  return createReaderServices(await warmEngine()).lookup(word);
}

/** HSK level and a short gloss per word, as the reader's `describe` gives them. */
export async function describeWords(words: string[]): Promise<[string, WordInfo][]> {
  const describe = createReaderServices(await warmEngine()).describe;
  return describe ? [...(await describe(words))] : [];
}

/** Answers the tabs' readers from this context (the background page, or the offscreen document). */
export function setupReaderEngineHost(): void {
  onMessage('readerEngineReady', async () => {
    await warmEngine();
  });
  // Chrome's messages go as JSON: its annotated paragraphs are packed (one string each). Firefox's
  // are structured clones, which copy the tokens faster than they would be packed and unpacked.
  const pack = import.meta.env.FIREFOX ? (p: ReaderParagraph[]) => p : packParagraphs;
  onMessage('prepareArticle', async ({ article, fresh }) => {
    const prepared = await prepareArticle(article, fresh);
    return { ...prepared, view: { ...prepared.view, paragraphs: pack(prepared.view.paragraphs) } };
  });
  onMessage('annotateParagraphs', async ({ texts, url }) => {
    const start = performance.now();
    const { paragraphs, terms } = await annotateParagraphs(texts, url);
    return { paragraphs: pack(paragraphs), terms, ms: performance.now() - start };
  });
  onMessage('lookupWord', ({ word }) => lookupWord(word));
  onMessage('describeWords', ({ words }) => describeWords(words));
  onMessage('readSentence', async ({ sentence, html }) => sentencePinyin(await warmEngine(), sentence, html));
}
