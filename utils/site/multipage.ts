/**
 * Split articles (`ID.shtml`, `ID_2.shtml`, ... with `__totalpage`): fetch the other pages from
 * the same origin with an injected `fetchPage`, extract each, join the bodies in page order
 * without repeating a paragraph. The extension, the CLI and the tests each supply `fetchPage`.
 */
import type { Article } from './article';
import { extract, type ExtractOptions } from './extract';
import { totalPages } from './families/portal-legacy';
import { countText } from './normalize';
import { escapeHtml } from './sanitize';
import { parseUrl } from './urls';

export interface MultipageOptions extends ExtractOptions {
  fetchPage: (url: string) => Promise<string>;
  parseHtml: (html: string, url: string) => Document;
  /** Most pages to fetch (default 20). */
  maxPages?: number;
}

const SPLIT = /^(.*\/)(\d+)(?:_(\d+))?\.shtml$/;

/** URLs of every page of the split article `url` belongs to, in order ([url] when not split). */
export function pageUrls(doc: Document, url: string, maxPages = 20): string[] {
  const u = parseUrl(url);
  const m = u && SPLIT.exec(u.pathname);
  if (!u || !m) return [url];
  const total = Math.min(totalPages(doc, url), maxPages);
  const urls: string[] = [];
  for (let i = 1; i <= total; i++) urls.push(`${u.origin}${m[1]}${m[2]}${i === 1 ? '' : `_${i}`}.shtml`);
  return urls.length ? urls : [url];
}

export async function extractWithPages(document: Document, url: string, options: MultipageOptions): Promise<Article> {
  const first = extract(document, url, options);
  if (first.kind !== 'article' || !first.paragraphs.length) return first;
  const urls = pageUrls(document, url, options.maxPages ?? 20);
  if (urls.length < 2) return first;
  const origin = parseUrl(url)?.origin;
  const here = parseUrl(url)?.pathname;
  const parts: Article[] = [];
  for (const pageUrl of urls) {
    if (parseUrl(pageUrl)?.pathname === here) {
      parts.push(first);
      continue;
    }
    if (parseUrl(pageUrl)?.origin !== origin) continue;
    try {
      const html = await options.fetchPage(pageUrl);
      const page = extract(options.parseHtml(html, pageUrl), pageUrl, options);
      if (page.paragraphs.length) parts.push(page);
    } catch {
      // a missing page leaves the others usable
    }
  }
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  const htmlParts: string[] = [];
  const images = [];
  const continuations: string[] = [];
  for (const part of parts) {
    for (const p of part.paragraphs) {
      if (seen.has(p)) continue;
      seen.add(p);
      paragraphs.push(p);
      htmlParts.push(`<p>${escapeHtml(p)}</p>`);
    }
    for (const img of part.images) {
      if (seen.has(img.src)) continue;
      seen.add(img.src);
      images.push(img);
    }
    continuations.push(...part.continuations);
  }
  const firstPage = parts.find((p) => p.url.endsWith('.shtml') && !/_\d+\.shtml$/.test(p.url)) ?? first;
  return {
    ...first,
    url: firstPage.url,
    title: firstPage.title || first.title,
    byline: firstPage.byline || first.byline,
    source: firstPage.source || first.source,
    paragraphs,
    html: htmlParts.join('\n'),
    images,
    continuations,
    counts: countText(paragraphs),
  };
}
