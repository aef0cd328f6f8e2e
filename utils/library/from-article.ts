/** From an extracted `Article` (utils/site) to what the library stores (`ArticleInput`). */
import { ownPageLink, type Article } from '../site/article';
import type { ArticleInput, ArticleTerm, ArticleStats } from '../db/records';

export function articleInputFrom(article: Article, terms: ArticleTerm[], stats: ArticleStats): ArticleInput {
  const paper = article.paper;
  const pageLink = paper ? ownPageLink(paper) : undefined;
  return {
    url: article.url,
    family: article.family,
    edition:
      paper && paper.page
        ? {
            date: paper.date,
            page: paper.page,
            pageName: paper.pageName || undefined,
            articleNo: paper.article || undefined,
            pageUrl: pageLink?.url,
          }
        : undefined,
    pretitle: article.pretitle || undefined,
    title: article.title,
    subtitle: article.subtitle || undefined,
    byline: article.byline || undefined,
    source: article.source || undefined,
    date: article.date,
    paragraphs: article.paragraphs,
    html: article.html,
    images: article.images.map((image) => ({ url: image.src, caption: image.caption || image.alt || undefined })),
    terms,
    stats,
  };
}
