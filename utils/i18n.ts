/**
 * UI strings come from public/_locales (en, zh_CN) through the browser's i18n API, so every page
 * follows the browser's language. Keys are typed from the English catalogue, which is not bundled:
 * the extension's scripts always have the browser's catalogue.
 */
import { browser } from 'wxt/browser';
import type english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

type Catalogue = Readonly<Record<string, { message: string }>>;

/** The catalogue used where the browser has no i18n API (unit tests, the CLI); none by default. */
let fallback: Catalogue | null = null;

/** Sets the catalogue for contexts without the browser's i18n API (tests/setup.ts gives the English one). */
export function setFallbackCatalogue(catalogue: Catalogue | null): void {
  fallback = catalogue;
}

/**
 * The UI string for `key` in the browser's language (English where the browser has none of its
 * languages). Without the browser's API, the fallback catalogue's string, else the key itself.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  let text = '';
  try {
    text = browser.i18n.getMessage(key, substitutions);
  } catch {
    // Outside an extension context (unit tests, the CLI).
  }
  if (text) return text;
  const message = fallback?.[key]?.message;
  if (message === undefined) return key;
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}
