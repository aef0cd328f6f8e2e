/**
 * Older e-paper (about 2015–2019, retired by 2021): `http://media.workercn.cn/sites/media/grrb/
 * YYYY_MM/DD/GR0P0N.htm` (page P, article N; `GR0P00.htm` is the page index), sister papers under
 * the same tree, and the 2009 `news.workercn.cn/onlinepaper/…`. Article pages have no `<title>`:
 * title `div.text_c h1`, body `#ozoom > div > span > p`, author `div.lai span`; page indexes list
 * the pages in `div#page_content` tables and the articles as an image map (`<area>`) and a list.
 * Selectors: rules.ts; `extract` falls back to the generic pass when none matches.
 */
import type { Link, PaperInfo } from '../article';
import { isPaperFrameLine, textAt, pageTitleText } from '../meta';
import { cleanTitle } from '../normalize';
import { pageLabel, pageNameFrom } from '../page-label';
import { EPAPER_LEGACY as RULES } from '../rules';
import { EPAPER_LEGACY, parseUrl, ymd } from '../urls';
import { extractParts } from './page-parts';
import { collectLinks, type FamilyResult } from './shared';

function keyOf(url: string) {
  const u = parseUrl(url);
  const m = u && EPAPER_LEGACY.exec(u.pathname);
  if (!u || !m) return null;
  return {
    paper: m[1] ?? 'grrb',
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
  const pageArticles = collectLinks(doc, RULES.articles.join(', '), url, samePage).filter(
    (l) => !/^[<＜]?\s*(上一篇|下一篇|上一版|下一版)/.test(l.title),
  );
  pageArticles.sort((a, b) => (keyOf(a.url)?.article ?? 0) - (keyOf(b.url)?.article ?? 0));
  const isPageIndex = (u: URL) => {
    const k = keyOf(u.href);
    return !!k && u.pathname.startsWith(key.dir) && k.article === 0;
  };
  const listed = collectLinks(doc, RULES.pages.join(', '), url, isPageIndex);
  const pageLinks = listed.length ? listed : collectLinks(doc, 'a[href]', url, isPageIndex);
  const here = pageLinks.find((l) => keyOf(l.url)?.page === key.page);
  const pages = pageLinks.map((l) => ({
    title: pageLabel(keyOf(l.url)?.page, pageNameFrom(l.title)) || l.title,
    url: l.url,
  }));
  const byNumber = (n: number) => pageArticles.find((l) => keyOf(l.url)?.article === n) ?? null;
  /** `上一篇` / `下一篇` links where the page lists no articles (article pages without the page's list). */
  const nav = (re: RegExp): Link | null => {
    const l = collectLinks(doc, 'a[href]', url, samePage).find((x) => re.test(x.title));
    return l ? { title: l.title.replace(re, '').replace(/^\s*[:：]\s*/, '') || l.title, url: l.url } : null;
  };
  const paper: PaperInfo = {
    paper: key.paper,
    date: key.date,
    page: key.page,
    pageName: here ? pageNameFrom(here.title) : '',
    pdf: '',
    article: key.article,
    previous: key.article ? (byNumber(key.article - 1) ?? nav(/^[<＜]?\s*上一篇/)) : null,
    next: key.article ? (byNumber(key.article + 1) ?? nav(/^[<＜]?\s*下一篇/)) : null,
    pageArticles,
    pages,
  };
  if (key.article === 0) {
    return {
      kind: 'edition',
      extractor: 'epaper-legacy',
      paper,
      date: key.date,
      title: pageLabel(key.page, paper.pageName) || cleanTitle(pageTitleText(doc)),
      links: pageArticles,
      blocks: [],
    };
  }
  const parts = extractParts(doc, url, {
    extractor: 'epaper-legacy',
    title: RULES.title,
    pretitle: RULES.pretitle,
    subtitle: RULES.subtitle,
    body: RULES.body,
  });
  if (!parts) return null;
  const author = RULES.author.map((s) => textAt(doc, s)).find(Boolean) ?? '';
  return {
    ...parts,
    paper,
    date: key.date,
    byline: author.replace(/^(作者|文)\s*[:：]\s*/, ''),
    blocks: parts.blocks.filter((b) => b.type !== 'p' || !isPaperFrameLine(b.text)),
  };
}
