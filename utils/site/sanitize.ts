/**
 * The allowlist serializer: it BUILDS the output HTML from the DOM (or from extracted blocks)
 * instead of filtering markup, so it behaves the same on every DOM implementation. Only text
 * structure, images with http(s) sources and links with http(s) targets come out; every text and
 * attribute value is escaped; every URL is absolutized and scheme-checked.
 */
import type { ArticleImage } from './article';
import { tick } from './budget';
import { attr, childrenOf, dataOf, hiddenText, isElement, isText, NEVER_TEXT, tagName } from './dom';
import { absoluteUrl } from './urls';

/** Whether a text holds anything escapeHtml changes (most words of an article hold nothing). */
const NEEDS_ESCAPE = /[&<>"'`\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Text made safe for the inside of an element or a quoted attribute; control characters dropped. */
export function escapeHtml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s
    .replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/** A body as blocks, in order: paragraphs and figures. */
export type BodyBlock = { type: 'p'; text: string } | { type: 'img'; image: ArticleImage };

export function renderBlocks(blocks: BodyBlock[]): string {
  return blocks
    .map((b) => {
      if (b.type === 'p') return `<p>${escapeHtml(b.text)}</p>`;
      const src = absoluteUrl(b.image.src, 'https://invalid.invalid/');
      if (!src) return '';
      const cap = b.image.caption ? `<figcaption>${escapeHtml(b.image.caption)}</figcaption>` : '';
      return `<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(b.image.alt)}">${cap}</figure>`;
    })
    .join('\n');
}

/** Elements kept as is (their allowed attributes only). */
const BLOCK = new Set([
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'li',
  'figure',
  'figcaption',
  'pre',
  'hr',
]);
const INLINE = new Set([
  'a',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'q',
  'cite',
  'code',
  'abbr',
  'br',
  'img',
  'span',
  'ruby',
  'rt',
  'rp',
]);
const VOID = new Set(['br', 'img', 'hr']);
/** Dropped together with everything inside them. */
const DROP = new Set([
  ...NEVER_TEXT,
  'frame',
  'portal',
  'param',
  'source',
  'track',
  'dialog',
  'marquee',
  'plaintext',
  'listing',
  'image',
]);
/** Containers whose children are kept as blocks. */
const UNWRAP_BLOCK = new Set([
  'div',
  'section',
  'article',
  'main',
  'center',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'dl',
  'form',
  'fieldset',
  'legend',
  'button',
  'label',
  'math',
  'svg',
  'foreignobject',
  'dt',
  'dd',
  'font',
  'body',
  'html',
  'h1',
]);

const MAX_DEPTH = 64;

/**
 * Serializes `root`'s content through the allowlist. `skip` drops further elements (noise).
 * Output nesting is always valid HTML: no block inside an inline or a paragraph, no link in a link.
 */
export function sanitizeElement(root: Node, baseUrl: string, skip: (el: Element) => boolean = () => false): string {
  let out = '';
  type Frame = { node: Node; close: string; inline: boolean; inLink: boolean; depth: number } | { closeOnly: string };
  const stack: Frame[] = [];
  const push = (node: Node, inline: boolean, inLink: boolean, depth: number) => {
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], close: '', inline, inLink, depth });
  };
  push(root, false, false, 0);
  while (stack.length) {
    tick();
    const f = stack.pop()!;
    if ('closeOnly' in f) {
      out += f.closeOnly;
      continue;
    }
    const { node, inline, inLink, depth } = f;
    if (isText(node)) {
      out += escapeHtml(dataOf(node));
      continue;
    }
    if (!isElement(node)) continue;
    const tag = tagName(node);
    if (DROP.has(tag) || hiddenText(node) || skip(node)) continue;
    if (depth >= MAX_DEPTH) {
      push(node, inline, inLink, depth + 1);
      continue;
    }
    const mapped = tag === 'h1' ? 'h2' : tag;
    let open = '';
    let allowed = BLOCK.has(mapped) ? !inline : INLINE.has(mapped);
    if (mapped === 'a' && inLink) allowed = false;
    if (mapped === 'span' || (mapped === 'li' && inline)) allowed = false;
    if (allowed) {
      if (mapped === 'a') {
        const href = absoluteUrl(attr(node, 'href'), baseUrl);
        open = href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">` : '';
      } else if (mapped === 'img') {
        const src = absoluteUrl(attr(node, 'src') || attr(node, 'data-src'), baseUrl);
        if (src) out += `<img src="${escapeHtml(src)}" alt="${escapeHtml(attr(node, 'alt'))}">`;
        continue;
      } else {
        open = `<${mapped}>`;
      }
    }
    if (VOID.has(mapped)) {
      if (allowed) out += open;
      continue;
    }
    const childInline = inline || (allowed && (INLINE.has(mapped) || mapped === 'p' || /^h\d$/.test(mapped)));
    if (open) {
      out += open;
      stack.push({ closeOnly: `</${mapped}>` });
    } else if (!allowed && UNWRAP_BLOCK.has(tag) && !inline) {
      // an unwrapped container still separates its content from what follows
    } else if (!allowed && (BLOCK.has(mapped) || UNWRAP_BLOCK.has(tag)) && inline) {
      out += ' ';
    }
    push(node, childInline, inLink || (mapped === 'a' && !!open), depth + 1);
  }
  return out;
}
