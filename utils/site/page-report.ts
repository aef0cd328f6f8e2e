/**
 * "This page reads wrong": a report of one page as the browser has it, for the user to send and a
 * developer to turn into a fixture (`npm run fixtures:add -- REPORT`). It holds the address, what
 * `detect` and the extractor decided, which site rules matched, the extracted fields and the page's
 * HTML (the extension's own elements left out). It is built on the user's machine and only saved
 * as a file; nothing is sent anywhere.
 */
import { emptyArticle, type Article } from './article';
import { detect } from './detect';
import { $$, cloneDocument, documentElementOf } from './dom';
import { extract } from './extract';
import { RULES } from './rules';
import type { Detection } from './types';
import { call, prop } from './unclobbered';
import { URL_SHAPES, canonicalUrl, parseUrl } from './urls';

export const PAGE_REPORT_FORMAT = 'workercn-page-report';
export const PAGE_REPORT_VERSION = 1;

/** One site rule tried on the page: the selector or URL shape, and how many elements / whether it matched. */
export interface RuleMatch {
  /** What the rule finds, e.g. `epaper.title`, `url.EPAPER_PAGE`. */
  rule: string;
  selector: string;
  matches: number;
}

export interface PageReport {
  format: typeof PAGE_REPORT_FORMAT;
  version: typeof PAGE_REPORT_VERSION;
  /** ISO time the report was made. */
  created: string;
  /** The address as the browser has it, and its canonical form. */
  url: string;
  canonicalUrl: string;
  /** The document's character set as the browser decoded it. */
  charset: string;
  detection: Detection;
  /** Which extractor produced the fields, and why there is no article where there is none. */
  extractor: Article['extractor'];
  reason: string;
  /** The URL shapes the address matches and the site rules with at least one element on the page. */
  rules: RuleMatch[];
  /** The extracted fields, as the reader got them (the body as plain paragraphs). */
  fields: Omit<Article, 'html'>;
  /** What the user says is wrong, if anything. */
  note: string;
  /** The page's HTML as the browser has it, the extension's own elements left out. */
  html: string;
}

/** Elements the extension adds to a page (the launcher, the reader) and its marks on `<html>`. */
const OWN_ELEMENTS = 'workercn-reader, workercn-reader-launcher';
const OWN_DATA = ['data-workercn-reader', 'data-workercn-reader-family'];

function count(doc: Document, selector: string): number {
  try {
    return $$(doc, selector).length;
  } catch {
    return 0;
  }
}

/** The site rules (URL shapes and selectors) that match this page. */
export function matchedRules(document: Document, url: string): RuleMatch[] {
  const out: RuleMatch[] = [];
  const path = parseUrl(url)?.pathname ?? '';
  for (const [name, re] of Object.entries(URL_SHAPES))
    if (re.test(path)) out.push({ rule: `url.${name}`, selector: re.source, matches: 1 });
  for (const [rule, selectors] of Object.entries(RULES)) {
    for (const selector of selectors) {
      const n = count(document, selector);
      if (n > 0) out.push({ rule, selector, matches: n });
    }
  }
  return out;
}

/**
 * The page's markup without what the extension added. `document` is read through the prototypes
 * (`unclobbered.ts`): a page's `<img name=documentElement>` or `<img name=doctype>` shadows them.
 */
export function pageHtml(document: Document): string {
  const html = documentElementOf(document);
  const root = html ? call<Element>(html, 'cloneNode', true) : null;
  if (!root) return '';
  for (const el of $$(root, OWN_ELEMENTS)) call(el, 'remove');
  for (const name of OWN_DATA) call(root, 'removeAttribute', name);
  const doctype = prop<DocumentType | null>(document, 'doctype');
  return (doctype ? `<!DOCTYPE ${prop<string>(doctype, 'name')}>\n` : '') + (prop<string>(root, 'outerHTML') ?? '');
}

/**
 * The report of `document` at `url`. `article` is what the reader extracted (so the report shows
 * what the user saw); without it the page is extracted here, on a clone.
 */
export function buildPageReport(
  document: Document,
  url: string,
  options: { article?: Article; note?: string; now?: Date } = {},
): PageReport {
  const html = pageHtml(document);
  const copy = options.article ? null : cloneDocument(document);
  const article =
    options.article ??
    (copy ? extract(copy, url) : emptyArticle(canonicalUrl(url), { reason: 'the page could not be copied' }));
  const { html: _html, ...fields } = article;
  return {
    format: PAGE_REPORT_FORMAT,
    version: PAGE_REPORT_VERSION,
    created: (options.now ?? new Date()).toISOString(),
    url,
    canonicalUrl: canonicalUrl(url),
    charset: prop<string>(document, 'characterSet') || '',
    detection: detect(url, document),
    extractor: article.extractor,
    reason: article.reason,
    rules: matchedRules(document, url),
    fields,
    note: options.note ?? '',
    html,
  };
}

/** The file name for a report: `workercn-report-<host>-<path>.json`, safe on every file system. */
export function pageReportFileName(report: Pick<PageReport, 'url'>): string {
  const u = parseUrl(report.url);
  const slug = u
    ? `${u.hostname}${u.pathname}`
        .replace(/\.(s?html?)$/, '')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
    : 'page';
  return `workercn-report-${slug.slice(0, 80) || 'page'}.json`;
}

/** The report as the text of its file. */
export function pageReportText(report: PageReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

/** Reads a report file back; throws a clear message when the text is not one. */
export function parsePageReport(text: string): PageReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('not a page report: the file is not JSON');
  }
  const r = value as Partial<PageReport> | null;
  if (!r || typeof r !== 'object' || r.format !== PAGE_REPORT_FORMAT)
    throw new Error(`not a page report: "format" is not "${PAGE_REPORT_FORMAT}"`);
  if (r.version !== PAGE_REPORT_VERSION) throw new Error(`page report version ${String(r.version)} is not supported`);
  if (typeof r.url !== 'string' || !parseUrl(r.url)) throw new Error('page report without an http(s) "url"');
  if (typeof r.html !== 'string' || !r.html.trim()) throw new Error('page report without the page\'s "html"');
  return r as PageReport;
}
