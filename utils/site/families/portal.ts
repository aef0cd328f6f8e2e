/**
 * 中工网 portal articles: `https://www.workercn.cn/c/YYYY-MM-DD/NNNNNNN.shtml` (also on
 * news.workercn.cn). The page title is `标题 - 频道 - 中工网`; the body is `div.ccontent` with
 * `<p style="text-indent: 2em;">` paragraphs. Title, date, source and author elements are not known
 * from the evidence: tolerant rules (rules.ts), the headline checked against the `<title>`, the
 * date from the address.
 */
import { PORTAL } from '../rules';
import { dateFromUrl } from '../urls';
import { extractParts } from './page-parts';
import type { FamilyResult } from './shared';

export function extractPortal(doc: Document, url: string): FamilyResult | null {
  const r = extractParts(doc, url, { extractor: 'portal', ...PORTAL });
  if (!r) return null;
  return { ...r, date: dateFromUrl(url) || r.date };
}
