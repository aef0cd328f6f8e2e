/**
 * Extract the page (on a clone) here, where the page is; annotate it in the extension's engine
 * (utils/reader/engine-host.ts), which holds the dictionary and the glossary once for every tab.
 */
import { extractWithPages } from '@/utils/site/multipage';
import { cloneDocument } from '@/utils/site/dom';
import { TIMEOUT_REASON } from '@/utils/site/extract';
import { fetchHtml, parseHtml } from '@/utils/library/fetch-page';
import type { ArticleInput } from '@/utils/db/records';
import { since, timed } from '@/utils/reader/timing';
import { chineseTranslator } from '@/utils/reader/translate';
import { createRemoteReader, type RemoteReader } from '@/utils/reader/remote-services';
import type { ReaderState } from '@/components/reader/Reader';
import type { ReaderArticle, ReaderServices } from '@/components/reader/model';
import { toReaderArticle } from '@/utils/reader/prepare';
import { buildPageReport, type PageReport } from '@/utils/site/page-report';

/** The later pages of a split article come from the same site (multipage.ts checks the origin). */
const fetchPage = fetchHtml;

export interface LoadedPage {
  state: ReaderState;
  services: ReaderServices | null;
  /** What "Save article" stores; null when there is nothing to save. */
  input: ArticleInput | null;
  /** A report of the page as the browser has it, with what the reader extracted ("This page reads wrong"). */
  buildReport: () => PageReport;
  /**
   * When only the first screen is annotated: the whole article, once the engine has it. Called
   * once the first screen is on screen (the engine's answer is unpacked then, not when it arrives).
   */
  complete?: () => Promise<LoadedPage>;
  /** Annotates the article again (after the learner changed how its words are cut). */
  reannotate?: () => Promise<LoadedPage>;
}

/** About a screenful of annotated text: annotated first, on its own, so it shows at once. */
const FIRST_SCREEN_CHARS = 700;

/** How many leading paragraphs fill the first screen. */
function firstScreenCount(paragraphs: readonly string[]): number {
  let chars = 0;
  let n = 0;
  while (n < paragraphs.length && chars < FIRST_SCREEN_CHARS) chars += paragraphs[n++].length;
  return n;
}

interface TabReader {
  reader: RemoteReader;
  /** The reader's services, once it is known whether the browser can translate Chinese here. */
  services: Promise<ReaderServices>;
}
let tab: TabReader | null = null;

/**
 * The tab's one connection to the engine, with the browser's translator where it has one. The
 * engine is asked at once; whether a translator exists is found out alongside (it can take the
 * browser a while) and only decides whether the reader offers translation.
 */
function remoteReader(): TabReader {
  if (tab) return tab;
  const translator = chineseTranslator();
  const reader = createRemoteReader({
    translate: async (text) => {
      const t = await translator;
      if (!t) throw new Error('this browser cannot translate Chinese here');
      return t.translate(text);
    },
  });
  tab = {
    reader,
    services: translator.then(
      (t) => (t ? reader.services : { ...reader.services, translate: undefined }),
      () => ({ ...reader.services, translate: undefined }),
    ),
  };
  return tab;
}

export async function loadPageForReader(document: Document, url: string): Promise<LoadedPage> {
  // The clone goes through Node.prototype.cloneNode: a page's <img name=cloneNode> cannot stop it.
  const clone = cloneDocument(document);
  if (!clone)
    return {
      state: { status: 'error', message: 'the page could not be copied' },
      services: null,
      input: null,
      buildReport: () => buildPageReport(document, url),
    };
  const { reader, services: servicesReady } = remoteReader();
  const article = await timed('extract', () => extractWithPages(clone, url, { fetchPage, parseHtml }));
  const buildReport = () => buildPageReport(document, url, { article });
  if (article.reason === TIMEOUT_REASON)
    return { state: { status: 'timeout' }, services: await servicesReady, input: null, buildReport };
  const hasText = article.paragraphs.length > 0 || article.links.length > 0;
  if (article.kind === 'none' || !hasText)
    return { state: { status: 'empty' }, services: await servicesReady, input: null, buildReport };
  const count = firstScreenCount(article.paragraphs);
  // The first screen is asked for on its own; the whole article once the first screen is on screen
  // (complete): its answer, large on a long page, then cannot arrive in the middle of drawing it.
  const head =
    count < article.paragraphs.length ? reader.annotate(article.paragraphs.slice(0, count), article.url) : null;
  let asked: ReturnType<RemoteReader['prepareLater']> | null = null;
  const whole = () =>
    (asked ??= timed('annotate', () => reader.prepareLater(article)).then((answer) => {
      since('engine', answer.ms);
      return answer;
    }));
  const services = await servicesReady;
  const reannotate = async (): Promise<LoadedPage> => {
    const prepared = await reader.prepare(article, { fresh: true });
    return ready(prepared.view, prepared.input);
  };
  const ready = (view: ReaderArticle, input: ArticleInput | null): LoadedPage => ({
    state: { status: 'ready', article: view },
    services,
    input,
    buildReport,
    reannotate,
  });
  if (!head) {
    const prepared = (await whole()).unpack();
    return ready(prepared.view, prepared.input);
  }
  const first = await timed('first-screen', () => head);
  let next = 0;
  const view = toReaderArticle(
    { ...article, paragraphs: article.paragraphs.slice(0, count) },
    () => first[next++].tokens,
  );
  view.paragraphCount = article.paragraphs.length;
  const complete = () =>
    whole().then((answer) => {
      const prepared = answer.unpack();
      // The paragraphs already on screen stay the same objects, so they are not drawn again.
      prepared.view.paragraphs.splice(0, count, ...view.paragraphs);
      return ready(prepared.view, prepared.input);
    });
  return { ...ready(view, null), complete };
}
