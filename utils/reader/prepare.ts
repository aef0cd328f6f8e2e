/**
 * From an extracted `Article` to what the reader renders: fields mapped, paragraphs annotated once.
 */
import type { Article, Link } from '../site/article';
import type { ReaderArticle, ReaderEdition, ReaderLink, ReaderToken } from '@/components/reader/model';

/** Turns one paragraph of text into reader tokens (the text engine, with the glossary). */
export type ParagraphAnnotator = (text: string) => ReaderToken[];

const link = (l: Link): ReaderLink => ({ title: l.title, url: l.url });

function editionOf(article: Article): ReaderEdition | undefined {
  const paper = article.paper;
  if (!paper) return undefined;
  const page = paper.page
    ? `第${String(paper.page).padStart(2, '0')}版${paper.pageName ? `：${paper.pageName}` : ''}`
    : '';
  const label = ['工人日报', paper.date, page].filter(Boolean).join(' · ');
  const pageLink = paper.pages.find((p) => p.title.includes(String(paper.page).padStart(2, '0')));
  return {
    label,
    pageUrl: pageLink?.url,
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
