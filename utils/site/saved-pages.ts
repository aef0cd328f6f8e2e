/**
 * Node side: reading saved pages. A saved split article keeps its other pages beside the first,
 * as `<dir>/<name>` or `<dir>/pages/<name>` where `<name>` is the last URL segment (`ID_2.shtml`).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeHtml } from './parse-html';

export function readSavedPage(file: string): string {
  const bytes = readFileSync(file);
  if (!bytes.length) throw new Error(`${file}: the file is empty`);
  // Look at the start before decoding the whole file (a large binary file is refused at once).
  const sample = decodeHtml(bytes.subarray(0, 65_536));
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (control > sample.length * 0.1 || !/<[a-zA-Z!?/]/.test(sample))
    throw new Error(`${file}: does not look like an HTML page`);
  const html = decodeHtml(bytes);
  if (!html.trim()) throw new Error(`${file}: the file is empty`);
  return html;
}

/** A `fetchPage` that serves the other pages of a saved split article from disk. */
export function savedPageFetcher(file: string): (url: string) => Promise<string> {
  const dir = path.dirname(file);
  return async (url: string) => {
    const name = path.basename(new URL(url).pathname);
    for (const candidate of [
      path.join(dir, name),
      path.join(dir, 'pages', name),
      path.join(dir, 'pages', `${name}.html`),
    ]) {
      if (existsSync(candidate)) return readSavedPage(candidate);
    }
    throw new Error(`page not saved: ${url}`);
  };
}
