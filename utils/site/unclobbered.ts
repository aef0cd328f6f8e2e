/**
 * DOM properties read through the prototypes' own getters and methods, never through the object.
 *
 * On a page, `<form>` and `document` let named elements shadow their built-ins (DOM clobbering):
 * in `<form><input name=parentNode></form>`, `form.parentNode` is the input, so a walk up the
 * parents never ends; `<img name=body>` makes `document.body` that image. The prototype's getter
 * (`Node.prototype.parentNode`) is not shadowed, so reading through it gives the real value on
 * every DOM (browser, DOMParser documents, linkedom, jsdom, happy-dom).
 */

type Accessor = { get?: (this: unknown) => unknown; value?: unknown };

const cache = new WeakMap<object, Map<string, Accessor | null>>();

function accessor(obj: object, name: string): Accessor | null {
  const proto = Object.getPrototypeOf(obj) as object | null;
  if (!proto) return null;
  let byName = cache.get(proto);
  if (!byName) cache.set(proto, (byName = new Map()));
  let found = byName.get(name);
  if (found === undefined) {
    found = null;
    for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) {
      const d = Object.getOwnPropertyDescriptor(p, name);
      if (d) {
        found = { get: d.get as Accessor['get'], value: d.value };
        break;
      }
    }
    byName.set(name, found);
  }
  return found;
}

/** `obj[name]` as the prototype defines it (falls back to the object's own field on DOMs that keep one). */
export function prop<T>(obj: object | null | undefined, name: string): T | undefined {
  if (obj === null || obj === undefined || typeof obj !== 'object') return undefined;
  const a = accessor(obj, name);
  if (a?.get) return a.get.call(obj) as T;
  if (a && a.value !== undefined) return a.value as T;
  return (obj as Record<string, unknown>)[name] as T;
}

/** Calls the prototype's own method `name` on `obj`. Throws a TypeError when there is none. */
export function call<T>(obj: object, name: string, ...args: unknown[]): T {
  const a = accessor(obj, name);
  const fn = a?.value ?? (a?.get ? undefined : (obj as Record<string, unknown>)[name]);
  if (typeof fn !== 'function') throw new TypeError(`no ${name}`);
  return (fn as (...a: unknown[]) => T).apply(obj, args);
}
