/**
 * The library database (Dexie over IndexedDB) in the extension's own origin: background and
 * extension pages open it; content scripts reach it through messages.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type {
  BatchJob,
  GlossaryEncounter,
  GramPosting,
  ReviewCard,
  ReviewLogEntry,
  SettingsSnapshot,
  StoredArticle,
  VocabularyEntry,
} from './records';
import type { SyncFileRecord, SyncMetaEntry, SyncOutboxEntry, SyncShadowEntry } from '../sync/types';
import { DEFAULT_DB_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from './schema';
import { migrateV1toV2, migrateV2toV3 } from './migrations';
import { LibraryError, toLibraryError } from '../library/errors';
import type { WordOverride } from '../overrides/model';

export class LibraryDb extends Dexie {
  articles!: Table<StoredArticle, string>;
  grams!: Table<GramPosting, [string, number]>;
  encounters!: Table<GlossaryEncounter, [string, string]>;
  vocabulary!: Table<VocabularyEntry, string>;
  cards!: Table<ReviewCard, string>;
  reviewLog!: Table<ReviewLogEntry, number>;
  settings!: Table<SettingsSnapshot, number>;
  jobs!: Table<BatchJob, string>;
  syncShadow!: Table<SyncShadowEntry, string>;
  syncOutbox!: Table<SyncOutboxEntry, number>;
  syncFiles!: Table<SyncFileRecord, string>;
  syncMeta!: Table<SyncMetaEntry, string>;
  overrides!: Table<WordOverride, string>;

  constructor(name: string = DEFAULT_DB_NAME, options?: DexieOptions) {
    // Strict durability: Chrome reports a save done only once it is on disk (a browser quit
    // right after "saved" cannot lose it). Other browsers ignore the option.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(migrateV1toV2);
    this.version(3).stores(SCHEMA_V3).upgrade(migrateV2toV3);
    // 3 → 4 adds the empty overrides table; every stored record stays as it was.
    this.version(4).stores(SCHEMA_V4);
  }
}

export interface OpenOptions {
  name?: string;
  /**
   * Called when the upgrade waits for another tab that still holds the old version open. The
   * open resumes by itself once that tab closes (or reloads); show the message meanwhile.
   */
  onBlocked?: (error: LibraryError) => void;
  /** Called when another tab upgrades or deletes the database; this connection has closed. */
  onVersionChange?: () => void;
  /** Give up waiting for a blocked upgrade after this many ms (rejects with code `blocked`). */
  blockedTimeoutMs?: number;
  dexie?: DexieOptions;
}

/** Opens (creating or upgrading) the library database; errors are `LibraryError`s with a clear message. */
export async function openLibraryDb(options: OpenOptions = {}): Promise<LibraryDb> {
  const db = new LibraryDb(options.name ?? DEFAULT_DB_NAME, options.dexie);
  let giveUp: ((error: LibraryError) => void) | undefined;
  const gaveUp = new Promise<never>((_, reject) => {
    giveUp = reject;
  });
  gaveUp.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  db.on('blocked', () => {
    const error = new LibraryError('blocked');
    options.onBlocked?.(error);
    if (options.blockedTimeoutMs !== undefined && timer === undefined) {
      timer = setTimeout(() => giveUp?.(error), options.blockedTimeoutMs);
    }
  });
  db.on('versionchange', () => {
    // Dexie's own subscriber closes this connection so the other tab's upgrade can go on.
    options.onVersionChange?.();
  });
  const opening = db.open();
  try {
    await Promise.race([opening, gaveUp]);
  } catch (error) {
    opening.catch(() => undefined);
    db.close();
    throw toLibraryError(error);
  } finally {
    clearTimeout(timer);
  }
  return db;
}

let shared: Promise<LibraryDb> | undefined;

/** The background's one connection, opened on first use. */
export function sharedLibraryDb(options?: OpenOptions): Promise<LibraryDb> {
  shared ??= openLibraryDb(options).catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}
