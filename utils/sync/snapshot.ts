/**
 * Compaction: the whole merged state as changes (each field's winner and the history it keeps),
 * so a device that merges a snapshot ends exactly where merging every file it covers would have
 * taken it. Values of large fields come from the library; those of absent records from the shadow.
 */
import type { LibraryDb } from '../db/database';
import { fieldsOf, readRecords, splitEntityId } from './entities';
import { isAlive } from './merge';
import type { Change } from './types';

export async function snapshotChanges(db: LibraryDb): Promise<Change[]> {
  const out: Change[] = [];
  const entries = await db.syncShadow.toArray();
  // The library's records, read in bulk (whole tables for a large library).
  const records = await readRecords(
    db,
    entries.filter((e) => isAlive(e)).map((e) => e.id),
  );
  for (const entry of entries) {
    const { kind, key } = splitEntityId(entry.id);
    const table = isAlive(entry) && kind !== 'setting' ? fieldsOf(records, kind, key) : undefined;
    for (const [f, meta] of Object.entries(entry.f)) {
      const v = 'v' in meta ? meta.v : (table?.[f] ?? null);
      out.push({ k: kind, i: key, f, v, h: meta.h, d: meta.d });
    }
    for (const [f, past] of Object.entries(entry.p ?? {}))
      for (const p of past) out.push({ k: kind, i: key, f, v: p.v, h: p.h, d: p.d });
  }
  return out;
}
