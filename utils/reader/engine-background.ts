/**
 * Where the reader's engine (utils/reader/engine-host.ts) lives. Firefox: in the persistent
 * background page itself. Chrome: the service worker sleeps and drops what it holds, so an offscreen
 * document (entrypoints/reader-engine) holds it, created the first time a workercn.cn tab asks
 * (`warmReaderEngine`), kept for the browser session.
 */
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../messaging';

export const ENGINE_DOCUMENT = '/reader-engine.html';

let creating: Promise<void> | null = null;

async function ensureEngineDocument(): Promise<void> {
  const url = browser.runtime.getURL(ENGINE_DOCUMENT);
  const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (open.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({
      url,
      reasons: ['WORKERS'],
      justification: 'Holds the Chinese dictionary once, so reader tabs do not each load it.',
    })
    .finally(() => (creating = null));
  await creating;
}

/** Asks the offscreen document until it answers (its script may still be starting). */
async function engineDocumentReady(): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await sendMessage('readerEngineReady');
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

export function setupReaderEngine(): void {
  if (import.meta.env.FIREFOX) {
    // Only Firefox's background carries the engine (Chrome's worker would only wake up to drop it).
    const host = import('./engine-host');
    void host.then((h) => h.setupReaderEngineHost());
    onMessage('warmReaderEngine', async () => {
      await (await host).warmEngine();
    });
    return;
  }
  onMessage('warmReaderEngine', async () => {
    await ensureEngineDocument();
    await engineDocumentReady();
  });
}
