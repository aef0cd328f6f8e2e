/** Small DOM helpers that work on every standards DOM (browser, linkedom, jsdom, happy-dom). */

const ELEMENT = 1;
const TEXT = 3;

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT;
}
export function isText(node: Node | null | undefined): node is Text {
  return !!node && node.nodeType === TEXT;
}

export function tagName(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

/** `querySelector` that returns null instead of throwing. */
export function $(root: ParentNode | null | undefined, selector: string): Element | null {
  try {
    return root?.querySelector(selector) ?? null;
  } catch {
    return null;
  }
}

export function $$(root: ParentNode | null | undefined, selector: string): Element[] {
  try {
    return root ? Array.from(root.querySelectorAll(selector)) : [];
  } catch {
    return [];
  }
}

/** Text content, iteratively (deep trees must not overflow the stack), skipping script/style. */
export function textOf(node: Node | null | undefined, limit = 200_000): string {
  if (!node) return '';
  if (isText(node)) return node.data;
  let out = '';
  const stack: Node[] = [node];
  while (stack.length && out.length < limit) {
    const n = stack.pop()!;
    if (isText(n)) {
      out += n.data;
      continue;
    }
    if (isElement(n) && NEVER_TEXT.has(tagName(n))) continue;
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

export const NEVER_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'textarea',
  'select',
  'button',
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
  'xmp',
  'input',
  'form',
  'canvas',
  'audio',
  'video',
]);

export function attr(el: Element | null | undefined, name: string): string {
  try {
    return el?.getAttribute(name) ?? '';
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

const NOISE =
  /(^|[\s_-])(share|bdshare\w*|jiathis\w*|comments?|pinglun|reply|related|relate|xgxw|xgwz|xgyd|footer|foot|nav|navbar|menu|breadcrumbs?|crumbs?|position|location|ad|ads|advert\w*|banner|editor|bianji|zrbj|pagination|pager|fenye|page-?nav|toolbar|tools|copyright|qrcode|erweima|login|search|sidebar|hot|rank|recommend|tuijian|jiucuo|print)([\s_-]|$)/;

/** Elements that are never article text: share bars, comments, related links, footers, navigation. */
export function isNoise(el: Element): boolean {
  const tag = tagName(el);
  if (NEVER_TEXT.has(tag) || tag === 'nav' || tag === 'footer' || tag === 'aside' || tag === 'header') return true;
  const ci = classAndId(el);
  return ci.length > 1 && NOISE.test(ci);
}
