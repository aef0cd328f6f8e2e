/**
 * Hanzi Writer, loaded the first time strokes are drawn: an ES module in the extension's own files
 * (public/strokes/hanzi-writer.js, bundled by `npm run build:strokes`), imported by URL so that it is
 * in neither the content script nor the reader script's first load, in a workercn.cn tab and on the
 * extension's pages alike.
 */
import { browser } from 'wxt/browser';
import type HanziWriter from 'hanzi-writer';

export type HanziWriterClass = typeof HanziWriter;

let loading: Promise<HanziWriterClass> | null = null;

const MODULE_PATH = '/strokes/hanzi-writer.js';

export function loadHanziWriter(): Promise<HanziWriterClass> {
  if (!loading) {
    const url = (browser.runtime.getURL as (p: string) => string)(MODULE_PATH);
    // eslint-disable-next-line no-unsanitized/method -- a constant file of the extension's own package
    const imported: Promise<{ default: HanziWriterClass }> = import(/* @vite-ignore */ url);
    loading = imported.then(
      (m) => m.default,
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
  }
  return loading;
}
