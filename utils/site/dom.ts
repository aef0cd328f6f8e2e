/**
 * Small DOM helpers that work on every standards DOM (browser, linkedom, jsdom, happy-dom). Every
 * property of a page's node is read through the prototype's own getter (`unclobbered.ts`), so a
 * `<form>` or `document` whose named elements shadow `parentNode`, `childNodes`, `nodeType`,
 * `querySelector` … (DOM clobbering) reads as the browser renders it. Every walk ticks the
 * extraction's time budget (`budget.ts`).
 */
import { tick } from './budget';
import { call, prop } from './unclobbered';

const ELEMENT = 1;
const TEXT = 3;

export function nodeType(node: Node | null | undefined): number {
  return node ? (prop<number>(node, 'nodeType') ?? 0) : 0;
}
export function isElement(node: Node | null | undefined): node is Element {
  return nodeType(node) === ELEMENT;
}
export function isText(node: Node | null | undefined): node is Text {
  return nodeType(node) === TEXT;
}
/** A text node's text. */
export function dataOf(node: Node): string {
  const d = prop<string>(node, 'data');
  return typeof d === 'string' ? d : '';
}

export function tagName(el: Element): string {
  const name = prop<string>(el, 'localName') || prop<string>(el, 'tagName') || '';
  return typeof name === 'string' ? name.toLowerCase() : '';
}

/** The node's children (the live list of the prototype's `childNodes`; empty when there is none). */
export function childrenOf(node: Node): ArrayLike<Node> {
  const kids = prop<NodeListOf<ChildNode>>(node, 'childNodes');
  return kids && typeof kids.length === 'number' ? kids : [];
}
export function parentOf(node: Node): Node | null {
  return prop<Node | null>(node, 'parentNode') ?? null;
}
export function firstElementChildOf(node: Element | Document): Element | null {
  return prop<Element | null>(node, 'firstElementChild') ?? null;
}
export function nextElementSiblingOf(node: Element): Element | null {
  return prop<Element | null>(node, 'nextElementSibling') ?? null;
}
export function documentElementOf(doc: Document): Element | null {
  return prop<Element | null>(doc, 'documentElement') ?? null;
}
export function bodyOf(doc: Document): HTMLElement | null {
  return prop<HTMLElement | null>(doc, 'body') ?? null;
}

/** A deep copy of a document, through `Node.prototype.cloneNode` (a page's `<img name=cloneNode>` cannot stop it). */
export function cloneDocument(doc: Document): Document | null {
  try {
    return call<Document>(doc, 'cloneNode', true);
  } catch {
    return null;
  }
}

/** `querySelector` that returns null instead of throwing. */
export function $(root: ParentNode | null | undefined, selector: string): Element | null {
  try {
    return root ? (call<Element | null>(root, 'querySelector', selector) ?? null) : null;
  } catch {
    return null;
  }
}

export function $$(root: ParentNode | null | undefined, selector: string): Element[] {
  try {
    return root ? Array.from(call<NodeListOf<Element>>(root, 'querySelectorAll', selector)) : [];
  } catch {
    return [];
  }
}

/** Text content, iteratively (deep trees must not overflow the stack), skipping what is never shown. */
export function textOf(node: Node | null | undefined, limit = 200_000): string {
  if (!node) return '';
  if (isText(node)) return dataOf(node);
  let out = '';
  const stack: Node[] = [node];
  while (stack.length && out.length < limit) {
    tick();
    const n = stack.pop()!;
    if (isText(n)) {
      out += dataOf(n);
      continue;
    }
    if (isElement(n) && n !== node && hiddenText(n)) continue;
    const kids = childrenOf(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

/** Elements whose content the browser never shows as text (scripts, styles, embedded documents, controls' values …). */
export const NEVER_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'textarea',
  'select',
  'option',
  'optgroup',
  'datalist',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'frameset',
  'frame',
  'applet',
  'noembed',
  'noframes',
  'input',
  'canvas',
  'audio',
  'video',
  'annotation',
  'annotation-xml',
]);

/**
 * True when the element's content is never shown as text: NEVER_TEXT, and SVG outside a
 * `foreignObject` (drawing, not text). Forms, buttons and MathML are not here: the parser puts
 * whatever follows an unclosed `<form>`/`<button>`, or an `<mtext>`'s paragraphs, inside them, and
 * the browser shows that text.
 */
export function hiddenText(el: Element): boolean {
  const tag = tagName(el);
  if (NEVER_TEXT.has(tag)) return true;
  if (tag === 'svg') return !svgHasHtml(el);
  return false;
}

/** An `<svg>` holding HTML content (`foreignObject`), which the browser lays out as text. */
function svgHasHtml(svg: Element): boolean {
  return $(svg, 'foreignObject, foreignobject') !== null;
}

export function attr(el: Element | null | undefined, name: string): string {
  try {
    return el ? (call<string | null>(el, 'getAttribute', name) ?? '') : '';
  } catch {
    return '';
  }
}

export function metaContent(doc: Document, names: string[]): string {
  for (const name of names) {
    const el = $(doc, `meta[name="${name}"], meta[property="${name}"]`);
    const v = attr(el, 'content').trim();
    if (v) return v;
  }
  return '';
}

/** Class and id of an element as one lower-case string, for noise checks. */
export function classAndId(el: Element): string {
  return `${attr(el, 'class')} ${attr(el, 'id')}`.toLowerCase();
}

/** Class/id tokens of page furniture: share bars, comments, related links, footers, navigation. */
const NOISE_TOKENS = new Set(
  (
    'share bdshare jiathis comment comments pinglun reply related relate xgxw xgwz xgyd footer foot nav navbar ' +
    'menu breadcrumb breadcrumbs crumb crumbs position location ad ads advert adverts advertisement banner ' +
    'editor bianji zrbj pagination pager fenye pagenav page-nav toolbar tools copyright qrcode erweima login ' +
    'search sidebar hot rank recommend tuijian jiucuo print'
  ).split(' '),
);
/** Token prefixes that name furniture whatever follows (`bdshare_t`, `jiathis_style`, `advertising`). */
const NOISE_PREFIX = /^(bdshare|jiathis|advert)/;

/** True when one of the class/id tokens (split at spaces, `_` and `-`) names page furniture. */
export function hasNoiseToken(classAndIdText: string): boolean {
  for (const token of classAndIdText.split(/\s+/)) {
    if (!token) continue;
    if (NOISE_TOKENS.has(token) || NOISE_PREFIX.test(token)) return true;
    for (const part of token.split(/[_-]+/))
      if (part && (NOISE_TOKENS.has(part) || NOISE_PREFIX.test(part))) return true;
  }
  return false;
}

/** Phrasing elements: a class or id on one of these labels a link or a span, not a block of furniture. */
const INLINE = new Set([
  'a',
  'span',
  'font',
  'b',
  'strong',
  'em',
  'i',
  'u',
  'small',
  'label',
  'abbr',
  'cite',
  'q',
  'mark',
  'sub',
  'sup',
  'nobr',
]);

/** Elements that are never article text: share bars, comments, related links, footers, navigation. */
export function isNoise(el: Element): boolean {
  const tag = tagName(el);
  if (hiddenText(el) || tag === 'nav' || tag === 'footer' || tag === 'aside' || tag === 'header') return true;
  // An inline element is judged by its text, not its class: the parser carries an unclosed
  // `<a id="location">` (and its copies) around every paragraph that follows it.
  if (INLINE.has(tag)) return false;
  const ci = classAndId(el);
  return ci.length > 1 && hasNoiseToken(ci);
}
