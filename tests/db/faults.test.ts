import Dexie, { type DBCore, type DBCoreMutateRequest, type Middleware } from 'dexie';
import { describe, expect, it } from 'vitest';
import { LibraryDb, openLibraryDb } from '../../utils/db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1 } from '../../utils/db/schema';
import { saveArticle, saveArticles } from '../../utils/library/save';
import { exportLibrary } from '../../utils/library/export';
import { importLibrary } from '../../utils/library/import';
import { searchArticles } from '../../utils/library/search';
import { LIBRARY_ERROR_MESSAGES, LibraryError, toLibraryError } from '../../utils/library/errors';
import { freshDb, uniqueName } from '../library/helpers';
import { seedArticles, syntheticArticles } from '../library/seed-articles';

/** Everything the library holds, for "nothing changed" checks. */
async function contents(db: LibraryDb) {
  return {
    articles: await db.articles.toArray(),
    grams: await db.grams.toArray(),
    encounters: await db.encounters.toArray(),
  };
}

/** Makes writes to one table fail, as the IndexedDB engine would (a DBCore middleware). */
function failWrites(table: string, error: () => Error): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: `fail-${table}`,
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return name !== table
          ? t
          : {
              ...t,
              mutate: (req: DBCoreMutateRequest) => (req.type === 'delete' ? t.mutate(req) : Promise.reject(error())),
            };
      },
    }),
  };
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('interrupted saves leave the whole record or none', () => {
  it('a transaction aborted after its first write stores nothing', async () => {
    const db = await freshDb();
    const [kept, lost] = seedArticles();
    await saveArticle(db, kept, 1);
    const before = await contents(db);
    const closed = db
      .transaction('rw', [db.articles, db.grams, db.encounters], async () => {
        await saveArticle(db, lost, 2);
        expect(await db.articles.count()).toBe(2); // written inside the transaction...
        throw new Error('tab closed');
      })
      .catch((e: unknown) => e);
    expect(await closed).toMatchObject({ message: 'tab closed' });
    expect(await contents(db)).toEqual(before); // ...and gone with it.
  });

  it('a save failing midway (record written, encounters not) rolls back the record and its postings', async () => {
    const name = uniqueName('midway');
    const good = await openLibraryDb({ name });
    const a = seedArticles()[4];
    await saveArticle(good, seedArticles()[0], 1);
    const before = await contents(good);
    good.close();
    const db = new LibraryDb(name);
    db.use(failWrites('encounters', () => new DOMException('The transaction was aborted', 'AbortError')));
    await db.open();
    const error = await saveArticle(db, a, 2).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryError);
    expect((error as LibraryError).code).toBe('aborted');
    expect(await contents(db)).toEqual(before);
    db.close();
  });

  it('an update interrupted midway keeps the previous version of the article', async () => {
    const db = await freshDb();
    const a = seedArticles()[2];
    await saveArticle(db, a, 1);
    const before = await contents(db);
    await db
      .transaction('rw', [db.articles, db.grams, db.encounters], async () => {
        await saveArticle(db, { ...a, paragraphs: ['改写后的正文。'] }, 2);
        Dexie.currentTransaction.abort();
      })
      .catch(() => undefined);
    expect(await contents(db)).toEqual(before);
  });
});

describe('a full disk', () => {
  it('QuotaExceededError gives a clear message and keeps what was there', async () => {
    const name = uniqueName('quota');
    const setup = await openLibraryDb({ name });
    await saveArticles(setup, seedArticles().slice(0, 3), 1);
    const before = await contents(setup);
    const backup = await exportLibrary(setup);
    setup.close();

    const db = new LibraryDb(name);
    db.use(failWrites('articles', quotaError));
    await db.open();
    const error = await saveArticle(db, seedArticles()[5], 2).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryError);
    expect((error as LibraryError).code).toBe('quota');
    expect((error as LibraryError).message).toBe(LIBRARY_ERROR_MESSAGES.quota);
    expect((error as LibraryError).message).toMatch(/out of storage space.*intact/);
    expect(await contents(db)).toEqual(before);

    // A whole import failing on quota changes nothing either.
    const other = await freshDb();
    await saveArticles(other, seedArticles().slice(6), 5);
    const importError = await importLibrary(db, await exportLibrary(other)).catch((e: unknown) => e);
    expect((importError as LibraryError).code).toBe('quota');
    expect(await contents(db)).toEqual(before);
    expect((await exportLibrary(db)).articles).toEqual(backup.articles);
    db.close();
  });

  it('recognizes quota errors however Dexie wraps them', () => {
    const dom = quotaError();
    expect(toLibraryError(dom).code).toBe('quota');
    expect(toLibraryError(new Dexie.AbortError('aborted', dom)).code).toBe('quota');
    expect(toLibraryError(new Dexie.BulkError('bulk', { 0: dom } as never)).code).toBe('quota');
    expect(toLibraryError(Object.assign(new Error('x'), { name: 'QuotaExceededError' })).code).toBe('quota');
    expect(toLibraryError(new Dexie.VersionError('newer')).code).toBe('version');
    expect(toLibraryError(new Dexie.DatabaseClosedError()).code).toBe('closed');
    expect(toLibraryError(new Error('odd')).message).toMatch(/could not complete.*odd/);
  });
});

describe('two tabs at once', () => {
  it('concurrent saves of different and of the same articles from two connections all succeed without duplicates', async () => {
    const name = uniqueName('tabs');
    const [tab1, tab2] = await Promise.all([openLibraryDb({ name }), openLibraryDb({ name })]);
    const articles = syntheticArticles(24, 7);
    const results = await Promise.all(
      articles.flatMap((a, i) => [
        saveArticle(i % 2 ? tab1 : tab2, a, 1000 + i),
        // Every third article is saved by both tabs at the same moment.
        ...(i % 3 === 0 ? [saveArticle(i % 2 ? tab2 : tab1, a, 1000 + i)] : []),
      ]),
    );
    expect(results).toHaveLength(24 + 8);
    expect(results.filter((r) => r.created)).toHaveLength(24);
    for (const tab of [tab1, tab2]) {
      expect(await tab.articles.count()).toBe(24);
      const seqs = (await tab.articles.toArray()).map((a) => a.seq).sort((x, y) => x - y);
      expect(seqs).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    }
    const expected = articles.filter((a) => a.paragraphs.join('').includes('工会')).length;
    expect((await searchArticles(tab1, '工会', {}, { limit: 100 })).total).toBe(expected);
    expect((await searchArticles(tab2, '工会', {}, { limit: 100 })).total).toBe(expected);
    tab1.close();
    tab2.close();
  });
});

describe('a blocked upgrade', () => {
  it('reports a clear "blocked" message and completes once the old tab closes', async () => {
    const name = uniqueName('blocked');
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('articles').add({
      ...seedArticles()[0],
      urls: [seedArticles()[0].url],
      twinKey: 'x',
      images: [],
      terms: [],
      savedAt: 1,
      updatedAt: 1,
      tags: [],
      progress: 0,
      state: 'unread',
    });
    v1.close();
    // An old tab: a plain connection at version 1 that ignores versionchange.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const messages: LibraryError[] = [];
    let opened = false;
    const opening = openLibraryDb({ name, onBlocked: (e) => messages.push(e) }).then((db) => {
      opened = true;
      return db;
    });
    await new Promise<void>((resolve) => {
      const wait = () => (messages.length ? resolve() : setTimeout(wait, 5));
      wait();
    });
    expect(messages[0].code).toBe('blocked');
    expect(messages[0].message).toMatch(/another tab still uses the old version.*continues by itself/);
    expect(opened).toBe(false);
    old.close();
    const db = await opening;
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect((await db.articles.toArray()).map((a) => a.seq)).toEqual([1]);
    db.close();
  });

  it('can give up after a while with the same clear message instead of waiting forever', async () => {
    const name = uniqueName('blocked-timeout');
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    v1.close();
    const old = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
    });
    const error = await openLibraryDb({ name, blockedTimeoutMs: 20 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryError);
    expect((error as LibraryError).code).toBe('blocked');
    old.close();
  });

  it('closes its own connection when another tab upgrades, and says so', async () => {
    const name = uniqueName('versionchange');
    let notified = 0;
    const db = await openLibraryDb({ name, onVersionChange: () => notified++ });
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, (CURRENT_SCHEMA_VERSION + 1) * 10);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    expect(newer.version).toBe((CURRENT_SCHEMA_VERSION + 1) * 10);
    expect(notified).toBe(1);
    expect(db.isOpen()).toBe(false);
    newer.close();
  });
});
