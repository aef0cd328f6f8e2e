/** Overrides in the library database: writes with their undo, the article's scope, the backup round trip. */
import { describe, expect, it } from 'vitest';
import { freshDb } from '../library/helpers';
import { addOverride, listOverrides, overridesFor, removeOverride, writeOps } from '@/utils/overrides/store';
import { GLOBAL_SCOPE, overrideId } from '@/utils/overrides/model';
import { exportLibrary, exportLibraryJson } from '@/utils/library/export';
import { importLibrary } from '@/utils/library/import';

const URL_A = 'https://www.workercn.cn/c/2024-01-01/1.shtml';

describe('override store', () => {
  it('records merges and splits, and each answer undoes its own write', async () => {
    const db = await freshDb();
    const undoMerge = await addOverride(db, { kind: 'merge', text: '看到了' }, 10);
    expect(await listOverrides(db)).toEqual([
      {
        id: overrideId(GLOBAL_SCOPE, '看到了'),
        scope: GLOBAL_SCOPE,
        kind: 'merge',
        text: '看到了',
        createdAt: 10,
        updatedAt: 10,
      },
    ]);
    // Splitting the word the merge made, in the same scope: the merge keeps these cuts.
    const undoSplit = await addOverride(db, { kind: 'split', text: '看到了', cuts: [2] }, 20);
    expect((await listOverrides(db))[0]).toMatchObject({ kind: 'merge', cuts: [2], createdAt: 10, updatedAt: 20 });
    await writeOps(db, undoSplit);
    expect((await listOverrides(db))[0]).toMatchObject({ kind: 'merge', updatedAt: 10 });
    expect((await listOverrides(db))[0].cuts).toBeUndefined();
    await writeOps(db, undoMerge);
    expect(await listOverrides(db)).toEqual([]);
  });

  it('keys an article by its canonical URL, and gives it the global overrides too', async () => {
    const db = await freshDb();
    await addOverride(db, {
      kind: 'split',
      text: '行长',
      cuts: [1],
      url: `http://www.workercn.cn/c/2024-01-01/1.shtml?utm_source=x#top`,
    });
    await addOverride(db, { kind: 'merge', text: '网上的' });
    const mine = await overridesFor(db, URL_A);
    expect(mine.splits.get('行长')).toEqual([1]);
    expect(mine.merges.map((m) => m.text)).toEqual(['网上的']);
    const other = await overridesFor(db, 'https://www.workercn.cn/c/2024-01-01/2.shtml');
    expect(other.splits.size).toBe(0);
    expect(other.merges).toHaveLength(1);
    const [first] = await listOverrides(db);
    expect(first.scope).toBe(GLOBAL_SCOPE);
    const undo = await removeOverride(db, overrideId(URL_A, '行长'));
    expect((await overridesFor(db, URL_A)).splits.size).toBe(0);
    await writeOps(db, undo);
    expect((await overridesFor(db, URL_A)).splits.get('行长')).toEqual([1]);
  });

  it('refuses a merge of punctuation with a clear message and writes nothing', async () => {
    const db = await freshDb();
    await expect(addOverride(db, { kind: 'merge', text: '了。' })).rejects.toThrow(/only characters/);
    expect(await listOverrides(db)).toEqual([]);
  });
});

describe('overrides in the backup', () => {
  it('travel in the export and come back on import; the later change of a record wins', async () => {
    const a = await freshDb();
    await addOverride(a, { kind: 'merge', text: '看到了' }, 100);
    await addOverride(a, { kind: 'split', text: '行长', cuts: [1], url: URL_A }, 200);
    const text = await exportLibraryJson(a);
    expect(JSON.parse(text).overrides).toHaveLength(2);

    const b = await freshDb();
    await addOverride(b, { kind: 'split', text: '行长', cuts: [1], url: URL_A }, 50);
    await addOverride(b, { kind: 'merge', text: '网上' }, 300);
    const summary = await importLibrary(b, text);
    expect(summary.overrides).toEqual({ added: 1, updated: 1 });
    expect((await listOverrides(b)).map((o) => `${o.scope}|${o.text}|${o.updatedAt}`)).toEqual([
      '*|看到了|100',
      '*|网上|300',
      `${URL_A}|行长|200`,
    ]);
    // Importing the same file again changes nothing.
    expect((await importLibrary(b, text)).overrides).toEqual({ added: 0, updated: 0 });
    // And b's export round-trips into a fresh library unchanged.
    const c = await freshDb();
    await importLibrary(c, await exportLibraryJson(b));
    expect((await exportLibrary(c)).overrides).toEqual((await exportLibrary(b)).overrides);
    // What the reader applies to the article is the same in the restored library.
    const restored = await overridesFor(c, URL_A);
    expect(restored.merges.map((m) => m.text).sort()).toEqual(['看到了', '网上']);
    expect([...restored.splits]).toEqual([['行长', [1]]]);
    expect(restored).toEqual(await overridesFor(b, URL_A));
  });

  it('imports older backups without overrides, and leaves out records that make no sense', async () => {
    const a = await freshDb();
    const backup = await exportLibrary(a);
    const { overrides: _none, ...older } = backup;
    expect((await importLibrary(a, older)).overrides).toEqual({ added: 0, updated: 0 });
    const hostile = {
      ...backup,
      overrides: [
        { scope: '*', kind: 'merge', text: '看，到', createdAt: 1, updatedAt: 1 },
        { scope: '*', kind: 'split', text: '行长', cuts: [9], createdAt: 1, updatedAt: 1 },
        { scope: '*', kind: 'split', text: '行长', cuts: [1], createdAt: 1, updatedAt: 1, id: 'forged' },
      ],
    };
    expect((await importLibrary(a, JSON.stringify(hostile))).overrides).toEqual({ added: 1, updated: 0 });
    expect((await listOverrides(a)).map((o) => o.id)).toEqual([overrideId(GLOBAL_SCOPE, '行长')]);
  });
});
