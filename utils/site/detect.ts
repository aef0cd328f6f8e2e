/**
 * Classifies a page from its URL and a few selector checks. Runs on every workercn.cn page load,
 * so it stays cheap and imports nothing heavy.
 */
import { isWorkercnHost } from './hosts';
import type { Detection } from './types';
import {
  EPAPER_ARTICLE,
  EPAPER_DAY,
  EPAPER_ENTRY,
  EPAPER_LEGACY,
  EPAPER_PAGE,
  PORTAL_ARTICLE,
  PORTAL_LEGACY_ARTICLE,
  parseUrl,
} from './urls';

export { isWorkercnHost };

const NONE: Detection = { kind: 'none', family: 'other' };

/** Markup that only article pages carry, per family. */
const ARTICLE_MARKERS: [string, Detection][] = [
  ['#ccontent', { kind: 'article', family: 'epaper' }],
  ['div.ccontent, div.detail_con, div.signdate', { kind: 'article', family: 'portal-legacy' }],
];
/** Markup of list pages: `ul.list > li` items with `h3 > a`; legacy channels `ul#leftList`. */
const LIST_MARKER = 'ul.list li h3 a, ul.list li a[href*="/c/"], ul#leftList li a';

function safeQuery(doc: Document | undefined, selector: string): Element | null {
  try {
    return doc?.querySelector?.(selector) ?? null;
  } catch {
    return null;
  }
}

export function detect(url: string, document?: Document): Detection {
  try {
    return classify(url, document);
  } catch {
    return NONE;
  }
}

function classify(url: string, document?: Document): Detection {
  const parsed = parseUrl(url);
  if (!parsed || !isWorkercnHost(parsed.hostname)) return NONE;
  const path = parsed.pathname;
  if (EPAPER_ARTICLE.test(path)) return { kind: 'article', family: 'epaper' };
  if (EPAPER_PAGE.test(path) || EPAPER_DAY.test(path) || EPAPER_ENTRY.test(path))
    return { kind: 'edition', family: 'epaper' };
  const legacy = EPAPER_LEGACY.exec(path);
  if (legacy) return { kind: legacy[7] === '00' ? 'edition' : 'article', family: 'epaper-legacy' };
  if (PORTAL_ARTICLE.test(path)) return { kind: 'article', family: 'portal' };
  if (PORTAL_LEGACY_ARTICLE.test(path)) return { kind: 'article', family: 'portal-legacy' };
  if (!document) return NONE;
  for (const [selector, detection] of ARTICLE_MARKERS) {
    if (!safeQuery(document, selector)) continue;
    // The current portal uses `div.ccontent` too: a `/c/` address the URL shape missed is still the portal.
    if (detection.family === 'portal-legacy' && path.startsWith('/c/')) return { kind: 'article', family: 'portal' };
    return detection;
  }
  if (safeQuery(document, LIST_MARKER)) {
    return {
      kind: 'list',
      family: parsed.hostname === 'www.workercn.cn' || parsed.hostname === 'workercn.cn' ? 'portal' : 'portal-legacy',
    };
  }
  return NONE;
}
