/** Overrides travel in sync like the rest of the library: created, changed and removed on one device, the same on the other. */
import { describe, expect, it } from 'vitest';
import { testDevice } from '../sync/helpers';
import { addOverride, listOverrides, removeOverride } from '@/utils/overrides/store';
import { GLOBAL_SCOPE, overrideId } from '@/utils/overrides/model';

const URL_A = 'https://www.workercn.cn/c/2024-01-01/1.shtml';
const rows = async (db: Parameters<typeof listOverrides>[0]) =>
  (await listOverrides(db)).map((o) => `${o.scope}|${o.kind}|${o.text}|${(o.cuts ?? []).join(',')}`);

describe('overrides in sync', () => {
  it('a merge and a split made on A reach B; a later change on B wins on both; a removal removes', async () => {
    const a = await testDevice('a');
    const b = await testDevice('b');
    await addOverride(a.db, { kind: 'merge', text: '看到了' });
    await addOverride(a.db, { kind: 'split', text: '行长', cuts: [1], url: URL_A });
    await b.receive(await a.capture());
    expect(await rows(b.db)).toEqual(['*|merge|看到了|', `${URL_A}|split|行长|1`]);

    // A cuts its merge later than B cuts it differently: the later edit wins on both.
    await addOverride(b.db, { kind: 'split', text: '看到了', cuts: [1] }, Date.now());
    const fromB = await b.capture();
    await new Promise((r) => setTimeout(r, 5));
    await addOverride(a.db, { kind: 'split', text: '看到了', cuts: [2] }, Date.now());
    const fromA = await a.capture();
    await a.receive(fromB);
    await b.receive(fromA);
    expect(await rows(a.db)).toEqual(await rows(b.db));
    expect((await a.db.overrides.get(overrideId(GLOBAL_SCOPE, '看到了')))?.cuts).toEqual([2]);

    await removeOverride(b.db, overrideId(URL_A, '行长'));
    await a.receive(await b.capture());
    expect(await rows(a.db)).toEqual(['*|merge|看到了|2']);
    expect(await rows(b.db)).toEqual(['*|merge|看到了|2']);
  });
});
