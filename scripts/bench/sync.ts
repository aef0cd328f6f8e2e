/**
 * Sync through a real WebDAV server (rclone serve webdav on 127.0.0.1): the first sync of a
 * library of 500 and of 5,000 articles with 2,000 words and 20,000 reviews (upload from the
 * device that has it, download into an empty one), then one change synced both ways. Time, bytes
 * on the wire, and the process's peak memory during each step. Baseline in the same run: writing
 * and reading back the same library as one backup file (the move sync replaces).
 * Libraries are Dexie on fake-indexeddb (in memory, in Node), not a browser's IndexedDB.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { performance } from 'node:perf_hooks';
import { openLibraryDb, type LibraryDb } from '../../utils/db/database';
import { saveArticles } from '../../utils/library/save';
import { exportLibraryJson } from '../../utils/library/export';
import { importLibrary } from '../../utils/library/import';
import { updateWord } from '../../utils/study/words';
import { runSync, type SyncReport } from '../../utils/sync/engine';
import { WebDavTransport } from '../../utils/sync/webdav';
import { syntheticArticles } from '../../tests/library/seed-articles';
import { fillStudy } from '../../tests/sync/study-fill';
import { PASSWORD, startWebDav, USER, type WebDavServer } from '../../tests/sync/servers';
import { ratio } from '../lib/bench-utils';

const WORDS = 2000;
const REVIEWS = 20_000;
const MB = 1024 * 1024;

async function fill(db: LibraryDb, articles: number): Promise<void> {
  const inputs = syntheticArticles(articles, 7);
  for (let i = 0; i < articles; i += 250) await saveArticles(db, inputs.slice(i, i + 250), 1_700_000_000_000 + i);
  await fillStudy(db, WORDS, REVIEWS);
}

/** Runs `fn`, sampling the process's memory; returns its time and the peak RSS / heap. */
async function measured<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; rss: number; heap: number }> {
  global.gc?.();
  let rss = process.memoryUsage().rss;
  let heap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 20);
  const start = performance.now();
  const value = await fn();
  const ms = performance.now() - start;
  clearInterval(timer);
  const m = process.memoryUsage();
  return { value, ms, rss: Math.max(rss, m.rss), heap: Math.max(heap, m.heapUsed) };
}

const fmt = (r: { ms: number; rss: number; heap: number }, bytes: number) =>
  `${(r.ms / 1000).toFixed(2)} s, ${(bytes / MB).toFixed(2)} MB, peak RSS ${(r.rss / MB).toFixed(0)} MB (heap ${(r.heap / MB).toFixed(0)} MB)`;

async function one(server: WebDavServer, articles: number): Promise<void> {
  const open = (n: string) => openLibraryDb({ name: `bench-sync-${articles}-${n}`, dexie: { indexedDB, IDBKeyRange } });
  const a = await open('a');
  const b = await open('b');
  await fill(a, articles);
  const folder = `bench-${articles}`;
  const sync = (db: LibraryDb) =>
    runSync(
      db,
      new WebDavTransport({ url: server.url, username: USER, password: PASSWORD, folder, timeoutMs: 120_000 }),
    );

  const up = await measured(() => sync(a));
  const down = await measured(() => sync(b));
  const check = (await b.articles.count()) === articles && (await b.reviewLog.count()) === REVIEWS;
  await updateWord(a, '词1', { definition: 'one change' });
  const incUp = await measured(() => sync(a));
  const incDown = await measured(() => sync(b));
  const arrived = (await b.vocabulary.get('词1'))?.definition === 'one change';

  // Baseline: the same library as one backup file, written and imported into an empty library.
  const c = await open('c');
  const backup = await measured(async () => {
    const json = await exportLibraryJson(a);
    await importLibrary(c, json);
    return new TextEncoder().encode(json).length;
  });
  const r = (x: { value: SyncReport }) => x.value;
  console.log(
    `${articles} articles, ${WORDS} words, ${REVIEWS} reviews: first sync up ${fmt(up, r(up).bytesUp)} (${r(up).sent} changes, ${r(up).filesOut} files); ` +
      `down ${fmt(down, r(down).bytesDown)}${check ? '' : ' — INCOMPLETE'}`,
  );
  console.log(
    `  one change: up ${fmt(incUp, r(incUp).bytesUp)} (${r(incUp).sent} change); down ${fmt(incDown, r(incDown).bytesDown)}${arrived ? '' : ' — NOT ARRIVED'}`,
  );
  console.log(
    `  baseline, one backup file written and imported: ${fmt(backup, backup.value)} (first sync up+down ${ratio(up.ms + down.ms, backup.ms)})`,
  );
  for (const db of [a, b, c]) db.close();
}

export async function run(): Promise<void> {
  const server = await startWebDav();
  try {
    await one(server, 500);
    await one(server, 5000);
  } finally {
    await server.stop();
  }
}
