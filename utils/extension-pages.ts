/** Opening the extension's own pages (library, review, options) and the toolbar action. */
import { browser } from 'wxt/browser';
import { onMessage, type ExtensionPage } from './messaging';

export function extensionPageUrl(page: ExtensionPage, hash = ''): string {
  return browser.runtime.getURL(`/${page}.html${hash ? `#${hash}` : ''}`);
}

/** Focuses the page's tab if one is open, else opens a new tab. */
export async function openExtensionPage(page: ExtensionPage, hash?: string): Promise<void> {
  const url = extensionPageUrl(page, hash);
  const base = extensionPageUrl(page);
  const [existing] = await browser.tabs.query({ url: `${base}*` });
  if (existing?.id !== undefined) {
    await browser.tabs.update(existing.id, { active: true, url });
    return;
  }
  await browser.tabs.create({ url });
}

export function setupExtensionPages(): void {
  onMessage('ping', () => ({ version: browser.runtime.getManifest().version }));
  onMessage('openExtensionPage', ({ page, hash }) => openExtensionPage(page, hash));
}
