/**
 * Backup: the whole library as one JSON document. Derived data (search postings, glossary
 * encounters, document numbers) is left out and rebuilt on import.
 */
import type { LibraryDb } from '../db/database';
import type { ReviewCard, ReviewLogEntry, SettingsSnapshot, StoredArticle, VocabularyEntry } from '../db/records';
import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import { guard } from './errors';
import type { WordOverride } from '../overrides/model';

export const BACKUP_FORMAT = 'workercn-reader-library';
export const BACKUP_FORMAT_VERSION = 1;

/** An exported article: the stored record without its local document number. */
export type ExportedArticle = Omit<StoredArticle, 'seq'>;

export interface LibraryBackup {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  exportedAt: string;
  articles: ExportedArticle[];
  vocabulary: VocabularyEntry[];
  cards: ReviewCard[];
  /** Without the local `id`. */
  reviewLog: Omit<ReviewLogEntry, 'id'>[];
  /** Without the local `id`. */
  settings: Omit<SettingsSnapshot, 'id'>[];
  /** The learner's merges and splits of words (absent in backups made before they existed). */
  overrides?: WordOverride[];
}

export async function exportLibrary(db: LibraryDb, now: Date = new Date()): Promise<LibraryBackup> {
  return guard(() =>
    db.transaction('r', [db.articles, db.vocabulary, db.cards, db.reviewLog, db.settings, db.overrides], async () => {
      const articles = (await db.articles.orderBy('seq').toArray()).map(({ seq: _seq, ...rest }) => rest);
      return {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        schemaVersion: CURRENT_SCHEMA_VERSION,
        exportedAt: now.toISOString(),
        articles,
        vocabulary: await db.vocabulary.toArray(),
        cards: await db.cards.toArray(),
        reviewLog: (await db.reviewLog.toArray()).map(({ id: _id, ...rest }) => rest),
        settings: (await db.settings.toArray()).map(({ id: _id, ...rest }) => rest),
        overrides: await db.overrides.toArray(),
      };
    }),
  );
}

/** The backup as the text of a .json file. */
export async function exportLibraryJson(db: LibraryDb, now?: Date): Promise<string> {
  return JSON.stringify(await exportLibrary(db, now));
}

export function backupFileName(now: Date = new Date()): string {
  return `workercn-library-${now.toISOString().slice(0, 10)}.json`;
}
