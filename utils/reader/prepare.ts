/**
 * From an extracted `Article` to what the reader renders: fields mapped, paragraphs annotated once.
 */
import { ownPageLink, type Article, type Link } from '../site/article';
import { pageLabel } from '../site/page-label';
import type { ReaderArticle, ReaderEdition, ReaderLink, ReaderToken } from '@/components/reader/model';

/** Turns one paragraph of text into reader tokens (the text engine, with the glossary). */
export type ParagraphAnnotator = (text: string) => ReaderToken[];

const link = (l: Link): ReaderLink => ({ title: l.title, url: l.url });

/** "工人日报 · 2021-09-18 · 第2版" (or "… · 第1版：要闻" where the page has a name): how the reader labels an e-paper page. */
export function editionLabel(edition: { date: string; page: number; pageName?: string }): string {
  return ['工人日报', edition.date, pageLabel(edition.page, edition.pageName)].filter(Boolean).join(' · ');
}

function editionOf(article: Article): ReaderEdition | undefined {
  const paper = article.paper;
  if (!paper) return undefined;
  return {
    label: editionLabel(paper),
    pageUrl: ownPageLink(paper)?.url,
    pdfUrl: paper.pdf || undefined,
    previous: paper.previous ? link(paper.previous) : undefined,
    next: paper.next ? link(paper.next) : undefined,
    siblings: paper.pageArticles.filter((a) => a.url !== article.url).map(link),
    pages: paper.pages.map(link),
  };
}

export function toReaderArticle(article: Article, annotate: ParagraphAnnotator): ReaderArticle {
  return {
    url: article.url,
    title: article.title,
    pretitle: article.pretitle || undefined,
    subtitle: article.subtitle || undefined,
    byline: article.byline || undefined,
    source: article.source || undefined,
    date: article.date || undefined,
    edition: editionOf(article),
    images: article.images.map((image) => ({ url: image.src, caption: image.caption || image.alt || undefined })),
    paragraphs: article.paragraphs.map((text) => ({ tokens: annotate(text) })),
    links: article.kind === 'edition' || article.kind === 'list' ? article.links.map(link) : undefined,
  };
}
