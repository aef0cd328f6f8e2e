/** Fetching and parsing a workercn.cn page, apart from the glossary and the library (the reader's script needs only this). */
import { decodeHtml } from '../site/decode-html';
import { isWorkercnHost } from '../site/hosts';
import { withoutNoscriptContent } from '../site/noscript';

/**
 * A page of the site as text (decoded from its own charset). The one place pages are fetched:
 * workercn.cn pages only, whoever asks (reader navigation, split articles, batch saves).
 */
export async function fetchHtml(url: string): Promise<string> {
  const target = new URL(url);
  if (!/^https?:$/.test(target.protocol) || !isWorkercnHost(target.hostname)) {
    throw new Error(`Not a workercn.cn page: ${url}`);
  }
  const response = await fetch(target.href, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return decodeHtml(new Uint8Array(await response.arrayBuffer()), response.headers.get('content-type'));
}

/** A fetched page as its tab would show it (`<noscript>` content is raw text there, not markup). */
export const parseHtml = (html: string): Document =>
  new DOMParser().parseFromString(withoutNoscriptContent(html), 'text/html');
