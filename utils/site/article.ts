/** What `extract` returns for a page. */
import type { PageFamily, PageKind } from './types';
import { pageNumberFromUrl } from './urls';

export interface Link {
  title: string;
  /** Absolute http(s) URL. */
  url: string;
}

export interface ArticleImage {
  /** Absolute http(s) URL. */
  src: string;
  alt: string;
  caption: string;
}

/** Data of a printed paper, where the page comes from one (e-paper families). */
export interface PaperInfo {
  /** Paper code from the URL (`grrb` = 工人日报; sister papers use their own). */
  paper: string;
  date: string;
  /** Page (版) number, 0 when unknown. */
  page: number;
  /** Page name, e.g. `要闻` from `第01版：要闻`; '' where the page shows only its number (the e-paper today). */
  pageName: string;
  /** The PDF of the page (`…/P/grrbYYYYMMDDP.pdf`), or ''. */
  pdf?: string;
  /** Article number on the page, 0 for a page index. */
  article: number;
  previous: Link | null;
  next: Link | null;
  /** The other articles of the same page, in page order. */
  pageArticles: Link[];
  /** The pages of the day's issue. */
  pages: Link[];
}

export type Extractor = 'epaper' | 'epaper-legacy' | 'portal' | 'portal-legacy' | 'list' | 'readability' | 'none';

export interface Article {
  kind: PageKind;
  family: PageFamily;
  /** Which extractor produced the result. */
  extractor: Extractor;
  /** Canonical URL: absolute, no hash, no tracking query. */
  url: string;
  /** Why there is no article (kind `none` or nothing found); '' otherwise. */
  reason: string;
  paper: PaperInfo | null;
  /** 引题 */
  pretitle: string;
  title: string;
  /** 副题 */
  subtitle: string;
  /**
   * The reporter note as printed, without brackets: `记者赖志凯` from `本报北京4月28日电（记者赖志凯）`,
   * `新华社记者 郭欣媛`, `本报记者 康劲`.
   */
  byline: string;
  /** Who published it: `工人日报` (本报), `新华社`, or the page's source line. */
  source: string;
  /** Publication date, YYYY-MM-DD, or ''. */
  date: string;
  /** Body paragraphs, plain normalized text, in order. */
  paragraphs: string[];
  /** The body as sanitized HTML (paragraphs and figures), safe to insert as is. */
  html: string;
  images: ArticleImage[];
  /** Continuation notes found in the body: `（上接第1版）`, `（下转第3版）`. */
  continuations: string[];
  /** For edition and list pages: the articles they link to. */
  links: Link[];
  /** `characters`: non-space characters of the body; `words`: CJK characters plus Latin/number runs. */
  counts: { characters: number; words: number; paragraphs: number };
}

export function emptyArticle(url: string, partial: Partial<Article> = {}): Article {
  return {
    kind: 'none',
    family: 'other',
    extractor: 'none',
    url,
    reason: '',
    paper: null,
    pretitle: '',
    title: '',
    subtitle: '',
    byline: '',
    source: '',
    date: '',
    paragraphs: [],
    html: '',
    images: [],
    continuations: [],
    links: [],
    counts: { characters: 0, words: 0, paragraphs: 0 },
    ...partial,
  };
}

/** The link to the article's own page (版) among the day's pages, if the page lists it. */
export function ownPageLink(paper: PaperInfo): Link | undefined {
  return paper.page ? paper.pages.find((p) => pageNumberFromUrl(p.url) === paper.page) : undefined;
}
