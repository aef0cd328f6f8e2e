import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openLibraryDb } from '../../utils/db/database';
import { SCHEMA_V2, SCHEMA_V4, CURRENT_SCHEMA_VERSION } from '../../utils/db/schema';
import { searchArticles } from '../../utils/library/search';
import { captureAndMerge, pendingChanges } from '../../utils/sync/local';
import { uniqueName } from '../library/helpers';

type Snapshot = { version: number; tables: Record<keyof typeof SCHEMA_V2, Record<string, unknown>[]> };
const snapshot = JSON.parse(readFileSync(new URL('./fixtures/v2-snapshot.json', import.meta.url), 'utf8')) as Snapshot;

/** A version-2 database as an installed version 2 left it, filled from the stored snapshot. */
async function createV2(name: string): Promise<void> {
  const v2 = new Dexie(name);
  v2.version(2).stores(SCHEMA_V2);
  await v2.open();
  await v2.transaction('rw', v2.tables, async () => {
    for (const [table, rows] of Object.entries(snapshot.tables)) await v2.table(table).bulkAdd(rows);
  });
  expect(v2.verno).toBe(2);
  v2.close();
}

describe('schema migration 2 → 3 (sync tables)', () => {
  it('upgrades a stored version-2 library: every record kept, sync tables added, a device id given', async () => {
    const name = uniqueName('migrate-v3');
    await createV2(name);
    const db = await openLibraryDb({ name });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(SCHEMA_V4).sort());
    for (const table of Object.keys(SCHEMA_V2)) {
      const rows = await db.table(table).toArray();
      expect(rows, table).toEqual(snapshot.tables[table as keyof typeof SCHEMA_V2]);
    }
    const id = (await db.syncMeta.get('deviceId'))?.value;
    expect(id).toMatch(/^[a-z0-9]{16}$/);
    expect(await db.syncShadow.count()).toBe(0);
    // The upgraded library searches as before, and its first capture sees every record.
    const title = String(snapshot.tables.articles[0].title);
    expect((await searchArticles(db, title.slice(0, 4))).total).toBeGreaterThan(0);
    await captureAndMerge(db);
    const kinds = new Set((await pendingChanges(db)).map((p) => `${p.change.k}:${p.change.i}`));
    expect([...kinds].filter((k) => k.startsWith('article:'))).toHaveLength(snapshot.tables.articles.length);
    expect([...kinds].filter((k) => k.startsWith('review:'))).toHaveLength(snapshot.tables.reviewLog.length);
    expect(kinds.has('word:遴选')).toBe(true);
    db.close();
  });
});
