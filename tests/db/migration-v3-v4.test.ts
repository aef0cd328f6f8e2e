import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openLibraryDb } from '../../utils/db/database';
import { SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, CURRENT_SCHEMA_VERSION } from '../../utils/db/schema';
import { searchArticles } from '../../utils/library/search';
import { addOverride, overridesFor } from '../../utils/overrides/store';
import { uniqueName } from '../library/helpers';

type Snapshot = { version: number; tables: Record<keyof typeof SCHEMA_V2, Record<string, unknown>[]> };
const snapshot = JSON.parse(readFileSync(new URL('./fixtures/v2-snapshot.json', import.meta.url), 'utf8')) as Snapshot;
const SYNC_ROWS = {
  // In key order, as the table gives them back.
  syncMeta: [
    { key: 'clock', value: { t: 1_700_000_500_000, c: 2 } },
    { key: 'deviceId', value: 'abcdefghij012345' },
  ],
  syncShadow: [
    { id: 'word:遴选', f: { pinyin: { h: { t: 1_700_000_300_000, c: 0 }, d: 'abcdefghij012345', x: 'h1' } } },
  ],
  syncFiles: [{ name: 'changes-abcdefghij012345-1.json', device: 'abcdefghij012345', seq: 1, type: 'changes', at: 1 }],
  syncOutbox: [{ n: 1, change: { k: 'word', i: '遴选', f: 'pinyin', v: 'lín xuǎn', h: { t: 1, c: 0 }, d: 'x' } }],
};

/** A version-3 database as an installed version 3 left it: the library and sync's own records. */
async function createV3(name: string): Promise<void> {
  const v3 = new Dexie(name);
  v3.version(3).stores(SCHEMA_V3);
  await v3.open();
  await v3.transaction('rw', v3.tables, async () => {
    for (const [table, rows] of Object.entries({ ...snapshot.tables, ...SYNC_ROWS }))
      await v3.table(table).bulkAdd(rows);
  });
  expect(v3.verno).toBe(3);
  v3.close();
}

describe('schema migration 3 → 4 (learner overrides)', () => {
  it('upgrades a version-3 library: every record of every table kept, an empty overrides table that works', async () => {
    const name = uniqueName('migrate-v4');
    await createV3(name);
    const db = await openLibraryDb({ name });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(CURRENT_SCHEMA_VERSION).toBe(4);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(SCHEMA_V4).sort());
    const before = { ...snapshot.tables, ...SYNC_ROWS } as Record<string, unknown[]>;
    for (const table of Object.keys(SCHEMA_V3)) {
      expect(await db.table(table).toArray(), table).toEqual(before[table]);
    }
    expect(await db.overrides.count()).toBe(0);
    const title = String(snapshot.tables.articles[0].title);
    expect((await searchArticles(db, title.slice(0, 4))).total).toBeGreaterThan(0);
    await addOverride(db, { kind: 'merge', text: '看到了' });
    expect((await overridesFor(db)).merges).toEqual([{ text: '看到了', cuts: [] }]);
    db.close();
  });
});
