/**
 * 中工网 portal articles: `https://www.workercn.cn/c/YYYY-MM-DD/NNNNNNN.shtml`. The page title ends
 * in `- 频道 - 中工网`; the body sits in one of the containers the site's templates use.
 */
import { dateFromUrl } from '../urls';
import { extractParts } from './page-parts';
import type { FamilyResult } from './shared';

export function extractPortal(doc: Document, url: string): FamilyResult | null {
  const r = extractParts(doc, url, {
    extractor: 'portal',
    title: ['.xq_title h1', '.detail h1', '.article h1', 'h1.title', 'h1', '.title'],
    pretitle: ['.pretitle', '.yinti'],
    subtitle: ['.subtitle', '.futi'],
    body: ['#ccontent', '.ccontent', '.xq_con', '.article-content', '.TRS_Editor', '.detail_con', '#zoom'],
    dateline: ['.info', '.xq_info', '.signdate', '.time', '.pubtime'],
    source: ['.info .source', '.source', '.from'],
  });
  if (!r) return null;
  return { ...r, date: dateFromUrl(url) || r.date };
}
