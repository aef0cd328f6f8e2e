/** Forgets what sync knew (shadow, outbox, merged files) — never the library itself. */
import type { LibraryDb } from '../db/database';

export async function resetSyncState(db: LibraryDb): Promise<void> {
  await db.transaction('rw', db.syncShadow, db.syncOutbox, db.syncFiles, async () => {
    await db.syncShadow.clear();
    await db.syncOutbox.clear();
    await db.syncFiles.clear();
  });
}
