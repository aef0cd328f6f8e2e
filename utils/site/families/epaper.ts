/**
 * E-paper (工人日报 数字报): `/papers/grrb/YYYY/MM/DD/P/news-N.html` articles, `.../P/page.html`
 * page views and the fixed entry `/papers/grrb/index.html`. Headline parts in `#pretitle`,
 * `#ctitle` (and a subtitle where one is marked); body `#ccontent`; pictures `#imgs`. On the real
 * pages the day's pages are `div.holder ul#pageUrl li` (an `a.pdf` and a link whose text is only
 * the number) and `ul#pageTitle` lists the current page's articles. Links are classified by their
 * address, so a page that puts them elsewhere still reads. Selectors: rules.ts.
 */
import type { Link, PaperInfo } from '../article';
import { bodyBlocks } from '../blocks';
import { $, $$, attr, textOf } from '../dom';
import { cleanTitle, collapseSpace as normalizeText } from '../normalize';
import { isPaperFrameLine, paperLineIn, textAt, pageTitleText } from '../meta';
import { pageLabel, pageNameFrom } from '../page-label';
import { EPAPER } from '../rules';
import type { BodyBlock } from '../sanitize';
import { EPAPER_ARTICLE, EPAPER_DAY, EPAPER_ENTRY, EPAPER_PAGE, absoluteUrl, parseUrl, ymd } from '../urls';
import { type FamilyResult } from './shared';

/** Navigation, with or without the angle brackets the site writes (`<上一版`, `下一版>`). */
const NAV_TEXT = /^[<＜〈«‹]?\s*(上一篇|下一篇|上一版|下一版|上一期|下一期|前一篇|后一篇|返回|PDF)|^版面目录/i;
const PREVIOUS = /^[<＜〈«‹]?\s*(上一篇|前一篇)/;
const NEXT = /^[<＜〈«‹]?\s*(下一篇|后一篇)/;

interface PageKey {
  paper: string;
  date: string;
  page: number;
  article: number;
  dir: string;
}

const dirOf = (pathname: string) => pathname.replace(/[^/]*$/, '');

function keyOf(url: string): PageKey | null {
  const u = parseUrl(url);
  if (!u) return null;
  const a = EPAPER_ARTICLE.exec(u.pathname);
  if (a)
    return {
      paper: a[1],
      date: ymd(a[2], a[3], a[4]),
      page: Number(a[5]),
      article: Number(a[6]),
      dir: dirOf(u.pathname),
    };
  const p = EPAPER_PAGE.exec(u.pathname);
  if (p) return { paper: p[1], date: ymd(p[2], p[3], p[4]), page: Number(p[5]), article: 0, dir: dirOf(u.pathname) };
  const d = EPAPER_DAY.exec(u.pathname);
  if (d)
    return {
      paper: d[1],
      date: ymd(d[2], d[3], d[4]),
      page: 0,
      article: 0,
      dir: u.pathname.replace(/\/?(index\.html)?$/, '/'),
    };
  return null;
}

/** The entry page shows the latest issue's first page: its key comes from the links it lists. */
function entryKey(doc: Document, url: string): PageKey | null {
  const u = parseUrl(url);
  const m = u && EPAPER_ENTRY.exec(u.pathname);
  if (!m) return null;
  const selectors = [...EPAPER.pageArticles, ...EPAPER.pageItems.map((s) => `${s} a[href]`), 'a[href]'];
  for (const selector of selectors) {
    for (const a of $$(doc, selector)) {
      const key = keyOf(absoluteUrl(attr(a, 'href'), url));
      if (key?.page) return { ...key, article: 0 };
    }
  }
  const line = paperLineIn(doc);
  return line?.date ? { paper: m[1] ?? 'grrb', date: line.date, page: 0, article: 0, dir: '' } : null;
}

const clean = (href: string | null, base: string) => absoluteUrl(href, base).replace(/#.*$/, '');
const linkText = (a: Element) => normalizeText(textOf(a) || attr(a, 'title'));

/** The day's pages, each labelled `第2版` (or `第1版：要闻` where the link names the page), and each page's PDF. */
function dayPages(
  doc: Document,
  url: string,
  key: PageKey,
): { pages: Link[]; names: Map<number, string>; pdfs: Map<number, string> } {
  const names = new Map<number, string>();
  const pdfs = new Map<number, string>();
  const found = new Map<number, string>();
  const isPage = (u: string) => {
    const k = keyOf(u);
    return k && EPAPER_PAGE.test(parseUrl(u)!.pathname) && k.date === key.date ? k.page : 0;
  };
  const isPdf = (u: string) => /\.pdf$/i.test(parseUrl(u)?.pathname ?? '');
  const note = (page: number, pageUrl: string, text: string) => {
    if (!found.has(page)) found.set(page, pageUrl);
    const name = pageNameFrom(text);
    if (name && !names.has(page)) names.set(page, name);
  };
  const items = EPAPER.pageItems.map((s) => $$(doc, s)).find((list) => list.length) ?? [];
  for (const li of items) {
    for (const a of $$(li, 'a[href]')) {
      const u = clean(attr(a, 'href'), url);
      const page = isPage(u);
      if (page) note(page, u, linkText(a));
      else if (isPdf(u)) {
        const k = keyOf(u.replace(/[^/]*$/, 'page.html'));
        if (k?.page && !pdfs.has(k.page)) pdfs.set(k.page, u);
      }
    }
  }
  // Anywhere else on the page (other layouts): page links by address, navigation labels left out.
  for (const a of $$(doc, 'a[href]')) {
    const u = clean(attr(a, 'href'), url);
    const page = u ? isPage(u) : 0;
    const text = linkText(a);
    if (page && !NAV_TEXT.test(text)) note(page, u, text);
    if (u && isPdf(u)) {
      const k = keyOf(u.replace(/[^/]*$/, 'page.html'));
      if (k?.page && k.date === key.date && !pdfs.has(k.page)) pdfs.set(k.page, u);
    }
  }
  const pages = [...found.entries()]
    .sort(([a], [b]) => a - b)
    .map(([page, pageUrl]) => ({ title: pageLabel(page, names.get(page)), url: pageUrl }));
  return { pages, names, pdfs };
}

/** The current page's articles: `ul#pageTitle` in its order, else every article link of the page's folder. */
function pageArticlesOf(doc: Document, url: string, key: PageKey): Link[] {
  const inDir = (u: string) => {
    const p = parseUrl(u)?.pathname ?? '';
    return p.startsWith(key.dir) && EPAPER_ARTICLE.test(p);
  };
  const collect = (anchors: Element[]) => {
    const seen = new Map<string, Link>();
    for (const a of anchors) {
      const u = clean(attr(a, 'href'), url);
      const title = linkText(a);
      if (!u || !inDir(u) || !title || NAV_TEXT.test(title) || seen.has(u)) continue;
      seen.set(u, { title, url: u });
    }
    return [...seen.values()];
  };
  for (const selector of EPAPER.pageArticles) {
    const listed = collect($$(doc, selector));
    if (listed.length) return listed;
  }
  return collect($$(doc, 'a[href]')).sort((x, y) => (keyOf(x.url)?.article ?? 0) - (keyOf(y.url)?.article ?? 0));
}

function paperInfo(doc: Document, url: string, key: PageKey): PaperInfo {
  const { pages, names, pdfs } = dayPages(doc, url, key);
  const pageArticles = pageArticlesOf(doc, url, key);
  const titles = new Map(pageArticles.map((l) => [l.url, l.title]));
  const navLink = (re: RegExp): Link | null => {
    const a = $$(doc, 'a[href]').find((el) => re.test(linkText(el)));
    const u = a ? clean(attr(a, 'href'), url) : '';
    if (!u || !EPAPER_ARTICLE.test(parseUrl(u)?.pathname ?? '')) return null;
    return {
      title: titles.get(u) ?? linkText(a!).replace(/^[<＜〈«‹]?\s*(上一篇|下一篇|前一篇|后一篇)\s*[:：]?\s*/, ''),
      url: u,
    };
  };
  const byNumber = (n: number) => pageArticles.find((l) => keyOf(l.url)?.article === n) ?? null;
  const pdf = pdfs.get(key.page) ?? '';
  return {
    paper: key.paper,
    date: key.date,
    page: key.page,
    pageName: names.get(key.page) ?? '',
    pdf,
    article: key.article,
    previous: key.article ? (navLink(PREVIOUS) ?? byNumber(key.article - 1)) : null,
    next: key.article ? (navLink(NEXT) ?? byNumber(key.article + 1)) : null,
    pageArticles,
    pages,
  };
}

/** `#imgs`: its pictures, a lone picture captioned with the box's text (whatever markup holds it). */
function pictures(doc: Document, url: string): BodyBlock[] {
  const box = EPAPER.pictures.map((s) => $(doc, s)).find(Boolean);
  if (!box) return [];
  const blocks = bodyBlocks(box, { baseUrl: url, keepNoise: true });
  const images = blocks.filter((b) => b.type === 'img');
  const text = blocks.flatMap((b) => (b.type === 'p' ? [b.text] : [])).join(' ');
  if (images.length === 1 && images[0].type === 'img' && !images[0].image.caption) images[0].image.caption = text;
  return images;
}

function firstText(doc: Document, selectors: readonly string[]): string {
  for (const s of selectors) {
    const t = textAt(doc, s);
    if (t) return t;
  }
  return '';
}

export function extractEpaper(doc: Document, url: string): FamilyResult | null {
  const key = keyOf(url) ?? entryKey(doc, url);
  if (!key) return null;
  const paper = paperInfo(doc, url, key);
  if (!key.article) {
    const links = key.page ? paper.pageArticles : collectArticles(doc, url, key.date);
    return {
      kind: 'edition',
      extractor: 'epaper',
      paper,
      title: pageLabel(key.page, paper.pageName) || cleanTitle(pageTitleText(doc)),
      date: key.date,
      links,
      blocks: [],
    };
  }
  const body = EPAPER.body.map((s) => $(doc, s)).find(Boolean);
  if (!body) return null;
  const title = firstText(doc, EPAPER.title) || cleanTitle(pageTitleText(doc));
  const blocks = [...pictures(doc, url), ...bodyBlocks(body, { baseUrl: url })].filter(
    (b) => b.type !== 'p' || !isPaperFrameLine(b.text),
  );
  return {
    extractor: 'epaper',
    paper,
    pretitle: firstText(doc, EPAPER.pretitle),
    title,
    subtitle: firstText(doc, EPAPER.subtitle),
    date: key.date,
    blocks,
  };
}

/** A day index (where the site has one): every article of the date. */
function collectArticles(doc: Document, url: string, date: string): Link[] {
  const seen = new Map<string, Link>();
  for (const a of $$(doc, 'a[href]')) {
    const u = clean(attr(a, 'href'), url);
    const title = linkText(a);
    if (!u || !title || NAV_TEXT.test(title) || seen.has(u)) continue;
    if (EPAPER_ARTICLE.test(parseUrl(u)?.pathname ?? '') && keyOf(u)?.date === date) seen.set(u, { title, url: u });
  }
  return [...seen.values()];
}
