/** Extract the page (on a clone), load the text engine, annotate: what the reader shows. */
import { extractWithPages } from '@/utils/site/multipage';
import { loadTextEngine } from '@/utils/text';
import { extensionLoader } from '@/utils/text/load-extension';
import { createMatchScope, getGlossaryMatcher } from '@/utils/glossary';
import { fetchHtml, inputFromArticle, parseHtml } from '@/utils/library/input-from-document';
import type { ArticleInput } from '@/utils/db/records';
import { toReaderArticle } from '@/utils/reader/prepare';
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

export async function loadPageForReader(document: Document, url: string): Promise<LoadedPage> {
  const [article, engine, translator] = await Promise.all([
    timed('extract', () => extractWithPages(document.cloneNode(true) as Document, url, { fetchPage, parseHtml })),
    timed('dictionary', () => loadTextEngine(extensionLoader)),
    chineseTranslator(),
  ]);
  const services = createReaderServices(engine, { translate: translator?.translate });
  const buildReport = () => buildPageReport(document, url, { article });
  const hasText = article.paragraphs.length > 0 || article.links.length > 0;
  if (article.kind === 'none' || !hasText) return { state: { status: 'empty' }, services, input: null, buildReport };
  const matcher = await timed('glossary', () => getGlossaryMatcher());
  // One scope for the page's paragraphs, in order: a bare 六中全会 takes the term named before it.
  const scope = createMatchScope();
  const annotate = createParagraphAnnotator(engine, (text) => matcher.match(text, scope));
  const view = await timed('annotate', () => toReaderArticle(article, annotate));
  let input: ArticleInput | null = null;
  if (article.kind === 'article') input = inputFromArticle(article, view.paragraphs);
  return { state: { status: 'ready', article: view }, services, input, buildReport };
}
