/**
 * The library page's state in the URL hash, so a reload (or a bookmark) keeps the search and the
 * filters: `#q=工匠&from=2022-04-01&to=2022-04-30&page=1&state=unread&tag=…&term=…`. The reader
 * asks for batch saves with `#save=<page.html URL>&scope=page|day`.
 */
import type { LibraryFilter, ReadingState } from '@/utils/library/api';

export interface LibraryView {
  q: string;
  filter: LibraryFilter;
}

export interface BatchRequest {
  url: string;
  scope: 'page' | 'day';
}

const STATES: readonly ReadingState[] = ['unread', 'reading', 'done'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** The hash's key=value pairs (plain string handling, no URLSearchParams). */
export function hashParams(hash: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of hash.replace(/^#/, '').split('&')) {
    if (!pair) continue;
    const at = pair.indexOf('=');
    const key = decode(at < 0 ? pair : pair.slice(0, at));
    if (!params.has(key)) params.set(key, at < 0 ? '' : decode(pair.slice(at + 1)));
  }
  return params;
}

export function parseHash(hash: string): { view: LibraryView; batch?: BatchRequest } {
  const p = hashParams(hash);
  const filter: LibraryFilter = {};
  const from = p.get('from');
  const to = p.get('to');
  if (from && DATE.test(from)) filter.dateFrom = from;
  if (to && DATE.test(to)) filter.dateTo = to;
  const page = Number(p.get('page'));
  if (p.get('page') && Number.isInteger(page) && page > 0) filter.page = page;
  const state = p.get('state') as ReadingState | undefined;
  if (state && STATES.includes(state)) filter.state = state;
  if (p.get('tag')) filter.tag = p.get('tag');
  if (p.get('term')) filter.termId = p.get('term');
  const view: LibraryView = { q: p.get('q') ?? '', filter };
  const save = p.get('save');
  if (save && /^https?:\/\//.test(save)) {
    return { view, batch: { url: save, scope: p.get('scope') === 'day' ? 'day' : 'page' } };
  }
  return { view };
}

export function formatHash(view: LibraryView): string {
  const f = view.filter;
  const pairs: [string, string | number | undefined][] = [
    ['q', view.q.trim() || undefined],
    ['from', f.dateFrom],
    ['to', f.dateTo],
    ['page', f.page],
    ['state', f.state],
    ['tag', f.tag],
    ['term', f.termId],
  ];
  const text = pairs
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');
  return text ? `#${text}` : '';
}
