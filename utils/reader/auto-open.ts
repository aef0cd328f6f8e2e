/**
 * The one setting the always-loaded content script needs (open the reader by itself), read straight
 * from `browser.storage.local` under the settings' key: the launcher script does not carry the
 * storage wrapper of utils/reader/settings.ts (7–8 KB minified) for one boolean.
 */
import { browser } from 'wxt/browser';

/** Where utils/reader/settings.ts stores the reader's settings (`local:settings`). */
export const SETTINGS_KEY = 'settings';
/** The default of `ReaderSettings.autoOpen`. */
export const AUTO_OPEN_DEFAULT = false;

/** The stored `autoOpen` setting, as `normalizeSettings` reads it (default when absent or not a boolean). */
export function autoOpenOf(stored: unknown): boolean {
  const value = typeof stored === 'object' && stored !== null ? (stored as { autoOpen?: unknown }).autoOpen : undefined;
  return typeof value === 'boolean' ? value : AUTO_OPEN_DEFAULT;
}

export async function readAutoOpen(): Promise<boolean> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return autoOpenOf(stored[SETTINGS_KEY]);
}
