/**
 * The merge of one synced record: per field, the change with the later stamp (clock, then device
 * id) wins; the values it beats stay in the record's history. The field `$del` says whether the
 * record exists; a tombstone (`$del: true`) or a re-creation (`$del: false`) retires every field
 * stamped before it. The result depends only on the set of changes merged, never on their order.
 */
import { DELETED, type Change, type FieldMeta, type PastValue, type SyncShadowEntry } from './types';
import { hashValue, isSmall } from './values';

/** History kept per field. */
export const HISTORY_DEPTH = 3;

/** Fields without history (their values never change, or are too large). */
const NO_HISTORY = new Set([DELETED]);

type Stamp = { h: string; d: string };

/** Orders stamps: clock first, then device id. */
export function compareStamp(a: Stamp, b: Stamp): number {
  if (a.h !== b.h) return a.h < b.h ? -1 : 1;
  if (a.d !== b.d) return a.d < b.d ? -1 : 1;
  return 0;
}

/** Whether `change` beats the field's current winner `meta`. Equal stamps fall back on the value hash. */
function beats(change: Change, changeHash: string, meta: FieldMeta): boolean {
  const c = compareStamp(change, meta);
  return c > 0 || (c === 0 && changeHash > meta.x);
}

function pushHistory(entry: SyncShadowEntry, field: string, past: PastValue): void {
  if (NO_HISTORY.has(field) || !isSmall(past.v)) return;
  entry.p ??= {};
  const list = entry.p[field] ?? [];
  if (list.some((p) => p.h === past.h && p.d === past.d)) return;
  list.push({ v: past.v, h: past.h, d: past.d });
  list.sort((a, b) => -compareStamp(a, b));
  entry.p[field] = list.slice(0, HISTORY_DEPTH);
}

export function isAlive(entry: SyncShadowEntry | undefined): boolean {
  return entry?.f[DELETED]?.v === false;
}

export interface EntityMerge {
  entry: SyncShadowEntry;
  wasAlive: boolean;
  alive: boolean;
  /** Whether any field changed winner. */
  changed: boolean;
  /** Every field's value when alive (built from `tableValues` and the winners). */
  values?: Record<string, unknown>;
}

/**
 * Merges changes into a record's shadow entry (which is copied, not changed).
 * `tableValues`: the record's fields as the library holds them (when it holds it); values of the
 * library win over nothing: they are what the shadow's stamps describe.
 */
export function mergeEntity(
  previous: SyncShadowEntry,
  changes: readonly Change[],
  tableValues?: Record<string, unknown>,
): EntityMerge {
  const entry: SyncShadowEntry = {
    id: previous.id,
    f: { ...previous.f },
    ...(previous.p ? { p: { ...previous.p } } : {}),
    ...(previous.u !== undefined ? { u: previous.u } : {}),
  };
  const wasAlive = isAlive(previous);
  const known = (field: string): { ok: boolean; v?: unknown } => {
    const meta = entry.f[field];
    if (meta && 'v' in meta) return { ok: true, v: meta.v };
    if (wasAlive && tableValues && field in tableValues) return { ok: true, v: tableValues[field] };
    if (wasAlive && tableValues) return { ok: true, v: null };
    return { ok: false };
  };
  const winners: Record<string, unknown> = {};
  let changed = false;
  for (const change of changes) {
    const hash = hashValue(change.v);
    const meta = entry.f[change.f];
    if (!meta || beats(change, hash, meta)) {
      if (meta) {
        const old = change.f in winners ? { ok: true, v: winners[change.f] } : known(change.f);
        if (old.ok) pushHistory(entry, change.f, { v: old.v, h: meta.h, d: meta.d });
      }
      entry.f[change.f] = { h: change.h, d: change.d, x: hash, v: change.v };
      winners[change.f] = change.v;
      changed = true;
    } else if (compareStamp(change, meta) !== 0) {
      pushHistory(entry, change.f, { v: change.v, h: change.h, d: change.d });
    }
  }

  // Retire what the latest creation or deletion supersedes.
  const del = entry.f[DELETED];
  if (del) {
    for (const field of Object.keys(entry.f)) {
      if (field !== DELETED && compareStamp(entry.f[field], del) < 0) {
        delete entry.f[field];
        delete winners[field];
      }
    }
    if (entry.p) {
      for (const field of Object.keys(entry.p)) {
        const kept = entry.p[field].filter((p) => compareStamp(p, del) >= 0);
        if (kept.length) entry.p[field] = kept;
        else delete entry.p[field];
      }
      if (Object.keys(entry.p).length === 0) delete entry.p;
    }
  }

  const alive = isAlive(entry);
  // A field's value, from the winners, then the kept values, then the library's record.
  const valueOf = (field: string): { ok: boolean; v?: unknown } => {
    if (field in winners) return { ok: true, v: winners[field] };
    const meta = entry.f[field];
    if ('v' in meta) return { ok: true, v: meta.v };
    if (tableValues) return { ok: true, v: tableValues[field] ?? null };
    return { ok: false };
  };
  let values: Record<string, unknown> | undefined;
  if (alive) {
    values = {};
    for (const field of Object.keys(entry.f)) if (field !== DELETED) values[field] = valueOf(field).v ?? null;
  }
  for (const field of Object.keys(entry.f)) {
    const meta = entry.f[field];
    const value = valueOf(field);
    // Small values stay in the shadow (for history); every value stays while the record is absent.
    if (value.ok && (field === DELETED || !alive || isSmall(value.v)))
      entry.f[field] = { h: meta.h, d: meta.d, x: meta.x, v: value.v };
    else entry.f[field] = { h: meta.h, d: meta.d, x: meta.x };
  }
  return { entry, wasAlive, alive, changed, values };
}
