/**
 * Legacy portal articles (about 2013–2020) on news., finance., regional and other subdomains:
 * `/32841/201901/18/190118124637372.shtml`, GBK. Main template: body `div.ccontent`, date and
 * source in `div.signdate` / `div.from`; the auto. variant `div.from.mt10` with
 * `span.font-black1-12` (time) and `span.font-black_12` (source), body `div.article`; the cq.
 * variant two `span.font-black1_12` (time, source), body `div.detail_con > div.font-black_16.hangao`.
 * Long articles continue on `ID_2.shtml` ...: the `__totalpage` input and a `<center>` pager with
 * JavaScript links sit inside the body and are left out of it (see multipage.ts). Selectors: rules.ts.
 */
import { $, $$, attr, tagName, textOf } from '../dom';
import { PORTAL_LEGACY } from '../rules';
import { dateFromUrl } from '../urls';
import { extractParts } from './page-parts';
import type { FamilyResult } from './shared';

/** A pager's text: page numbers with 上一页 / 下一页 / 首页 / 尾页 around them. */
const PAGER_TEXT = /^(?:\s*(?:上一页|下一页|首页|尾页|末页|\d{1,2}|[<>«»]))+\s*$/;

/** The split article's pager: a `center`/`div` of page links, or the block holding `__totalpage`. */
export function isPager(el: Element): boolean {
  if (el.querySelector?.('input[name="__totalpage"]')) {
    const text = textOf(el).trim();
    return text === '' || PAGER_TEXT.test(text);
  }
  const tag = tagName(el);
  if (tag !== 'center' && tag !== 'div' && tag !== 'p' && !/page/i.test(attr(el, 'class'))) return false;
  const links = $$(el, 'a');
  return links.length > 0 && PAGER_TEXT.test(textOf(el));
}

export function extractPortalLegacy(doc: Document, url: string): FamilyResult | null {
  const r = extractParts(doc, url, { extractor: 'portal-legacy', ...PORTAL_LEGACY, skip: isPager });
  if (!r) return null;
  // A pager the skip did not catch (other markup) is still not article text.
  const blocks = r.blocks.filter((b) => b.type !== 'p' || !PAGER_TEXT.test(b.text));
  return { ...r, blocks, date: r.date || dateFromUrl(url) };
}

/** Number of pages of a split article: `input[name="__totalpage"]` or the highest `_N.shtml` link. */
export function totalPages(doc: Document, url: string): number {
  let total = 1;
  try {
    // through the prototypes (dom.ts): a page's <img name=querySelector> shadows it on `document`
    const n = Number(attr($(doc, 'input[name="__totalpage"]'), 'value'));
    if (Number.isFinite(n) && n > total) total = n;
    const id = /\/(\d+)(?:_\d+)?\.shtml$/.exec(new URL(url).pathname)?.[1];
    if (id) {
      for (const a of $$(doc, `a[href*="${id}_"]`)) {
        const m = new RegExp(`${id}_(\\d+)\\.shtml`).exec(attr(a, 'href'));
        if (m) total = Math.max(total, Number(m[1]));
      }
    }
  } catch {
    return total;
  }
  return Math.min(total, 50);
}
