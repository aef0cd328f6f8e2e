/**
 * UI strings come from public/_locales (en, zh_CN) through the browser's i18n API, so every page
 * follows the browser's language. Keys are typed from the English catalogue.
 */
import { browser } from 'wxt/browser';
import en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** The UI string for `key` in the browser's language, English where the browser has none. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  let text = '';
  try {
    text = browser.i18n.getMessage(key, substitutions);
  } catch {
    // Outside an extension context (unit tests, the CLI): fall back to the English catalogue.
  }
  if (text) return text;
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return en[key].message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}
