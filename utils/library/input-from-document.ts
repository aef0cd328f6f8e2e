/**
 * From a fetched or open workercn.cn page to what the library stores: the shared steps of the
 * reader's "Save article" and the library's batch saves (fetch, decode, extract, terms, stats).
 */
import { fetchHtml, parseHtml } from './fetch-page';
import { extractWithPages } from '../site/multipage';
import type { Article } from '../site/article';
import { termsOf } from '../glossary';
import type { ArticleInput } from '../db/records';
import type { ReaderToken } from '@/components/reader/model';
import { articleInputFrom } from './from-article';

export { fetchHtml, parseHtml };

/** Fetches and extracts a page (with the later pages of a split article). */
export async function fetchArticlePage(url: string): Promise<Article> {
  const doc = parseHtml(await fetchHtml(url));
  return extractWithPages(doc, url, { fetchPage: fetchHtml, parseHtml });
}

/** Han characters (syllables) and words of annotated paragraphs. */
export function statsOfTokens(paragraphs: readonly { tokens: readonly Pick<ReaderToken, 'syllables'>[] }[]): {
  chars: number;
  words: number;
} {
  const tokens = paragraphs.flatMap((p) => p.tokens);
  return {
    chars: tokens.reduce((n, t) => n + t.syllables.length, 0),
    words: tokens.filter((t) => t.syllables.length > 0).length,
  };
}

/** The stored form of an extracted article, with its glossary terms and the stats of its annotated paragraphs. */
export function inputFromArticle(
  article: Article,
  annotated: readonly { tokens: readonly Pick<ReaderToken, 'syllables'>[] }[],
): ArticleInput {
  const terms = termsOf([article.pretitle, article.title, article.subtitle, ...article.paragraphs].join('\n\n\n'));
  return articleInputFrom(
    article,
    terms.map(({ id, term, en, count }) => ({ id, term, en, count })),
    statsOfTokens(annotated),
  );
}
