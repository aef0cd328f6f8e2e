/**
 * The overrides in the library database (table `overrides`): read for an article, written as a
 * change that returns its own undo.
 */
import type { LibraryDb } from '../db/database';
import { canonicalUrl } from '../db/records';
import { guard } from '../library/errors';
import {
  GLOBAL_SCOPE,
  effectiveOverrides,
  inverseOps,
  overrideId,
  planMerge,
  planSplit,
  type EffectiveOverrides,
  type OverrideOp,
  type WordOverride,
} from './model';

/** What the learner asked for: a merge or a split, everywhere or in the article at `url`. */
export type OverrideRequest =
  { kind: 'merge'; text: string; url?: string } | { kind: 'split'; text: string; cuts: number[]; url?: string };

/** The scope of an article URL (canonical), or the global scope. */
export function scopeOf(url?: string): string {
  return url ? canonicalUrl(url) : GLOBAL_SCOPE;
}

/** Every override, global ones first, then by article and text. */
export async function listOverrides(db: LibraryDb): Promise<WordOverride[]> {
  const all = await guard(() => db.overrides.toArray());
  return all.sort(
    (a, b) =>
      Number(b.scope === GLOBAL_SCOPE) - Number(a.scope === GLOBAL_SCOPE) ||
      (a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : 0) ||
      (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
  );
}

/** The overrides that apply to the article at `url` (global ones only when no URL). */
export async function overridesFor(db: LibraryDb, url?: string): Promise<EffectiveOverrides> {
  const scope = scopeOf(url);
  const rows = await guard(() => db.overrides.where('scope').anyOf([GLOBAL_SCOPE, scope]).toArray());
  return effectiveOverrides(rows, scope);
}

/** Writes `ops` in one transaction; answers the ops that undo them. */
export async function writeOps(db: LibraryDb, ops: readonly OverrideOp[]): Promise<OverrideOp[]> {
  return guard(() =>
    db.transaction('rw', db.overrides, async () => {
      const ids = ops.map((op) => ('put' in op ? op.put.id : op.remove));
      const before = new Map<string, WordOverride>();
      for (const row of await db.overrides.bulkGet(ids)) if (row) before.set(row.id, row);
      for (const op of ops) {
        if ('put' in op) await db.overrides.put(op.put);
        else await db.overrides.delete(op.remove);
      }
      return inverseOps(ops, before);
    }),
  );
}

/** Records the learner's merge or split; answers the ops that undo it. */
export async function addOverride(db: LibraryDb, request: OverrideRequest, now = Date.now()): Promise<OverrideOp[]> {
  const scope = scopeOf(request.url);
  const existing = await guard(() => db.overrides.get(overrideId(scope, request.text)));
  const ops =
    request.kind === 'merge'
      ? planMerge(scope, request.text, now, existing)
      : planSplit(scope, request.text, request.cuts, now, existing);
  return writeOps(db, ops);
}

/** Removes one override by id; answers the ops that put it back. */
export function removeOverride(db: LibraryDb, id: string): Promise<OverrideOp[]> {
  return writeOps(db, [{ remove: id }]);
}
