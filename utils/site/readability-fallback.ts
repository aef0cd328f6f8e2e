/**
 * The generic pass: Mozilla Readability on a CLONE of the document (Readability rewrites the DOM
 * it is given), its result element turned into blocks by the same code as the site rules.
 */
import { Readability } from '@mozilla/readability';
import { bodyBlocks } from './blocks';
import { cleanTitle } from './normalize';
import type { FamilyResult } from './families/shared';

/** Readability gives up (throws, caught here) on pages with more elements than this. */
const MAX_ELEMENTS = 15_000;

export function cloneDocument(doc: Document): Document | null {
  try {
    return doc.cloneNode(true) as Document;
  } catch {
    return null;
  }
}

export function extractWithReadability(doc: Document, url: string): FamilyResult | null {
  const clone = cloneDocument(doc);
  if (!clone) return null;
  try {
    const reader = new Readability<Element>(clone, { maxElemsToParse: MAX_ELEMENTS, charThreshold: 100, serializer: (el) => el as Element, keepClasses: false });
    const result = reader.parse();
    if (!result?.content) return null;
    return {
      extractor: 'readability',
      title: cleanTitle(result.title ?? ''),
      byline: (result.byline ?? '').trim(),
      blocks: bodyBlocks(result.content, { baseUrl: url }),
    };
  } catch {
    return null;
  }
}
