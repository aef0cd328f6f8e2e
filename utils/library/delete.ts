/**
 * Deleting with undo: the deletion is immediate and complete (record, search postings, glossary
 * encounters in one transaction) and returns a snapshot of what was removed; `undoDelete` puts
 * the snapshot back exactly, in its old place in the list and in search.
 */
import type { LibraryDb } from '../db/database';
import type { StoredArticle } from '../db/records';
import { canonicalUrl, normalizeTags } from '../db/records';
import { articleGrams } from '../db/grams';
import { GramIndexBatch } from '../db/search-index';
import { guard } from './errors';
import { ARTICLE_WRITE_TABLES, upsertArticles } from './upsert';

/** Plain data (it travels in messages): pass it back to `undoDelete`. */
export interface DeletedSnapshot {
  deletedAt: number;
  articles: StoredArticle[];
}

export async function deleteArticles(
  db: LibraryDb,
  urls: readonly string[],
  now: number = Date.now(),
): Promise<DeletedSnapshot> {
  return guard(() =>
    db.transaction('rw', ARTICLE_WRITE_TABLES(db), async () => {
      const batch = new GramIndexBatch();
      const removed: StoredArticle[] = [];
      for (const raw of urls) {
        const url = canonicalUrl(raw);
        const record = (await db.articles.get(url)) ?? (await db.articles.where('urls').equals(url).first());
        if (!record || removed.some((r) => r.url === record.url)) continue;
        await db.articles.delete(record.url);
        await db.encounters.where('url').equals(record.url).delete();
        batch.remove(record.seq, articleGrams(record));
        removed.push(record);
      }
      await batch.flush(db.grams);
      return { deletedAt: now, articles: removed };
    }),
  );
}

/**
 * Restores deleted articles. If one was saved again meanwhile, the two are merged: the newer
 * content wins, tags are united, the first saved time is kept.
 */
export async function undoDelete(db: LibraryDb, snapshot: DeletedSnapshot): Promise<number> {
  const outcomes = await guard(() =>
    upsertArticles(db, snapshot.articles, (existing, incoming) => {
      const newer = incoming.updatedAt > existing.updatedAt ? incoming : existing;
      return {
        ...newer,
        savedAt: Math.min(existing.savedAt, incoming.savedAt),
        tags: normalizeTags([...existing.tags, ...incoming.tags]),
      };
    }),
  );
  return outcomes.length;
}
