/** This device's sync counters in `syncMeta`: its id, its clock, the next change file number. */
import type { LibraryDb } from '../db/database';
import { newDeviceId } from '../db/migrations';
import { HLC_ZERO, HybridClock, type Hlc } from './hlc';

export async function getMeta<T>(db: LibraryDb, key: string, fallback: T): Promise<T> {
  const row = await db.syncMeta.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export async function setMeta(db: LibraryDb, key: string, value: unknown): Promise<void> {
  await db.syncMeta.put({ key, value });
}

/** The device id (created on first use; kept for the life of the database). */
export async function deviceId(db: LibraryDb): Promise<string> {
  return db.transaction('rw', db.syncMeta, async () => {
    const id = await getMeta<string | undefined>(db, 'deviceId', undefined);
    if (id) return id;
    const created = newDeviceId();
    await setMeta(db, 'deviceId', created);
    return created;
  });
}

export async function loadClock(db: LibraryDb, wallClock?: () => number): Promise<HybridClock> {
  return new HybridClock(await getMeta<Hlc>(db, 'clock', HLC_ZERO), wallClock);
}

export async function saveClock(db: LibraryDb, clock: HybridClock): Promise<void> {
  await setMeta(db, 'clock', clock.current);
}
