/**
 * Chinese full-text search over titles and bodies through the n-gram index (table `grams`):
 * a one-character query reads one unigram list, a two-character query one bigram list, a longer
 * one intersects its bigrams' lists and checks the candidates for the exact substring. Words
 * separated by spaces must all occur. Results are newest first (the order articles entered the
 * library).
 */
import type { LibraryDb } from '../db/database';
import type { StoredArticle } from '../db/records';
import { gramsOfRun, intersectSorted, normalizeForSearch, searchRuns, searchableText } from '../db/grams';
import { postingOf } from '../db/search-index';
import { guard } from './errors';
import { hasFilter, matchesFilter, type LibraryFilter, type Page } from './list';
import { summarize, type ArticleSummary } from './summary';

export interface SearchResult {
  items: ArticleSummary[];
  /** Number of matching articles (exact when `exact`, else an upper bound). */
  total: number;
  exact: boolean;
}

const EMPTY: SearchResult = { items: [], total: 0, exact: true };
const CHUNK = 64;

/** Whether the article's titles or body contain every run of the query. */
export function containsAll(a: StoredArticle, runs: readonly string[]): boolean {
  const text = normalizeForSearch(searchableText(a));
  return runs.every((run) => text.includes(run));
}

/** The text around the first occurrence of `run`, from the title or the paragraph holding it. */
export function snippetFor(a: StoredArticle, run: string, radius = 30): string {
  for (const block of [a.title, a.pretitle ?? '', a.subtitle ?? '', ...a.paragraphs]) {
    const at = normalizeForSearch(block).indexOf(run);
    if (at < 0) continue;
    const start = Math.max(0, at - radius);
    const end = Math.min(block.length, at + run.length + radius);
    return `${start > 0 ? '…' : ''}${block.slice(start, end)}${end < block.length ? '…' : ''}`;
  }
  return (a.paragraphs[0] ?? '').slice(0, radius * 2);
}

async function bySeq(db: LibraryDb, seqs: number[]): Promise<StoredArticle[]> {
  const rows = await db.articles.where('seq').anyOf(seqs).toArray();
  const order = new Map(seqs.map((s, i) => [s, i]));
  return rows.sort((a, b) => order.get(a.seq)! - order.get(b.seq)!);
}

/** Candidate document ids, newest first, for the query's runs. */
async function candidateSeqs(db: LibraryDb, runs: readonly string[]): Promise<number[]> {
  const grams = [...new Set(runs.flatMap(gramsOfRun))];
  const postings: number[][] = [];
  for (const g of grams) {
    const ids = await postingOf(db.grams, g);
    if (ids.length === 0) return [];
    postings.push(ids);
  }
  return intersectSorted(postings).reverse();
}

/** Searches saved articles; `filter` narrows the matches like the list's filters. */
export async function searchArticles(
  db: LibraryDb,
  query: string,
  filter: LibraryFilter = {},
  page: Page = {},
): Promise<SearchResult> {
  const runs = [...new Set(searchRuns(query))];
  if (runs.length === 0) return EMPTY;
  const offset = page.offset ?? 0;
  const limit = page.limit ?? 50;
  return guard(() =>
    db.transaction('r', db.articles, db.grams, async () => {
      const seqs = await candidateSeqs(db, runs);
      if (seqs.length === 0) return EMPTY;
      // Up to two characters per run the index answers exactly; longer runs are checked.
      const needsCheck = runs.some((r) => Array.from(r).length > 2) || hasFilter(filter);
      if (!needsCheck) {
        const rows = await bySeq(db, seqs.slice(offset, offset + limit));
        return { items: rows.map((a) => summarize(a, snippetFor(a, runs[0]))), total: seqs.length, exact: true };
      }
      const items: ArticleSummary[] = [];
      let matched = 0;
      let checked = 0;
      while (checked < seqs.length && matched < offset + limit) {
        const chunk = seqs.slice(checked, checked + CHUNK);
        checked += chunk.length;
        for (const a of await bySeq(db, chunk)) {
          if (!containsAll(a, runs) || !matchesFilter(a, filter)) continue;
          if (matched >= offset && matched < offset + limit) items.push(summarize(a, snippetFor(a, runs[0])));
          matched++;
        }
      }
      const exact = checked >= seqs.length;
      return { items, total: exact ? matched : matched + (seqs.length - checked), exact };
    }),
  );
}
