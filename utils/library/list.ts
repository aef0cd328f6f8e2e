/**
 * The library list: saved articles newest first, filtered by date, paper page, state, tag or
 * glossary term. The most selective filter reads its index; the rest are checked per record.
 */
import Dexie from 'dexie';
import type { LibraryDb } from '../db/database';
import type { ArticleFamily, ReadingState, StoredArticle } from '../db/records';
import { canonicalUrl, familySide, twinKeyOf } from '../db/records';
import { guard } from './errors';
import { summarize, type ArticleSummary } from './summary';

export interface LibraryFilter {
  /** Article date from (inclusive), YYYY-MM-DD. */
  dateFrom?: string;
  /** Article date to (inclusive), YYYY-MM-DD. */
  dateTo?: string;
  /** E-paper page number. */
  page?: number;
  state?: ReadingState;
  tag?: string;
  /** Glossary entry id. */
  termId?: string;
}

export interface Page {
  offset?: number;
  /** Default 50. */
  limit?: number;
}

export interface ListResult {
  items: ArticleSummary[];
  total: number;
}

export function matchesFilter(a: StoredArticle, f: LibraryFilter): boolean {
  if (f.dateFrom && a.date < f.dateFrom) return false;
  if (f.dateTo && a.date > f.dateTo) return false;
  if (f.page !== undefined && a.page !== f.page) return false;
  if (f.state && a.state !== f.state) return false;
  if (f.tag && !a.tags.some((t) => t.toLowerCase() === f.tag!.toLowerCase())) return false;
  if (f.termId && !a.terms.some((t) => t.id === f.termId)) return false;
  return true;
}

export function hasFilter(f: LibraryFilter): boolean {
  return Boolean(f.dateFrom || f.dateTo || f.page !== undefined || f.state || f.tag || f.termId);
}

/** URLs of articles in which a glossary term was met. */
export async function urlsWithTerm(db: LibraryDb, termId: string): Promise<string[]> {
  const keys = await db.encounters
    .where('[termId+url]')
    .between([termId, Dexie.minKey], [termId, Dexie.maxKey])
    .primaryKeys();
  return keys.map(([, url]) => url);
}

/** Articles matching a filter that is not just `state` (unsorted). */
async function candidates(db: LibraryDb, f: LibraryFilter): Promise<StoredArticle[]> {
  let rows: (StoredArticle | undefined)[];
  if (f.termId) rows = await db.articles.bulkGet(await urlsWithTerm(db, f.termId));
  else if (f.tag) {
    // Tags are stored with their first spelling; match case-insensitively through the index.
    rows = await db.articles.where('tags').equalsIgnoreCase(f.tag).toArray();
  } else if (f.dateFrom || f.dateTo)
    rows = await db.articles
      .where('date')
      .between(f.dateFrom ?? '', f.dateTo ?? '\uffff', true, true)
      .toArray();
  else if (f.page !== undefined) rows = await db.articles.where('page').equals(f.page).toArray();
  else rows = await db.articles.toArray();
  const seen = new Set<string>();
  return rows.filter((a): a is StoredArticle => {
    if (!a || seen.has(a.url) || !matchesFilter(a, f)) return false;
    seen.add(a.url);
    return true;
  });
}

export function newestFirst(a: StoredArticle, b: StoredArticle): number {
  return b.savedAt - a.savedAt || b.seq - a.seq;
}

/** Saved articles, newest first, filtered and paged. */
export async function listArticles(db: LibraryDb, filter: LibraryFilter = {}, page: Page = {}): Promise<ListResult> {
  const offset = page.offset ?? 0;
  const limit = page.limit ?? 50;
  return guard(() =>
    db.transaction('r', db.articles, db.encounters, async () => {
      if (!hasFilter(filter)) {
        const [total, rows] = await Promise.all([
          db.articles.count(),
          db.articles.orderBy('savedAt').reverse().offset(offset).limit(limit).toArray(),
        ]);
        return { items: rows.map((a) => summarize(a)), total };
      }
      if (
        filter.state &&
        Object.keys(filter).filter((k) => filter[k as keyof LibraryFilter] !== undefined).length === 1
      ) {
        const range = db.articles
          .where('[state+savedAt]')
          .between([filter.state, Dexie.minKey], [filter.state, Dexie.maxKey]);
        const [total, rows] = await Promise.all([
          range.clone().count(),
          range.reverse().offset(offset).limit(limit).toArray(),
        ]);
        return { items: rows.map((a) => summarize(a)), total };
      }
      const rows = (await candidates(db, filter)).sort(newestFirst);
      return { items: rows.slice(offset, offset + limit).map((a) => summarize(a)), total: rows.length };
    }),
  );
}

/** One saved article, by its URL or the URL of any copy of it (e-paper or portal twin). */
export async function getArticle(db: LibraryDb, url: string): Promise<StoredArticle | undefined> {
  const key = canonicalUrl(url);
  return guard(async () => (await db.articles.get(key)) ?? (await db.articles.where('urls').equals(key).first()));
}

/**
 * The saved article a page is, or is a copy of: by URL, or (given the page's date, title and
 * family) as the e-paper/portal twin of a saved article. For the content script's "saved" badge.
 */
export async function findSaved(
  db: LibraryDb,
  page: { url: string; date?: string; title?: string; family?: ArticleFamily },
): Promise<StoredArticle | undefined> {
  const byUrl = await getArticle(db, page.url);
  if (byUrl || !page.date || !page.title || !page.family) return byUrl;
  const side = familySide(page.family);
  if (side === 'other') return undefined;
  const twins = await guard(() => db.articles.where('twinKey').equals(twinKeyOf(page.date!, page.title!)).toArray());
  return twins.find((t) => familySide(t.family) !== side && familySide(t.family) !== 'other');
}

/** Whether a URL (or a copy of it) is saved. */
export async function isSaved(db: LibraryDb, url: string): Promise<boolean> {
  return (await getArticle(db, url)) !== undefined;
}
