/**
 * Background feature: opening the reader. The launcher button, the toolbar action and the keyboard
 * command all end in the tab's content script (`activateReader`), which asks for the reader script
 * to be injected the first time (`injectReader`). Pages without an article open the library instead.
 */
import { browser, type Browser } from 'wxt/browser';
import { onMessage, sendTabMessage } from './messaging';
import { openExtensionPage } from './extension-pages';
import { isWorkercnUrl } from './site/urls';

export const READER_SCRIPT = '/content-scripts/reader.js';

export async function injectReader(tabId: number): Promise<void> {
  if (browser.scripting) {
    await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
  } else {
    // Firefox MV2: the scripting API needs an extra permission there; tabs.executeScript does not.
    await (
      browser.tabs as unknown as { executeScript(tabId: number, details: { file: string }): Promise<unknown> }
    ).executeScript(tabId, {
      file: READER_SCRIPT,
    });
  }
}

/** The reader on a workercn.cn article or edition tab; the library anywhere else. */
export async function activate(tab: Browser.tabs.Tab | undefined): Promise<void> {
  if (tab?.id !== undefined && isWorkercnUrl(tab.url ?? '')) {
    try {
      const { opened } = await sendTabMessage(tab.id, 'activateReader');
      if (opened) return;
    } catch {
      // No content script in the tab (opened before the extension was installed): fall through.
    }
  }
  await openExtensionPage('library');
}

export function setupReaderLaunch(): void {
  onMessage('injectReader', async (_data, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('injectReader must come from a tab');
    await injectReader(tabId);
  });
  const action = browser.action ?? browser.browserAction;
  action?.onClicked.addListener((tab) => void activate(tab));
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'open-reader') void activate(tab);
  });
}
