/** What list and search results carry for each article: enough for a row, not the body. */
import type { ArticleFamily, ReadingState, StoredArticle } from '../db/records';

export interface ArticleSummary {
  url: string;
  family: ArticleFamily;
  pretitle?: string;
  title: string;
  subtitle?: string;
  date: string;
  page?: number;
  pageName?: string;
  state: ReadingState;
  progress: number;
  tags: string[];
  savedAt: number;
  updatedAt: number;
  chars: number;
  /** Ids of the glossary terms met in the article. */
  termIds: string[];
  /** Search results: the text around the first match; lists: the opening of the body. */
  snippet: string;
}

export function summarize(a: StoredArticle, snippet?: string): ArticleSummary {
  const s: ArticleSummary = {
    url: a.url,
    family: a.family,
    title: a.title,
    date: a.date,
    state: a.state,
    progress: a.progress,
    tags: a.tags,
    savedAt: a.savedAt,
    updatedAt: a.updatedAt,
    chars: a.stats.chars,
    termIds: a.terms.map((t) => t.id),
    snippet: snippet ?? (a.paragraphs[0] ?? '').slice(0, 80),
  };
  if (a.pretitle) s.pretitle = a.pretitle;
  if (a.subtitle) s.subtitle = a.subtitle;
  if (a.edition) {
    s.page = a.edition.page;
    if (a.edition.pageName) s.pageName = a.edition.pageName;
  }
  return s;
}
