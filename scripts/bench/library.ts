/**
 * Library database at 500 and 5,000 saved articles of seed-like size: list the newest 50, search
 * a two-character word (and a four-character one), open one article, save one more.
 * Runs Dexie on fake-indexeddb (in memory, in Node): absolute times differ from a browser's
 * IndexedDB; the growth from 500 to 5,000 is the figure to watch (target: list and search ≤ 3×).
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { performance } from 'node:perf_hooks';
import { openLibraryDb, type LibraryDb } from '../../utils/db/database';
import { getArticle, listArticles } from '../../utils/library/list';
import { saveArticle, saveArticles } from '../../utils/library/save';
import { searchArticles } from '../../utils/library/search';
import { syntheticArticles } from '../../tests/library/seed-articles';
import { fmtMs, medianMs, ratio } from '../lib/bench-utils';

/**
 * Median of this many runs per query (the section stays under two minutes on a loaded machine); the
 * heap is collected once per query, not per run (a full collection of a library in memory takes
 * longer than the query).
 */
const RUNS = 5;
/** Filling the large library stops here (the section stays under two minutes); the size reached is printed. */
const FILL_BUDGET_MS = 20_000;

interface Figures {
  list: number;
  search2: number;
  search4: number;
  open: number;
  save: number;
  hits2: number;
  hits4: number;
  fillMs: number;
  /** Articles in the library (fewer than asked when the fill hit its time budget). */
  size: number;
}

async function measure(size: number): Promise<Figures> {
  const articles = syntheticArticles(size + 100, 11);
  const db: LibraryDb = await openLibraryDb({ name: `bench-library-${size}`, dexie: { indexedDB, IDBKeyRange } });
  const start = performance.now();
  let filled = 0;
  while (filled < size && performance.now() - start < FILL_BUDGET_MS) {
    const next = Math.min(size, filled + 250);
    await saveArticles(db, articles.slice(filled, next), 1_650_000_000_000 + filled);
    filled = next;
  }
  size = filled;
  const fillMs = performance.now() - start;
  const middle = articles[Math.floor(size / 2)].url;
  let extra = size;
  const hits2 = (await searchArticles(db, '工匠')).total;
  // Exact count of the four-character query: page through all its results once.
  const hits4 = (await searchArticles(db, '两个维护', {}, { limit: size })).total;
  const figures: Figures = {
    list: await medianMs(() => listArticles(db, {}, { limit: 50 }), RUNS, 2, false),
    search2: await medianMs(() => searchArticles(db, '工匠', {}, { limit: 50 }), RUNS, 2, false),
    search4: await medianMs(() => searchArticles(db, '两个维护', {}, { limit: 50 }), RUNS, 2, false),
    open: await medianMs(() => getArticle(db, middle), RUNS, 2, false),
    save: await medianMs(() => saveArticle(db, articles[extra++]), 3, 1),
    hits2,
    hits4,
    fillMs,
    size,
  };
  db.close();
  return figures;
}

function line(size: number, f: Figures): string {
  const capped = f.size < size ? ` (asked ${size}; the fill stopped at its ${FILL_BUDGET_MS / 1000} s budget)` : '';
  return (
    `${String(f.size).padStart(5)} articles${capped}: list newest 50 ${fmtMs(f.list)}, search 工匠 (${f.hits2} hits) ${fmtMs(f.search2)}, ` +
    `search 两个维护 (${f.hits4} hits, first page of 50) ${fmtMs(f.search4)}, open one ${fmtMs(f.open)}, save one more ${fmtMs(f.save)} ` +
    `[filled in ${(f.fillMs / 1000).toFixed(1)} s]`
  );
}

export async function run(): Promise<void> {
  console.log(
    'Dexie on fake-indexeddb (in-memory IndexedDB in Node, not a browser); seed-like articles of 4–8 paragraphs',
  );
  await measure(100); // warm-up (JIT), not reported
  const small = await measure(500);
  console.log(line(500, small));
  const large = await measure(5000);
  console.log(line(5000, large));
  const verdict = (r: number) => (r <= 3 ? 'within 3×' : 'OVER 3×');
  const listR = large.list / small.list;
  const searchR = large.search2 / small.search2;
  console.log(
    `growth ${small.size} → ${large.size}: list ${ratio(large.list, small.list)} (${verdict(listR)}), search 工匠 ${ratio(large.search2, small.search2)} (${verdict(searchR)}), ` +
      `search 两个维护 ${ratio(large.search4, small.search4)}, open ${ratio(large.open, small.open)}, save ${ratio(large.save, small.save)}`,
  );
}
