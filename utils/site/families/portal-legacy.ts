/**
 * Legacy portal articles (about 2019) on news., finance., regional and other subdomains:
 * `/32841/201901/18/190118124637372.shtml`. Body `div.ccontent`, `div.article` or
 * `div.detail_con > div.font-black_16.hangao`; date and source in `div.signdate` / `div.from`.
 * Long articles continue on `ID_2.shtml` ... (see multipage.ts).
 */
import { dateFromUrl } from '../urls';
import { extractParts } from './page-parts';
import type { FamilyResult } from './shared';

export function extractPortalLegacy(doc: Document, url: string): FamilyResult | null {
  const r = extractParts(doc, url, {
    extractor: 'portal-legacy',
    title: ['.tit h1', '.title h1', 'h1', '.title', '.tit'],
    pretitle: ['.pretitle', '.yinti'],
    subtitle: ['.subtitle', '.futi'],
    body: [
      'div.ccontent',
      'div.detail_con div.font-black_16.hangao',
      'div.detail_con .hangao',
      'div.article',
      'div.detail_con',
    ],
    dateline: ['div.signdate', '.signdate', '.time'],
    source: ['div.from', '.from', '.source'],
  });
  if (!r) return null;
  return { ...r, date: r.date || dateFromUrl(url) };
}

/** Number of pages of a split article: `input[name="__totalpage"]` or the highest `_N.shtml` link. */
export function totalPages(doc: Document, url: string): number {
  let total = 1;
  try {
    const input = doc.querySelector('input[name="__totalpage"]');
    const n = Number(input?.getAttribute('value') ?? '');
    if (Number.isFinite(n) && n > total) total = n;
    const id = /\/(\d+)(?:_\d+)?\.shtml$/.exec(new URL(url).pathname)?.[1];
    if (id) {
      for (const a of Array.from(doc.querySelectorAll(`a[href*="${id}_"]`))) {
        const m = new RegExp(`${id}_(\\d+)\\.shtml`).exec(a.getAttribute('href') ?? '');
        if (m) total = Math.max(total, Number(m[1]));
      }
    }
  } catch {
    return total;
  }
  return Math.min(total, 50);
}
