/**
 * The local half of a sync, in one transaction: capture what changed here since the last time,
 * then merge what came from other devices. A failure rolls both back: the library is untouched.
 */
import type { LibraryDb } from '../db/database';
import { applyChanges, type ApplyOutcome } from './apply';
import { captureLocal, SYNC_TABLES } from './capture';
import { deviceId, loadClock, saveClock } from './meta';
import { outboxChanges, type Change, type SyncFileRecord } from './types';

export interface LocalMerge extends ApplyOutcome {
  /** Changes captured from this device's library now. */
  captured: number;
}

export async function captureAndMerge(
  db: LibraryDb,
  incoming: readonly Change[] = [],
  options: { settings?: Record<string, unknown>; merged?: SyncFileRecord[]; wallClock?: () => number } = {},
): Promise<LocalMerge> {
  const device = await deviceId(db);
  return db.transaction('rw', SYNC_TABLES(db), async () => {
    const clock = await loadClock(db, options.wallClock);
    const captured = await captureLocal({ db, device, clock, settings: options.settings });
    const outcome = await applyChanges(db, clock, incoming);
    if (options.merged?.length) await db.syncFiles.bulkPut(options.merged);
    await saveClock(db, clock);
    return { ...outcome, captured: captured.length };
  });
}

/** The outbox: changes captured and not uploaded yet, in capture order (with their row's number). */
export async function pendingChanges(db: LibraryDb): Promise<{ n: number; change: Change }[]> {
  return (await db.syncOutbox.orderBy('n').toArray()).flatMap((row) =>
    outboxChanges(row).map((change) => ({ n: row.n!, change })),
  );
}
