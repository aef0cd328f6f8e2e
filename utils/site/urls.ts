/** URL shapes of workercn.cn page families, and URL clean-up. Light: used by `detect`. */
import { isWorkercnHost } from './hosts';

export const EPAPER_ARTICLE = /^\/papers\/(\w+)\/(\d{4})\/(\d{2})\/(\d{2})\/(\d+)\/news-(\d+)\.html$/;
export const EPAPER_PAGE = /^\/papers\/(\w+)\/(\d{4})\/(\d{2})\/(\d{2})\/(\d+)\/(?:page|index)\.html$/;
/** A day index `/papers/grrb/YYYY/MM/DD/`: not evidenced, kept in case the site serves one. */
export const EPAPER_DAY = /^\/papers\/(\w+)\/(\d{4})\/(\d{2})\/(\d{2})\/?(?:index\.html)?$/;
/** The e-paper's fixed entry `/papers/grrb/index.html` (the latest issue's first page), and the older `/sites/paper/paper_index.html`. */
export const EPAPER_ENTRY = /^\/(?:papers\/(\w+)\/(?:index\.html)?|sites\/paper\/paper_index\.html)$/;
/**
 * Older e-paper: `/sites/media/grrb/2019_01/18/GR0102.htm` = page 01, article 02; `GR0100.htm` =
 * page index; before that (2009) `news.workercn.cn/onlinepaper/2009_12/08/GR0101.htm` (paper 1 unset).
 */
export const EPAPER_LEGACY =
  /^\/(?:sites\/media\/(\w+)|onlinepaper)\/(\d{4})_(\d{2})\/(\d{2})\/([A-Z]+)(\d{2})(\d{2})\.html?$/;
export const PORTAL_ARTICLE = /^\/c\/(\d{4})-(\d{2})-(\d{2})\/(\d+)(?:_(\d+))?\.shtml$/;
/** Legacy portal article: `/32841/201901/18/190118124637372.shtml`, later pages `..._2.shtml`. */
export const PORTAL_LEGACY_ARTICLE = /^\/(?:[\w-]+\/)*\d+\/(\d{4})(\d{2})\/(\d{2})\/(\d{9,})(?:_(\d+))?\.shtml$/;

/** Legacy portal channel list: `/32841/32841.shtml`. */
export const PORTAL_LEGACY_LIST = /^\/(\d+)\/\1\.shtml$/;

/** Every URL shape by name (for the page report). */
export const URL_SHAPES: Record<string, RegExp> = {
  EPAPER_ARTICLE,
  EPAPER_PAGE,
  EPAPER_DAY,
  EPAPER_ENTRY,
  EPAPER_LEGACY,
  PORTAL_ARTICLE,
  PORTAL_LEGACY_ARTICLE,
  PORTAL_LEGACY_LIST,
};

const TRACKING =
  /^(utm_\w+|spm|from|share_?\w*|isappinstalled|scene|clicktime|enterid|_hmsr|wxshare_count|fbclid|gclid)$/i;

export function parseUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** The URL without its hash and tracking parameters; '' when it is not an http(s) URL. */
function queryKey(pair: string): string {
  const key = pair.split('=')[0].replace(/\+/g, ' ');
  try {
    return decodeURIComponent(key);
  } catch {
    return key;
  }
}

export function canonicalUrl(url: string): string {
  const u = parseUrl(url);
  if (!u) return '';
  u.hash = '';
  // Plain string work: in Firefox content scripts the URLSearchParams iterators are not iterable.
  const kept = u.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !TRACKING.test(queryKey(pair)));
  u.search = kept.length ? `?${kept.join('&')}` : '';
  return u.toString();
}

/** `href` resolved against `base`, only when the result is http(s); otherwise ''. */
export function absoluteUrl(href: string | null | undefined, base: string): string {
  if (!href) return '';
  const trimmed = href.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
  if (!trimmed || /^(javascript|data|vbscript|blob|file|about):/i.test(trimmed)) return '';
  try {
    const u = new URL(trimmed, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : '';
  } catch {
    return '';
  }
}

export function isWorkercnUrl(url: string): boolean {
  const u = parseUrl(url);
  return !!u && isWorkercnHost(u.hostname);
}

/** The page (版) number an e-paper address names (`…/2/page.html`, `…/2/news-4.html`, `GR0200.htm`), or 0. */
export function pageNumberFromUrl(url: string): number {
  const p = parseUrl(url)?.pathname ?? '';
  const m = EPAPER_PAGE.exec(p) ?? EPAPER_ARTICLE.exec(p);
  if (m) return Number(m[5]);
  const legacy = EPAPER_LEGACY.exec(p);
  return legacy ? Number(legacy[6]) : 0;
}

/** YYYY-MM-DD from the URL shapes that carry a date, or ''. */
export function dateFromUrl(url: string): string {
  const u = parseUrl(url);
  if (!u) return '';
  const p = u.pathname;
  let m = EPAPER_ARTICLE.exec(p) ?? EPAPER_PAGE.exec(p) ?? EPAPER_DAY.exec(p);
  if (m) return ymd(m[2], m[3], m[4]);
  m = EPAPER_LEGACY.exec(p);
  if (m) return ymd(m[2], m[3], m[4]);
  m = PORTAL_ARTICLE.exec(p);
  if (m) return ymd(m[1], m[2], m[3]);
  m = PORTAL_LEGACY_ARTICLE.exec(p);
  if (m) return ymd(m[1], m[2], m[3]);
  return '';
}

export function ymd(y: string | number, m: string | number, d: string | number): string {
  const yy = Number(y),
    mm = Number(m),
    dd = Number(d);
  if (!(yy >= 1949 && yy <= 2100 && mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31)) return '';
  return `${yy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}
