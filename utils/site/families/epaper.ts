/**
 * E-paper (工人日报 数字报): `/papers/grrb/YYYY/MM/DD/P/news-N.html` articles and `.../P/page.html`
 * page indexes. Headline parts in `#pretitle`, `#ctitle`, `#subtitle`; body `#ccontent`; pictures
 * `#imgs`; the day's pages in `#pageTitle`.
 */
import type { Link, PaperInfo } from '../article';
import { bodyBlocks } from '../blocks';
import { $, $$, attr, textOf } from '../dom';
import { cleanTitle, collapseSpace as normalizeText } from '../normalize';
import { textAt } from '../meta';
import type { BodyBlock } from '../sanitize';
import { EPAPER_ARTICLE, EPAPER_DAY, EPAPER_PAGE, absoluteUrl, parseUrl, ymd } from '../urls';
import { collectLinks, type FamilyResult } from './shared';

const NAV_TEXT = /^(上一篇|下一篇|上一版|下一版|前一篇|后一篇|返回|PDF)/;

interface PageKey {
  paper: string;
  date: string;
  page: number;
  article: number;
  dir: string;
}

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
      dir: u.pathname.replace(/[^/]*$/, ''),
    };
  const p = EPAPER_PAGE.exec(u.pathname);
  if (p)
    return {
      paper: p[1],
      date: ymd(p[2], p[3], p[4]),
      page: Number(p[5]),
      article: 0,
      dir: u.pathname.replace(/[^/]*$/, ''),
    };
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

/** `第01版：要闻` → 要闻 */
function pageNameOf(text: string): string {
  const m = /第\s*\S{1,3}\s*版\s*[:：]?\s*(.*)$/.exec(text);
  return normalizeText(m ? m[1] : text);
}

function paperInfo(doc: Document, url: string, key: PageKey): PaperInfo {
  const isPage = (u: URL) => EPAPER_PAGE.test(u.pathname) && keyOf(u.href)?.date === key.date;
  let pageLinks = collectLinks(doc, '#pageTitle a, .pageTitle a, #pageList a', url, isPage);
  if (!pageLinks.length) pageLinks = collectLinks(doc, 'a[href]', url, isPage);
  const here = pageLinks.find((l) => keyOf(l.url)?.page === key.page);
  const articleLinks = $$(doc, 'a[href]')
    .filter((a) => !NAV_TEXT.test(normalizeText(textOf(a))))
    .map((a) => ({ a, url: absoluteUrl(attr(a, 'href'), url).replace(/#.*$/, '') }))
    .filter(
      ({ url: u }) => u && parseUrl(u)?.pathname.startsWith(key.dir) && EPAPER_ARTICLE.test(parseUrl(u)!.pathname),
    );
  const seen = new Map<string, Link>();
  for (const { a, url: u } of articleLinks) {
    const title = normalizeText(textOf(a) || attr(a, 'title'));
    if (title && !seen.has(u)) seen.set(u, { title, url: u });
  }
  const pageArticles = [...seen.values()].sort((x, y) => (keyOf(x.url)?.article ?? 0) - (keyOf(y.url)?.article ?? 0));
  const navLink = (re: RegExp): Link | null => {
    const a = $$(doc, 'a[href]').find((el) => re.test(normalizeText(textOf(el))));
    const u = a ? absoluteUrl(attr(a, 'href'), url).replace(/#.*$/, '') : '';
    if (!u || !EPAPER_ARTICLE.test(parseUrl(u)?.pathname ?? '')) return null;
    return { title: seen.get(u)?.title ?? normalizeText(textOf(a)), url: u };
  };
  const byNumber = (n: number) => pageArticles.find((l) => keyOf(l.url)?.article === n) ?? null;
  return {
    paper: key.paper,
    date: key.date,
    page: key.page,
    pageName: here ? pageNameOf(here.title) : '',
    article: key.article,
    previous: key.article ? (navLink(/^(上一篇|前一篇)/) ?? byNumber(key.article - 1)) : null,
    next: key.article ? (navLink(/^(下一篇|后一篇)/) ?? byNumber(key.article + 1)) : null,
    pageArticles,
    pages: pageLinks,
  };
}

function pictures(doc: Document, url: string): BodyBlock[] {
  const box = $(doc, '#imgs');
  if (!box) return [];
  const blocks = bodyBlocks(box, { baseUrl: url, keepNoise: true });
  const images = blocks.filter((b) => b.type === 'img');
  const text = blocks.flatMap((b) => (b.type === 'p' ? [b.text] : [])).join(' ');
  if (images.length === 1 && images[0].type === 'img' && !images[0].image.caption) images[0].image.caption = text;
  return images;
}

export function extractEpaper(doc: Document, url: string): FamilyResult | null {
  const key = keyOf(url);
  if (!key) return null;
  const paper = paperInfo(doc, url, key);
  if (!key.article) {
    const links = key.page
      ? paper.pageArticles
      : collectLinks(doc, 'a[href]', url, (u) => EPAPER_ARTICLE.test(u.pathname) && keyOf(u.href)?.date === key.date);
    const pageTitle = key.page ? (paper.pages.find((l) => keyOf(l.url)?.page === key.page)?.title ?? '') : '';
    return {
      kind: 'edition',
      extractor: 'epaper',
      paper,
      title: pageTitle || cleanTitle(textOf($(doc, 'title'))),
      date: key.date,
      links,
      blocks: [],
    };
  }
  const body = $(doc, '#ccontent') ?? $(doc, '.ccontent');
  if (!body) return null;
  const title = textAt(doc, '#ctitle') || textAt(doc, '.ctitle') || cleanTitle(textOf($(doc, 'title')));
  return {
    extractor: 'epaper',
    paper,
    pretitle: textAt(doc, '#pretitle'),
    title,
    subtitle: textAt(doc, '#subtitle'),
    date: key.date,
    blocks: [...pictures(doc, url), ...bodyBlocks(body, { baseUrl: url })],
  };
}
