/**
 * Node side (CLI, unit tests): HTML string → standards Document. The tree is built by parse5, which
 * implements the HTML standard's tokenizer and tree construction (comment ends such as `--!>`,
 * foreign content, `<form>` and `<button>` scoping, misnested tables and formatting elements), so a
 * page reads the same here as in the browser's DOMParser. The nodes are then made in a linkedom
 * document, the fastest of the DOMs here. The extension itself uses the browser's own parser.
 */
import { parseHTML } from 'linkedom';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type P5Node = DefaultTreeAdapterMap['node'];
type P5Parent = DefaultTreeAdapterMap['parentNode'];

const HTML_NS = 'http://www.w3.org/1999/xhtml';

function build(doc: Document, from: P5Parent, to: Node): void {
  const stack: [P5Parent, Node][] = [[from, to]];
  while (stack.length) {
    const [source, target] = stack.pop()!;
    for (const child of source.childNodes as P5Node[]) {
      let node: Node | null = null;
      if (child.nodeName === '#text') node = doc.createTextNode((child as DefaultTreeAdapterMap['textNode']).value);
      else if (child.nodeName === '#comment')
        node = doc.createComment((child as DefaultTreeAdapterMap['commentNode']).data);
      else if ('tagName' in child) {
        const el =
          child.namespaceURI === HTML_NS
            ? doc.createElement(child.tagName)
            : doc.createElementNS(child.namespaceURI, child.tagName);
        for (const a of child.attrs) {
          try {
            el.setAttribute(a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value);
          } catch {
            // a name the DOM refuses (the parser allows more): the browser's DOM keeps it, text is unaffected
          }
        }
        node = el;
        // template contents live in a fragment of their own: they are never shown
        const source = child.tagName === 'template' && 'content' in child ? null : child;
        if (source) stack.push([source, el]);
      }
      if (node) target.appendChild(node);
    }
  }
}

/** A page as the browser shows it in a tab (scripting on: `<noscript>` holds raw text). */
export function parseHtml(html: string): Document {
  return parseHtmlAs(html, 'page');
}

/**
 * `page`: as a tab's document (what the reader reads); `domparser`: as `DOMParser` makes it (batch
 * saves, the later pages of a split article), with scripting off, so `<noscript>` holds markup.
 */
export function parseHtmlAs(html: string, as: 'page' | 'domparser'): Document {
  const tree = parse(html, { scriptingEnabled: as === 'page' });
  const { document } = parseHTML('<!doctype html><html></html>');
  const doc = document as unknown as Document;
  doc.documentElement?.remove();
  build(doc, tree, doc);
  return doc;
}

export { decodeHtml } from './decode-html';
