/**
 * Portal channel and list pages (e.g. `https://www.workercn.cn/character/`): `ul.list > li` items
 * with `h3 > a`, a `.info2` timestamp and a source name. Any other list falls back to the links
 * that look like article URLs.
 */
import { $, textOf } from '../dom';
import { cleanTitle } from '../normalize';
import { EPAPER_ARTICLE, PORTAL_ARTICLE, PORTAL_LEGACY_ARTICLE } from '../urls';
import { collectLinks, type FamilyResult } from './shared';

const isArticleUrl = (u: URL) =>
  PORTAL_ARTICLE.test(u.pathname) || PORTAL_LEGACY_ARTICLE.test(u.pathname) || EPAPER_ARTICLE.test(u.pathname);

export function extractList(doc: Document, url: string): FamilyResult | null {
  let links = collectLinks(doc, 'ul.list li h3 a, ul.list > li > a', url, isArticleUrl);
  if (links.length === 0) links = collectLinks(doc, 'a[href]', url, isArticleUrl);
  const heading = textOf($(doc, '.list-title, .lm_title, h2.title, .channel-name'));
  return { kind: 'list', extractor: 'list', title: cleanTitle(heading || textOf($(doc, 'title'))), links, blocks: [] };
}
