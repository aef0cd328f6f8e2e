/**
 * The generic pass: Mozilla Readability on a CLONE of the document (Readability rewrites the DOM
 * it is given), its result element turned into blocks by the same code as the site rules.
 */
import { Readability } from '@mozilla/readability';
import { bodyBlocks } from './blocks';
import { cleanTitle } from './normalize';
import type { FamilyResult } from './families/shared';

/** Readability is superlinear; past these sizes the generic pass is skipped (site rules still run). */
const MAX_ELEMENTS = 8_000;
const MAX_DEPTH = 300;

/** True when the page is small and shallow enough for Readability to finish quickly. */
export function fitsReadability(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  let count = 0;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (++count > MAX_ELEMENTS || depth > MAX_DEPTH) return false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return true;
}

export function cloneDocument(doc: Document): Document | null {
  try {
    return doc.cloneNode(true) as Document;
  } catch {
    return null;
  }
}

export function extractWithReadability(doc: Document, url: string): FamilyResult | null {
  if (!fitsReadability(doc)) return null;
  const clone = cloneDocument(doc);
  if (!clone) return null;
  try {
    const reader = new Readability<Element>(clone, {
      maxElemsToParse: MAX_ELEMENTS,
      charThreshold: 100,
      serializer: (el) => el as Element,
      keepClasses: false,
    });
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
