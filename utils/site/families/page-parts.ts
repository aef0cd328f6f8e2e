/** The common shape of an article page: first matching selector wins for each part. */
import { bodyBlocks } from '../blocks';
import { $, textOf } from '../dom';
import { dateFromMeta, dateFromText, sourceName, textAt } from '../meta';
import { cleanTitle, normalizeText } from '../normalize';
import type { FamilyResult } from './shared';
import type { Extractor } from '../article';

export interface PageParts {
  extractor: Extractor;
  title: string[];
  pretitle?: string[];
  subtitle?: string[];
  body: string[];
  /** Elements holding the date (and often the source) as text. */
  dateline?: string[];
  source?: string[];
  /** Body descendants to leave out besides generic noise. */
  skip?: (el: Element) => boolean;
}

function first(doc: Document, selectors: string[] = []): string {
  for (const s of selectors) {
    const t = textAt(doc, s);
    if (t) return t;
  }
  return '';
}

const SOURCE_IN_TEXT = /(?:来源|稿件来源)\s*[:：]\s*([^\s|丨]{2,20})/;

export function extractParts(doc: Document, url: string, parts: PageParts): FamilyResult | null {
  let body: Element | null = null;
  for (const s of parts.body) if ((body = $(doc, s))) break;
  if (!body) return null;
  const titleText = first(doc, parts.title);
  const dateline = first(doc, parts.dateline);
  const sourceText = first(doc, parts.source);
  const sourceMatch = SOURCE_IN_TEXT.exec(sourceText || dateline);
  return {
    extractor: parts.extractor,
    title: cleanTitle(titleText || textOf($(doc, 'title'))),
    pretitle: first(doc, parts.pretitle),
    subtitle: first(doc, parts.subtitle),
    source: sourceMatch ? sourceName(sourceMatch[1]) : sourceText ? sourceName(sourceText) : '',
    date: dateFromText(dateline) || dateFromMeta(doc),
    blocks: bodyBlocks(body, { baseUrl: url, skip: parts.skip }),
  };
}

export { normalizeText };
