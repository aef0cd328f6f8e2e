/**
 * `extract(document, url)`: the page family's own extractor first, the generic Readability pass
 * as the fallback, never a throw. The document is only read, never changed.
 */
import { emptyArticle, type Article } from './article';
import { cleanBlocks, imagesOf, paragraphsOf } from './blocks';
import { ReadTimeout, withBudget } from './budget';
import { detect } from './detect';
import { extractEpaperLegacy } from './families/epaper-legacy';
import { extractEpaper } from './families/epaper';
import { extractList } from './families/list';
import { extractPortalLegacy } from './families/portal-legacy';
import { extractPortal } from './families/portal';
import type { FamilyExtractor, FamilyResult } from './families/shared';
import { creditsFromParagraphs, dateFromMeta, dateFromText } from './meta';
import { countText } from './normalize';
import { extractWithReadability } from './readability-fallback';
import { renderBlocks } from './sanitize';
import type { PageFamily } from './types';
import { canonicalUrl, dateFromUrl } from './urls';

const FAMILY: Record<PageFamily, FamilyExtractor | null> = {
  epaper: extractEpaper,
  'epaper-legacy': extractEpaperLegacy,
  portal: extractPortal,
  'portal-legacy': extractPortalLegacy,
  other: null,
};

/** Less body text than this (characters) and the site rule is taken to have missed. */
const MIN_TEXT = 40;

export interface ExtractOptions {
  /** Use the generic pass when the site rule finds nothing (default true). */
  fallback?: boolean;
  /** Time budget of the extraction in ms (default `EXTRACT_BUDGET_MS`); past it, `reason` is `TIMEOUT_REASON`. */
  budgetMs?: number;
}

/**
 * A typical article takes about a millisecond and a 5 MB page a few hundred; a page that takes
 * longer than this is pathological and is reported instead of holding the tab.
 */
export const EXTRACT_BUDGET_MS = 1500;

/** `Article.reason` of a page that could not be read within the budget. */
export const TIMEOUT_REASON = 'the page could not be read in time';

export function extract(document: Document, url: string, options: ExtractOptions = {}): Article {
  const canonical = canonicalUrl(url);
  try {
    return withBudget(options.budgetMs ?? EXTRACT_BUDGET_MS, () => extractUnsafe(document, url, canonical, options));
  } catch (error) {
    if (error instanceof ReadTimeout) {
      const detection = detect(url, document);
      return emptyArticle(canonical, { kind: detection.kind, family: detection.family, reason: TIMEOUT_REASON });
    }
    return emptyArticle(canonical, {
      reason: `extraction failed: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
}

function run(fn: FamilyExtractor | null, doc: Document, url: string): FamilyResult | null {
  if (!fn) return null;
  try {
    return fn(doc, url);
  } catch (error) {
    if (error instanceof ReadTimeout) throw error;
    return null;
  }
}

function textLength(r: FamilyResult | null): number {
  if (!r) return 0;
  let n = 0;
  for (const b of r.blocks) if (b.type === 'p') n += b.text.length;
  return n;
}

function extractUnsafe(doc: Document, url: string, canonical: string, options: ExtractOptions): Article {
  const detection = detect(url, doc);
  const base = { kind: detection.kind, family: detection.family, url: canonical };
  if (!doc || typeof doc !== 'object') return emptyArticle(canonical, { reason: 'no document' });
  if (detection.kind === 'none') {
    return emptyArticle(canonical, {
      ...base,
      reason: canonical ? 'not a Workers’ Daily article, page or list' : 'not an http(s) URL',
    });
  }
  if (detection.kind === 'edition' || detection.kind === 'list') {
    const r = detection.kind === 'list' ? run(extractList, doc, url) : run(FAMILY[detection.family], doc, url);
    return finish(base, r, doc, url, r && r.links?.length ? '' : 'no article links found');
  }
  let r = run(FAMILY[detection.family], doc, url);
  if (textLength(r) < MIN_TEXT && options.fallback !== false) {
    const generic = extractWithReadability(doc, url);
    if (textLength(generic) > textLength(r)) r = generic && { ...r, ...generic, title: r?.title || generic.title };
  }
  return finish(base, r, doc, url, textLength(r) ? '' : 'no article text found');
}

function finish(
  base: Pick<Article, 'kind' | 'family' | 'url'>,
  r: FamilyResult | null,
  doc: Document,
  url: string,
  reason: string,
): Article {
  if (!r) return emptyArticle(base.url, { ...base, reason });
  const { blocks: rawBlocks, ...fields } = r;
  const { blocks, continuations } = cleanBlocks(rawBlocks);
  const title = fields.title ?? '';
  const headline = (t: string) => t.replace(/\s+/g, '');
  let paragraphs = paragraphsOf(blocks);
  if (title && paragraphs.length && headline(paragraphs[0]) === headline(title)) {
    const dup = paragraphs[0];
    blocks.splice(
      blocks.findIndex((b) => b.type === 'p' && b.text === dup),
      1,
    );
    paragraphs = paragraphsOf(blocks);
  }
  const credits = creditsFromParagraphs(paragraphs);
  let body = blocks;
  if (credits.bylineParagraph >= 0) {
    const drop = paragraphs[credits.bylineParagraph];
    body = blocks.filter((b) => !(b.type === 'p' && b.text === drop));
    paragraphs = paragraphsOf(body);
  }
  const article = {
    ...emptyArticle(base.url),
    ...fields,
    ...base,
    kind: fields.kind ?? base.kind,
    extractor: fields.extractor ?? 'none',
    byline: fields.byline || credits.byline,
    source: credits.source || fields.source || '',
    date: fields.date || dateFromUrl(url) || dateFromMeta(doc) || dateFromText(paragraphs.slice(0, 2).join(' ')),
    paragraphs,
    html: renderBlocks(body),
    images: imagesOf(body),
    continuations,
    counts: countText(paragraphs),
    reason,
  };
  return article;
}
