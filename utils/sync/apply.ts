/**
 * Merging changes from other devices (or a snapshot) into the library: per record, the merge of
 * merge.ts decides the fields; the record is then written, created or removed with everything
 * derived from it (search postings, glossary encounters, FSRS state replayed from the log).
 * Call inside a transaction over SYNC_TABLES, after capturing local changes.
 */
import type { LibraryDb } from '../db/database';
import { bulkGetChunked, bulkPutChunked } from '../db/bulk';
import type { HybridClock } from './hlc';
import { fieldsOf, readRecords, RecordWrites, splitEntityId } from './entities';
import { mergeEntity } from './merge';
import type { Change, EntityKind, SyncShadowEntry } from './types';
import { ENTITY_KINDS } from './types';

export interface ApplyOutcome {
  /** Records whose content changed. */
  changed: number;
  /** Per kind, records changed. */
  byKind: Partial<Record<EntityKind, number>>;
  /** Settings whose value changed (key → new value), for the caller to write to browser storage. */
  settings: Record<string, unknown>;
}

const KNOWN_KINDS = new Set<string>(ENTITY_KINDS);

/** Whether a value read from a file is a well-formed change. */
export function isChange(c: unknown): c is Change {
  if (typeof c !== 'object' || c === null) return false;
  const x = c as Record<string, unknown>;
  return (
    typeof x.k === 'string' &&
    KNOWN_KINDS.has(x.k) &&
    typeof x.i === 'string' &&
    typeof x.f === 'string' &&
    typeof x.h === 'string' &&
    typeof x.d === 'string' &&
    'v' in x
  );
}

export async function applyChanges(
  db: LibraryDb,
  clock: HybridClock,
  changes: readonly Change[],
): Promise<ApplyOutcome> {
  const outcome: ApplyOutcome = { changed: 0, byKind: {}, settings: {} };
  const groups = new Map<string, Change[]>();
  let latest = '';
  for (const c of changes) {
    const id = `${c.k}:${c.i}`;
    const list = groups.get(id);
    if (list) list.push(c);
    else groups.set(id, [c]);
    if (c.h > latest) latest = c.h;
  }
  if (latest) clock.receive(latest);

  // Every record is read, merged in memory and written in bulk: a few requests per table,
  // whatever the number of records (a first sync brings tens of thousands).
  const ids = [...groups.keys()].sort();
  // A device syncing for the first time has no shadow to read.
  const shadows = (await db.syncShadow.limit(1).count()) ? await bulkGetChunked(db.syncShadow, ids) : [];
  const records = await readRecords(db, ids);
  const writes = await RecordWrites.start(db, records);
  const shadowPuts: SyncShadowEntry[] = [];
  for (const [n, id] of ids.entries()) {
    const { kind, key } = splitEntityId(id);
    const previous = shadows[n] ?? { id, f: {} };
    const table = kind === 'setting' ? undefined : fieldsOf(records, kind, key);
    const merged = mergeEntity(previous, groups.get(id)!, table);
    if (merged.changed && (merged.alive || merged.wasAlive)) {
      if (kind === 'setting') {
        if (merged.alive) outcome.settings[key] = merged.values?.value;
      } else {
        const updatedAt = writes.write(kind, key, merged.alive ? merged.values : undefined, merged.entry.f);
        if (updatedAt !== undefined) merged.entry.u = updatedAt;
      }
      outcome.changed++;
      outcome.byKind[kind] = (outcome.byKind[kind] ?? 0) + 1;
    }
    shadowPuts.push(merged.entry);
  }
  await writes.flush(db);
  await bulkPutChunked(db.syncShadow, shadowPuts);
  return outcome;
}
