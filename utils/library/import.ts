/**
 * Restoring a backup by merging: nothing already in the library is duplicated or lost.
 * Articles: the copy changed last wins, tags are united, the first saved time is kept.
 * Vocabulary: merged by word (contexts united, the later change wins). Cards: the later review
 * wins. Review log and settings snapshots: added unless already present.
 */
import type { LibraryDb } from '../db/database';
import type { ReviewCard, ReviewLogEntry, StoredArticle, VocabularyEntry } from '../db/records';
import { bulkAddChunked, bulkGetChunked, bulkPutChunked, byKey } from '../db/bulk';
import { canonicalUrl, normalizeTags, twinKeyOf } from '../db/records';
import { guard, LibraryError } from './errors';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type LibraryBackup } from './export';
import { ARTICLE_WRITE_TABLES, upsertArticles, type Merge } from './upsert';
import { mergeVocabulary } from './vocabulary';
import { validOverride } from '../overrides/model';

export interface ImportSummary {
  articles: { added: number; merged: number };
  vocabulary: { added: number; merged: number };
  cards: { added: number; updated: number };
  reviewLog: { added: number };
  settings: { added: number };
  overrides: { added: number; updated: number };
}

const mergeOnImport: Merge = (existing, incoming) => {
  const newer = incoming.updatedAt > existing.updatedAt ? incoming : existing;
  return {
    ...newer,
    savedAt: Math.min(existing.savedAt, incoming.savedAt),
    updatedAt: Math.max(existing.updatedAt, incoming.updatedAt),
    tags: normalizeTags([...existing.tags, ...incoming.tags]),
  };
};

/** Parses and checks a backup file's text. */
export function parseBackup(text: string): LibraryBackup {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new LibraryError('invalid-backup', undefined, String(error));
  }
  return validateBackup(data);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function validateBackup(data: unknown): LibraryBackup {
  const fail = (why: string): never => {
    throw new LibraryError('invalid-backup', undefined, why);
  };
  if (!isObject(data) || data.format !== BACKUP_FORMAT) return fail('not a library backup');
  if (typeof data.formatVersion !== 'number' || data.formatVersion > BACKUP_FORMAT_VERSION)
    return fail(`unsupported format version ${String(data.formatVersion)}`);
  for (const key of ['articles', 'vocabulary', 'cards', 'reviewLog', 'settings', 'overrides'])
    if (data[key] !== undefined && !Array.isArray(data[key])) return fail(`${key} is not a list`);
  const articles = (data.articles ?? []) as unknown[];
  articles.forEach((a, i) => {
    if (
      !isObject(a) ||
      typeof a.url !== 'string' ||
      typeof a.title !== 'string' ||
      typeof a.date !== 'string' ||
      !Array.isArray(a.paragraphs)
    )
      fail(`article ${i} lacks url, title, date or paragraphs`);
  });
  const words = (data.vocabulary ?? []) as unknown[];
  words.forEach((w, i) => {
    if (!isObject(w) || typeof w.word !== 'string') fail(`vocabulary entry ${i} lacks a word`);
  });
  return {
    ...(data as unknown as LibraryBackup),
    articles: articles as LibraryBackup['articles'],
    vocabulary: words as LibraryBackup['vocabulary'],
    cards: (data.cards ?? []) as LibraryBackup['cards'],
    reviewLog: (data.reviewLog ?? []) as LibraryBackup['reviewLog'],
    settings: (data.settings ?? []) as LibraryBackup['settings'],
    // Overrides are checked one by one; one that makes no sense is left out, the rest kept.
    overrides: ((data.overrides ?? []) as unknown[]).flatMap((o) => validOverride(o) ?? []),
  };
}

/** Fills what older or hand-edited backups may lack, so every stored article is complete. */
function completeArticle(a: LibraryBackup['articles'][number]): StoredArticle {
  const url = canonicalUrl(a.url);
  return {
    ...a,
    url,
    urls: [...new Set([url, ...(a.urls ?? []).map(canonicalUrl)])],
    twinKey: twinKeyOf(a.date, a.title),
    seq: 0,
    family: a.family ?? 'other',
    html: a.html ?? '',
    images: a.images ?? [],
    terms: a.terms ?? [],
    stats: a.stats ?? { chars: 0, words: 0 },
    savedAt: a.savedAt ?? Date.now(),
    updatedAt: a.updatedAt ?? a.savedAt ?? Date.now(),
    tags: normalizeTags(a.tags ?? []),
    progress: a.progress ?? 0,
    state: a.state ?? 'unread',
  };
}

/** Imports a backup (object or file text) into the library in one transaction: all or nothing. */
export async function importLibrary(db: LibraryDb, backup: LibraryBackup | string): Promise<ImportSummary> {
  const data = typeof backup === 'string' ? parseBackup(backup) : validateBackup(backup);
  return guard(() =>
    db.transaction(
      'rw',
      [...ARTICLE_WRITE_TABLES(db), db.vocabulary, db.cards, db.reviewLog, db.settings, db.overrides],
      async () => {
        const summary: ImportSummary = {
          articles: { added: 0, merged: 0 },
          vocabulary: { added: 0, merged: 0 },
          cards: { added: 0, updated: 0 },
          reviewLog: { added: 0 },
          settings: { added: 0 },
          overrides: { added: 0, updated: 0 },
        };
        const outcomes = await upsertArticles(db, data.articles.map(completeArticle), mergeOnImport);
        for (const o of outcomes) {
          if (o.created) summary.articles.added++;
          else summary.articles.merged++;
        }

        // Words, cards and the review log: read once, merged in memory, written in bulk.
        const words = byKey(
          await bulkGetChunked(
            db.vocabulary,
            data.vocabulary.map((e) => e.word),
          ),
          (w) => w.word,
        );
        const wordPuts = new Map<string, VocabularyEntry>();
        for (const entry of data.vocabulary) {
          const existing = words.get(entry.word);
          const next = existing ? mergeVocabulary(existing, entry as VocabularyEntry) : (entry as VocabularyEntry);
          words.set(entry.word, next);
          wordPuts.set(entry.word, next);
          if (existing) summary.vocabulary.merged++;
          else summary.vocabulary.added++;
        }
        await bulkPutChunked(db.vocabulary, [...wordPuts.values()]);
        const cards = byKey(
          await bulkGetChunked(
            db.cards,
            data.cards.map((c) => c.id),
          ),
          (c) => c.id,
        );
        const cardPuts = new Map<string, ReviewCard>();
        for (const card of data.cards) {
          const existing = cards.get(card.id);
          if (!existing) summary.cards.added++;
          else if ((card.lastReview ?? 0) > (existing.lastReview ?? 0)) summary.cards.updated++;
          else continue;
          cards.set(card.id, card);
          cardPuts.set(card.id, card);
        }
        await bulkPutChunked(db.cards, [...cardPuts.values()]);
        const logged = new Set<string>();
        const logKey = (l: { cardId: string; time: number }) => `${l.time}\u0000${l.cardId}`;
        if (data.reviewLog.length)
          for (const key of await db.reviewLog.orderBy('[cardId+time]').keys()) {
            const [cardId, time] = key as unknown as [string, number];
            logged.add(logKey({ cardId, time }));
          }
        const logAdds: ReviewLogEntry[] = [];
        for (const log of data.reviewLog) {
          if (logged.has(logKey(log))) continue;
          logged.add(logKey(log));
          logAdds.push({ ...log });
          summary.reviewLog.added++;
        }
        await bulkAddChunked(db.reviewLog, logAdds);
        for (const snap of data.settings) {
          const same = await db.settings
            .where('takenAt')
            .equals(snap.takenAt)
            .filter((s) => JSON.stringify(s.settings) === JSON.stringify(snap.settings) && s.version === snap.version)
            .count();
          if (same) continue;
          await db.settings.add({ ...snap });
          summary.settings.added++;
        }
        // Overrides: one per scope and text; the later change wins.
        for (const o of data.overrides ?? []) {
          const existing = await db.overrides.get(o.id);
          if (existing && existing.updatedAt >= o.updatedAt) continue;
          await db.overrides.put(o);
          if (existing) summary.overrides.updated++;
          else summary.overrides.added++;
        }
        return summary;
      },
    ),
  );
}
