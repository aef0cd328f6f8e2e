/**
 * The bulk paths of sync: a large first sync is read, merged and written in bulk, uploaded in a
 * few large files, and is still all or nothing. Against the record-by-record merge, a real WebDAV
 * server (rclone serve webdav on 127.0.0.1) and a write failing midway.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibraryDb, type LibraryDb } from '../../utils/db/database';
import { saveArticles } from '../../utils/library/save';
import { addStudyWord } from '../../utils/study/words';
import { applyChanges } from '../../utils/sync/apply';
import { SYNC_TABLES } from '../../utils/sync/capture';
import { runSync, type SyncOptions } from '../../utils/sync/engine';
import { loadClock, saveClock } from '../../utils/sync/meta';
import type { Change } from '../../utils/sync/types';
import { WebDavTransport } from '../../utils/sync/webdav';
import { uniqueName } from '../library/helpers';
import { syntheticArticles } from '../library/seed-articles';
import { contentState, derivedState, libraryState, testDevice } from './helpers';
import { fillStudy } from './study-fill';
import { PASSWORD, startWebDav, USER, type WebDavServer } from './servers';

const WORDS = 1200;
const REVIEWS = 2600;
const ARTICLES = 60;

/** A library of ARTICLES articles, WORDS words with a card each, REVIEWS reviews (5,000+ records). */
async function fill(db: LibraryDb): Promise<void> {
  const t0 = 1_700_000_000_000;
  await saveArticles(db, syntheticArticles(ARTICLES, 3), t0);
  await fillStudy(db, WORDS, REVIEWS, t0);
}

/** A deterministic shuffle (mulberry32). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let a = seed;
  const random = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const shadowsOf = async (db: LibraryDb) => (await db.syncShadow.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
/** The search index with document numbers (local to each device) replaced by the articles' URLs. */
const gramsOf = async (db: LibraryDb) => {
  const urls = new Map((await db.articles.toArray()).map((a) => [a.seq, a.url]));
  const byGram = new Map<string, string[]>();
  for (const row of await db.grams.toArray())
    byGram.set(row.g, [...(byGram.get(row.g) ?? []), ...row.ids.map((id) => urls.get(id) ?? `missing ${id}`)]);
  return [...byGram].map(([g, list]) => `${g}|${list.sort().join(',')}`).sort();
};

describe('a large receive in bulk', () => {
  it('gives the same library, history, search index and shadow as merging record by record', async () => {
    const a = await testDevice('A');
    await fill(a.db);
    const changes = await a.capture();
    const records = new Map<string, Change[]>();
    for (const c of changes) {
      const id = `${c.k}:${c.i}`;
      records.set(id, [...(records.get(id) ?? []), c]);
    }
    expect(records.size).toBeGreaterThanOrEqual(5000);

    const bulk = await testDevice('B');
    await bulk.receive(changes);

    // One record at a time, in a shuffled order, each in its own transaction.
    const single = await testDevice('C');
    for (const id of shuffled([...records.keys()], 7)) {
      await single.db.transaction('rw', SYNC_TABLES(single.db), async () => {
        const clock = await loadClock(single.db);
        await applyChanges(single.db, clock, records.get(id)!);
        await saveClock(single.db, clock);
      });
    }

    const expected = await contentState(a.db);
    expect(expected.articles).toHaveLength(ARTICLES);
    expect(expected.reviewLog).toHaveLength(REVIEWS);
    expect(await contentState(bulk.db)).toEqual(expected);
    expect(await libraryState(single.db)).toEqual(await libraryState(bulk.db));
    expect(await shadowsOf(single.db)).toEqual(await shadowsOf(bulk.db));
    expect(await derivedState(single.db)).toEqual(await derivedState(bulk.db));
    expect(await derivedState(bulk.db)).toEqual(await derivedState(a.db));
    expect(await gramsOf(single.db)).toEqual(await gramsOf(bulk.db));
    expect(await gramsOf(bulk.db)).toEqual(await gramsOf(a.db));
    // Every card's state is the one its review log replays to, as on the device that reviewed.
    expect((await bulk.db.cards.toArray()).map((c) => [c.id, c.reps, c.due])).toEqual(
      (await single.db.cards.toArray()).map((c) => [c.id, c.reps, c.due]),
    );
  }, 600_000);
});

describe('a large first sync through a real WebDAV server', () => {
  let server: WebDavServer;
  beforeAll(async () => {
    server = await startWebDav();
  }, 30_000);
  afterAll(async () => {
    await server?.stop();
  });

  const sync = (db: LibraryDb, folder: string, options: SyncOptions = {}) =>
    runSync(
      db,
      new WebDavTransport({ url: server.url, username: USER, password: PASSWORD, folder, timeoutMs: 60_000 }),
      options,
    );

  it('goes up in a few whole files; a receive failing midway changes nothing and the next sync completes it', async () => {
    const folder = `batched-${process.pid}`;
    const a = await openLibraryDb({ name: uniqueName('batched-a') });
    await fill(a);
    const up = await sync(a, folder, { changesPerFile: 20_000 });
    expect(up.sent).toBeGreaterThan(20_000);
    expect(up.filesOut).toBe(Math.ceil(up.sent / 20_000));
    expect(await a.syncOutbox.count()).toBe(0);

    // Device B has a word of its own, then its receive fails in the middle of writing the review log.
    const b = await openLibraryDb({ name: uniqueName('batched-b') });
    await addStudyWord(b, { word: '遴选', pinyin: 'lín xuǎn', definition: 'to select', sentence: '遴选人才。' }, 1);
    const before = await contentState(b);
    let created = 0;
    const failing = function () {
      if (++created === 1500) throw new Error('disk full');
    };
    b.reviewLog.hook('creating', failing);
    await expect(sync(b, folder)).rejects.toThrow();
    expect(created).toBeGreaterThanOrEqual(1500);
    expect(await contentState(b)).toEqual(before);
    expect(await b.syncFiles.count()).toBe(0);
    expect(await b.syncShadow.count()).toBe(0);

    b.reviewLog.hook('creating').unsubscribe(failing);
    const down = await sync(b, folder);
    expect(down.received).toBe(up.sent);
    expect(down.filesIn).toBe(up.filesOut);
    const mine = await contentState(a);
    const theirs = await contentState(b);
    expect(theirs.articles).toEqual(mine.articles);
    expect(theirs.reviewLog).toEqual(mine.reviewLog);
    expect(theirs.cards.filter((c) => !c.id.startsWith('遴选'))).toEqual(mine.cards);
    expect(theirs.vocabulary.filter((w) => w.word !== '遴选')).toEqual(mine.vocabulary);
    expect(theirs.vocabulary.find((w) => w.word === '遴选')?.definition).toBe('to select');

    // B's own word goes up, and A gets it.
    await sync(b, folder);
    await sync(a, folder);
    expect((await a.vocabulary.get('遴选'))?.definition).toBe('to select');
    expect(await contentState(a)).toEqual(await contentState(b));
  }, 600_000);
});
