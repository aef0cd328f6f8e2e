import type { Detection } from './types';

const NONE: Detection = { kind: 'none', family: 'other' };

export function isWorkercnHost(hostname: string): boolean {
  return hostname === 'workercn.cn' || hostname.endsWith('.workercn.cn');
}

/**
 * Classifies a page from its URL (and, later, its markup). Runs on every workercn.cn page load,
 * so it stays cheap: no DOM walks beyond a few selector checks.
 */
export function detect(url: string, _document?: Document): Detection {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return NONE;
  }
  if (!isWorkercnHost(parsed.hostname)) return NONE;
  const path = parsed.pathname;
  if (/^\/papers\/grrb\/\d{4}\/\d{2}\/\d{2}\/\d+\/news-\d+\.html$/.test(path)) return { kind: 'article', family: 'epaper' };
  if (/^\/papers\/grrb\/\d{4}\/\d{2}\/\d{2}\/\d+\/page\.html$/.test(path)) return { kind: 'edition', family: 'epaper' };
  if (/^\/c\/\d{4}-\d{2}-\d{2}\/\d+\.shtml$/.test(path)) return { kind: 'article', family: 'portal' };
  return NONE;
}
