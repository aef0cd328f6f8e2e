/**
 * The generic pass: Mozilla Readability on a CLONE of the document (Readability rewrites the DOM
 * it is given), its result element turned into blocks by the same code as the site rules.
 *
 * Readability reads DOM properties directly (`node.parentNode`, `doc.body` …), so the clone is
 * first made unclobberable (`neutralizeClobbering`): forms become plain containers (a form's named
 * controls shadow its properties: `<input name=parentNode>` made Readability's walk up the parents
 * loop for ever) and the names that `document` exposes as properties are removed. The text and the
 * structure the browser shows stay as they are.
 */
import { Readability } from '@mozilla/readability';
import { bodyBlocks } from './blocks';
import { checkBudget, tick } from './budget';
import { cloneDocument, documentElementOf, firstElementChildOf, nextElementSiblingOf, tagName } from './dom';
import { cleanTitle } from './normalize';
import type { FamilyResult } from './families/shared';
import { call, prop } from './unclobbered';

export { cloneDocument };

/** Readability is superlinear; past these sizes the generic pass is skipped (site rules still run). */
const MAX_ELEMENTS = 8_000;
const MAX_DEPTH = 300;

/** True when the page is small and shallow enough for Readability to finish quickly. */
export function fitsReadability(doc: Document): boolean {
  const root = documentElementOf(doc);
  if (!root) return false;
  let count = 0;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    tick();
    const [el, depth] = stack.pop()!;
    if (++count > MAX_ELEMENTS || depth > MAX_DEPTH) return false;
    for (let c = firstElementChildOf(el); c; c = nextElementSiblingOf(c)) stack.push([c, depth + 1]);
  }
  return true;
}

/** Elements `document` exposes by their `name` (and `<object>` by its id): `<img name=body>` is `document.body`. */
const NAMED_ON_DOCUMENT = new Set(['img', 'form', 'embed', 'object', 'iframe', 'frame', 'frameset', 'applet', 'image']);

/**
 * Makes a document (a clone: it is changed) safe for code that reads DOM properties directly:
 * every `<form>` is replaced by a `<div>` holding the same children and attributes (no form, no
 * named controls shadowing its properties), and the `name` (and the id of `<object>`/`<embed>`)
 * that would make an element a property of `document` is removed. Reads only through the
 * prototypes' own getters and methods, so the clobbering it undoes cannot stop it.
 */
export function neutralizeClobbering(doc: Document): void {
  // querySelectorAll, not getElementsByTagName('*'): linkedom's (the CLI's DOM) returns no elements for '*'
  const all = Array.from(call<NodeListOf<Element>>(doc, 'querySelectorAll', '*'));
  const forms: Element[] = [];
  for (const el of all) {
    tick();
    const tag = tagName(el);
    if (tag === 'form') forms.push(el);
    if (NAMED_ON_DOCUMENT.has(tag) || tag === 'form') {
      call(el, 'removeAttribute', 'name');
      if (tag === 'object' || tag === 'embed') call(el, 'removeAttribute', 'id');
    }
  }
  // innermost first, so a nested form (the parser builds them from some markup) is replaced inside its parent
  for (const form of forms.reverse()) replaceWithDiv(doc, form);
}

/** Puts a `<div>` with the same attributes and children in the element's place. */
function replaceWithDiv(doc: Document, el: Element): void {
  tick();
  const div = call<Element>(doc, 'createElement', 'div');
  for (const a of Array.from(prop<NamedNodeMap>(el, 'attributes') ?? [])) {
    try {
      call(div, 'setAttribute', prop<string>(a, 'name'), prop<string>(a, 'value'));
    } catch {
      // an attribute name setAttribute refuses: not needed for reading
    }
  }
  for (let c = prop<Node | null>(el, 'firstChild'); c; c = prop<Node | null>(el, 'firstChild')) {
    tick();
    call(div, 'appendChild', c);
  }
  const parent = prop<Node | null>(el, 'parentNode');
  if (parent) call(parent, 'replaceChild', div, el);
}

/**
 * Readability drops `<button>`s with what is inside and a container with many `<input>`s, the
 * paragraphs around them too; an unclosed `<button>` holds the page's text that follows it. So in
 * the clone, inputs (they hold no article text) go and a button holding blocks becomes a `<div>`.
 */
function unwrapControls(doc: Document): void {
  for (const el of Array.from(call<HTMLCollectionOf<Element>>(doc, 'getElementsByTagName', 'input'))) {
    tick();
    call(el, 'remove');
  }
  const buttons = Array.from(call<HTMLCollectionOf<Element>>(doc, 'getElementsByTagName', 'button'));
  for (const button of buttons.reverse()) {
    if (call<Element | null>(button, 'querySelector', 'p, div, br, li, table, h2, h3, blockquote'))
      replaceWithDiv(doc, button);
  }
}

export function extractWithReadability(doc: Document, url: string): FamilyResult | null {
  if (!fitsReadability(doc)) return null;
  const clone = cloneDocument(doc);
  if (!clone) return null;
  try {
    neutralizeClobbering(clone);
    unwrapControls(clone);
  } catch (error) {
    if (error instanceof Error && error.name === 'ReadTimeout') throw error;
    return null;
  }
  checkBudget();
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
  } catch (error) {
    if (error instanceof Error && error.name === 'ReadTimeout') throw error;
    return null;
  }
}
