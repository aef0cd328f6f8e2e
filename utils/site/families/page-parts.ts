/** The common shape of an article page: first matching selector wins for each part. */
import { bodyBlocks } from '../blocks';
import { $ } from '../dom';
import { dateFromMeta, dateFromText, sourceName, textAt, pageTitleText } from '../meta';
import { cleanTitle, normalizeText } from '../normalize';
import type { FamilyResult } from './shared';
import type { Extractor } from '../article';

export interface PageParts {
  extractor: Extractor;
  title: readonly string[];
  pretitle?: readonly string[];
  subtitle?: readonly string[];
  body: readonly string[];
  /** Elements holding the date (and often the source) as text. */
  dateline?: readonly string[];
  source?: readonly string[];
  /** Elements holding the author (`作者：…`). */
  author?: readonly string[];
  /** Body descendants to leave out besides generic noise. */
  skip?: (el: Element) => boolean;
}

function first(
  doc: Document,
  selectors: readonly string[] = [],
  accept: (text: string) => boolean = () => true,
): string {
  for (const s of selectors) {
    const t = textAt(doc, s);
    if (t && accept(t)) return t;
  }
  return '';
}

const SOURCE_IN_TEXT = /(?:来源|稿件来源)\s*[:：]\s*([^\s|丨　]{2,20})/;
const AUTHOR_IN_TEXT = /(?:作者|记者)\s*[:：]\s*([^\s|丨　]{2,12}(?:\s[^\s|丨　:：]{2,4})?)/;
/** A source element that holds only a time (`2019-04-19 10:15:12`) names no source. */
const ONLY_TIME = /^[\d\s:：年月日/.-]+$/;

/** The headline: the first candidate element that agrees with the page's `<title>`, else the `<title>`. */
function headline(doc: Document, selectors: readonly string[]): string {
  const raw = cleanTitle(pageTitleText(doc));
  // A `<title>` that is only the site's name (the old e-paper's `工人日报`) says nothing of the headline.
  const pageTitle = /^(工人日报|中工网|工人日报数字报|工人日报电子版|数字报)$/.test(raw.replace(/\s+/g, '')) ? '' : raw;
  const squash = (t: string) => t.replace(/\s+/g, '');
  const agrees = (t: string) => {
    if (!pageTitle) return true;
    const a = squash(t);
    const b = squash(pageTitle);
    return a.length >= 2 && (a === b || b.startsWith(a) || a.startsWith(b) || a.includes(b));
  };
  return first(doc, selectors, agrees) || pageTitle || first(doc, selectors);
}

export function extractParts(doc: Document, url: string, parts: PageParts): FamilyResult | null {
  let body: Element | null = null;
  for (const s of parts.body) if ((body = $(doc, s))) break;
  if (!body) return null;
  const dateline = first(doc, parts.dateline);
  const sourceText = first(doc, parts.source, (t) => !ONLY_TIME.test(t));
  const sourceMatch = SOURCE_IN_TEXT.exec(sourceText) ?? SOURCE_IN_TEXT.exec(dateline);
  const authorText = first(doc, parts.author);
  const author = AUTHOR_IN_TEXT.exec(authorText) ?? AUTHOR_IN_TEXT.exec(dateline);
  return {
    extractor: parts.extractor,
    title: headline(doc, parts.title),
    pretitle: first(doc, parts.pretitle),
    subtitle: first(doc, parts.subtitle),
    byline: author ? normalizeText(author[1]) : authorText && authorText.length <= 20 ? normalizeText(authorText) : '',
    source: sourceMatch ? sourceName(sourceMatch[1]) : sourceText ? sourceName(sourceText) : '',
    date: dateFromText(dateline) || dateFromMeta(doc),
    blocks: bodyBlocks(body, { baseUrl: url, skip: parts.skip }),
  };
}

export { normalizeText };
