/**
 * Older e-paper: `http://media.workercn.cn/sites/media/grrb/YYYY_MM/DD/GR0P0N.htm` (page P,
 * article N; `GR0P00.htm` is the page index), sister papers under the same tree. The markup is not
 * documented; these are the usual places of the newspaper publishing system it came from, and
 * `extract` falls back to the generic pass when none matches.
 */
import type { PaperInfo } from '../article';
import { $, textOf } from '../dom';
import { cleanTitle } from '../normalize';
import { EPAPER_LEGACY, parseUrl, ymd } from '../urls';
import { extractParts } from './page-parts';
import { collectLinks, type FamilyResult } from './shared';

function keyOf(url: string) {
  const u = parseUrl(url);
  const m = u && EPAPER_LEGACY.exec(u.pathname);
  if (!u || !m) return null;
  return {
    paper: m[1],
    date: ymd(m[2], m[3], m[4]),
    prefix: m[5],
    page: Number(m[6]),
    article: Number(m[7]),
    dir: u.pathname.replace(/[^/]*$/, ''),
  };
}

export function extractEpaperLegacy(doc: Document, url: string): FamilyResult | null {
  const key = keyOf(url);
  if (!key) return null;
  const samePage = (u: URL) => {
    const k = keyOf(u.href);
    return !!k && u.pathname.startsWith(key.dir) && k.page === key.page && k.article > 0;
  };
  const pageArticles = collectLinks(doc, 'a[href]', url, samePage).filter(
    (l) => !/^(上一篇|下一篇|上一版|下一版)/.test(l.title),
  );
  pageArticles.sort((a, b) => (keyOf(a.url)?.article ?? 0) - (keyOf(b.url)?.article ?? 0));
  const pages = collectLinks(doc, 'a[href]', url, (u) => {
    const k = keyOf(u.href);
    return !!k && u.pathname.startsWith(key.dir) && k.article === 0;
  });
  const here = pages.find((l) => keyOf(l.url)?.page === key.page);
  const byNumber = (n: number) => pageArticles.find((l) => keyOf(l.url)?.article === n) ?? null;
  const paper: PaperInfo = {
    paper: key.paper,
    date: key.date,
    page: key.page,
    pageName: here ? here.title.replace(/^第\s*\S{1,3}\s*版\s*[:：]?\s*/, '') : '',
    article: key.article,
    previous: key.article ? byNumber(key.article - 1) : null,
    next: key.article ? byNumber(key.article + 1) : null,
    pageArticles,
    pages,
  };
  if (key.article === 0) {
    return {
      kind: 'edition',
      extractor: 'epaper-legacy',
      paper,
      date: key.date,
      title: here?.title ?? cleanTitle(textOf($(doc, 'title'))),
      links: pageArticles,
      blocks: [],
    };
  }
  const parts = extractParts(doc, url, {
    extractor: 'epaper-legacy',
    title: ['founder-title', '.founder-title', '#title', 'td.font01', 'h1'],
    pretitle: ['founder-introtitle', '.founder-introtitle', '#pretitle', 'td.font02'],
    subtitle: ['founder-subtitle', '.founder-subtitle', '#subtitle', 'td.font03'],
    body: ['founder-content', '.founder-content', '#ozoom', '#content', 'td.font6'],
  });
  if (!parts) return null;
  return { ...parts, paper, date: key.date };
}
