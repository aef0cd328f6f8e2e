/**
 * The browser's DOM clobbering, reproduced on jsdom (which has no named properties): each
 * `<form>` gets its named and id'd controls as properties shadowing its built-ins, and `document`
 * its named `<img>`, `<form>`, `<embed>`, `<object>`, `<iframe>`, live as in the browser (a
 * getter that looks the name up on every read, so a name removed stops shadowing).
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { call, prop } from '../../utils/site/unclobbered';

const LISTED = 'input, button, select, textarea, fieldset, object, output, img';
const ON_DOCUMENT = 'img[name], form[name], embed[name], object[name], iframe[name], object[id]';

let looking = false;

/** Read by jsdom's own selector engine through the public API (a browser's engine is not shadowed). */
const USED_BY_JSDOM = new Set(['createTreeWalker']);

function shadow(target: object, name: string, lookup: () => Element[]): void {
  if (!name || /^\d/.test(name) || USED_BY_JSDOM.has(name)) return;
  Object.defineProperty(target, name, {
    configurable: true,
    get() {
      if (looking) return prop(target, name);
      looking = true;
      let found: Element[];
      try {
        found = lookup();
      } finally {
        looking = false;
      }
      if (found.length === 0) return prop(target, name);
      return found.length === 1 ? found[0] : found;
    },
  });
}

/** Makes `doc`'s forms and `doc` itself clobberable; returns the number of shadowed properties. */
export function emulateClobbering(doc: Document): number {
  let count = 0;
  const all = <T extends Element>(root: object, selector: string) =>
    Array.from(call<NodeListOf<T>>(root, 'querySelectorAll', selector));
  for (const form of all(doc, 'form')) {
    for (const control of all(form, LISTED)) {
      for (const attribute of ['name', 'id']) {
        const name = call<string | null>(control, 'getAttribute', attribute) ?? '';
        shadow(form, name, () =>
          all(form, LISTED).filter(
            (c) => call(c, 'getAttribute', 'name') === name || call(c, 'getAttribute', 'id') === name,
          ),
        );
        if (name) count++;
      }
    }
  }
  for (const el of all(doc, ON_DOCUMENT)) {
    const name = call<string | null>(el, 'getAttribute', 'name') ?? call<string | null>(el, 'getAttribute', 'id') ?? '';
    shadow(doc, name, () =>
      all(doc, ON_DOCUMENT).filter(
        (c) =>
          call(c, 'getAttribute', 'name') === name ||
          (call(c, 'getAttribute', 'id') === name && prop<string>(c, 'localName') === 'object'),
      ),
    );
    if (name) count++;
  }
  return count;
}

/**
 * A page parsed by jsdom (parse5, the standard's tree construction) with the browser's clobbering.
 * jsdom keeps its nodes' state inside, behind prototype getters, as browsers do; so shadowing a
 * built-in on the object fools code that reads it there and nothing else, as in the browser.
 */
export function parseClobbered(html: string): Document {
  const doc = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
  emulateClobbering(doc);
  return doc;
}
