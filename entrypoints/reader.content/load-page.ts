/** Extract the page (on a clone), load the text engine, annotate: what the reader shows. */
import { extractWithPages } from '@/utils/site/multipage';
import { cloneDocument } from '@/utils/site/dom';
import { TIMEOUT_REASON } from '@/utils/site/extract';
import { ReadTimeout } from '@/utils/site/budget';
import { loadTextEngine } from '@/utils/text';
import { extensionLoader } from '@/utils/text/load-extension';
import { createMatchScope, getGlossaryMatcher } from '@/utils/glossary';
import { fetchHtml, inputFromArticle, parseHtml } from '@/utils/library/input-from-document';
import type { ArticleInput } from '@/utils/db/records';
import { toReaderArticle, type ParagraphAnnotator } from '@/utils/reader/prepare';
import { timed } from '@/utils/reader/timing';
import { chineseTranslator } from '@/utils/reader/translate';
import { createParagraphAnnotator } from '@/utils/reader/annotate-paragraph';
import { createReaderServices } from '@/utils/reader/services';
import type { ReaderState } from '@/components/reader/Reader';
import type { ReaderServices } from '@/components/reader/model';
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
}

/**
 * Time budget of annotating one page (a long article takes well under a tenth of it). Checked
 * between paragraphs; extraction has its own (`EXTRACT_BUDGET_MS`), checked as it walks the page.
 */
const ANNOTATE_BUDGET_MS = 3000;

/** The annotator, throwing `ReadTimeout` once `ms` have passed since the first paragraph. */
function withinBudget(annotate: ParagraphAnnotator, ms: number): ParagraphAnnotator {
  let deadline = 0;
  return (text) => {
    const now = performance.now();
    if (!deadline) deadline = now + ms;
    else if (now > deadline) throw new ReadTimeout(ms);
    return annotate(text);
  };
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
  const [article, engine, translator] = await Promise.all([
    timed('extract', () => extractWithPages(clone, url, { fetchPage, parseHtml })),
    timed('dictionary', () => loadTextEngine(extensionLoader)),
    chineseTranslator(),
  ]);
  const services = createReaderServices(engine, { translate: translator?.translate });
  const buildReport = () => buildPageReport(document, url, { article });
  if (article.reason === TIMEOUT_REASON) return { state: { status: 'timeout' }, services, input: null, buildReport };
  const hasText = article.paragraphs.length > 0 || article.links.length > 0;
  if (article.kind === 'none' || !hasText) return { state: { status: 'empty' }, services, input: null, buildReport };
  const matcher = await timed('glossary', () => getGlossaryMatcher());
  // One scope for the page's paragraphs, in order: a bare 六中全会 takes the term named before it.
  const scope = createMatchScope();
  const annotate = withinBudget(
    createParagraphAnnotator(engine, (text) => matcher.match(text, scope)),
    ANNOTATE_BUDGET_MS,
  );
  let view;
  try {
    view = await timed('annotate', () => toReaderArticle(article, annotate));
  } catch (error) {
    if (error instanceof ReadTimeout) return { state: { status: 'timeout' }, services, input: null, buildReport };
    throw error;
  }
  let input: ArticleInput | null = null;
  if (article.kind === 'article') input = inputFromArticle(article, view.paragraphs);
  return { state: { status: 'ready', article: view }, services, input, buildReport };
}
