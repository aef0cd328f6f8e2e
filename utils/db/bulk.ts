/**
 * Bulk writes and reads in bounded chunks, inside the caller's transaction: one request list per
 * chunk rather than one per record awaited in turn, and never tens of thousands of requests queued
 * at once (some IndexedDB implementations slow down with the length of their request queue).
 */
import type { IndexableType, Table } from 'dexie';

export const BULK_CHUNK = 2000;

export async function bulkPutChunked<T, K>(table: Table<T, K>, rows: readonly T[], size = BULK_CHUNK): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await table.bulkPut(rows.slice(i, i + size) as T[]);
}

export async function bulkAddChunked<T, K>(table: Table<T, K>, rows: readonly T[], size = BULK_CHUNK): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await table.bulkAdd(rows.slice(i, i + size) as T[]);
}

export async function bulkDeleteChunked<T, K>(
  table: Table<T, K>,
  keys: readonly K[],
  size = BULK_CHUNK,
): Promise<void> {
  for (let i = 0; i < keys.length; i += size) await table.bulkDelete(keys.slice(i, i + size) as K[]);
}

export async function bulkGetChunked<T, K>(
  table: Table<T, K>,
  keys: readonly K[],
  size = BULK_CHUNK,
): Promise<(T | undefined)[]> {
  const out: (T | undefined)[] = [];
  for (let i = 0; i < keys.length; i += size) out.push(...(await table.bulkGet(keys.slice(i, i + size) as K[])));
  return out;
}

/** Rows whose `index` equals any of `values` (chunked `anyOf`). */
export async function anyOfChunked<T, K>(
  table: Table<T, K>,
  index: string,
  values: readonly IndexableType[],
  size = BULK_CHUNK,
): Promise<T[]> {
  const out: T[] = [];
  const unique = [...new Set(values)];
  for (let i = 0; i < unique.length; i += size)
    out.push(
      ...(await table
        .where(index)
        .anyOf(unique.slice(i, i + size) as IndexableType[])
        .toArray()),
    );
  return out;
}

/** The rows found (a bulk get's `undefined`s left out) by their key. */
export function byKey<T>(rows: readonly (T | undefined)[], key: (r: T) => string): Map<string, T> {
  const out = new Map<string, T>();
  for (const r of rows) if (r) out.set(key(r), r);
  return out;
}
