/**
 * Portal channel and list pages (e.g. `https://www.workercn.cn/character/`): `ul.list > li#li_<id>`
 * items, an image link before the `h3 > a` title, a `.info2` timestamp and a source name; legacy
 * channels (`/32841/32841.shtml`) list theirs in `ul#leftList`. Any other list falls back to the
 * links that look like article URLs. Selectors: rules.ts.
 */
import { textOf, $ } from '../dom';
import { pageTitleText } from '../meta';
import { cleanTitle } from '../normalize';
import { LIST } from '../rules';
import { EPAPER_ARTICLE, PORTAL_ARTICLE, PORTAL_LEGACY_ARTICLE } from '../urls';
import { collectLinks, type FamilyResult } from './shared';

const isArticleUrl = (u: URL) =>
  PORTAL_ARTICLE.test(u.pathname) || PORTAL_LEGACY_ARTICLE.test(u.pathname) || EPAPER_ARTICLE.test(u.pathname);

export function extractList(doc: Document, url: string): FamilyResult | null {
  let links = collectLinks(doc, LIST.items.join(', '), url, isArticleUrl);
  if (links.length === 0) links = collectLinks(doc, 'a[href]', url, isArticleUrl);
  const heading = LIST.heading.map((s) => textOf($(doc, s)).trim()).find(Boolean) ?? '';
  return { kind: 'list', extractor: 'list', title: cleanTitle(heading || pageTitleText(doc)), links, blocks: [] };
}
