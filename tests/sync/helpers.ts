/** Devices for the sync tests: each its own library database (fake-indexeddb) and sync state. */
import { openLibraryDb, type LibraryDb } from '../../utils/db/database';
import { captureAndMerge, pendingChanges } from '../../utils/sync/local';
import type { Change } from '../../utils/sync/types';
import { uniqueName } from '../library/helpers';
import { isAlive } from '../../utils/sync/merge';

export interface TestDevice {
  name: string;
  db: LibraryDb;
  /** Captures local changes and returns them as one "file" (drains the outbox). */
  capture(): Promise<Change[]>;
  receive(changes: readonly Change[]): Promise<void>;
}

export async function testDevice(name: string, wallClock?: () => number): Promise<TestDevice> {
  const db = await openLibraryDb({ name: uniqueName(`sync-${name}`) });
  await db.syncMeta.put({ key: 'deviceId', value: `dev${name}`.padEnd(16, '0') });
  return {
    name,
    db,
    async capture() {
      await captureAndMerge(db, [], { wallClock });
      const pending = await pendingChanges(db);
      await db.syncOutbox.clear();
      return pending.map((p) => p.change);
    },
    async receive(changes) {
      await captureAndMerge(db, changes, { wallClock });
    },
  };
}

/** Everything a user sees of a library, in a comparable form (no local ids or document numbers). */
export async function libraryState(db: LibraryDb) {
  const byKey = <T>(rows: T[], key: (r: T) => string) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : 1));
  // Tags in their order: every device lists an article's tags the same way.
  const articles = (await db.articles.toArray()).map(({ seq: _s, ...a }) => a);
  const reviewLog = (await db.reviewLog.toArray()).map(({ id: _id, ...r }) => r);
  const shadows = (await db.syncShadow.toArray()).filter((s) => isAlive(s));
  return {
    articles: byKey(articles, (a) => a.url),
    vocabulary: byKey(await db.vocabulary.toArray(), (w) => w.word),
    cards: byKey(await db.cards.toArray(), (c) => c.id),
    reviewLog: byKey(reviewLog, (r) => `${r.cardId}@${r.time}`),
    history: Object.fromEntries(shadows.filter((s) => s.p).map((s) => [s.id, s.p])),
  };
}

/** Search results and encounters must follow the merged articles. */
export async function derivedState(db: LibraryDb) {
  const encounters = (await db.encounters.toArray()).map((e) => `${e.termId}|${e.url}|${e.count}`).sort();
  return { encounters };
}

/** The library's content alone (what a failed sync must leave as it was). */
export async function contentState(db: LibraryDb) {
  const { history: _history, ...content } = await libraryState(db);
  return content;
}
