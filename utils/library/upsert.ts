/**
 * The one write path for articles: find the stored copy (same URL, a known alias, or an
 * e-paper/portal twin with the same date and title), merge, write the record, its glossary
 * encounters and its full-text postings, all in the caller's transaction or a new one.
 */
import type { LibraryDb } from '../db/database';
import type { GlossaryEncounter, StoredArticle } from '../db/records';
import { familySide, twinKeyOf } from '../db/records';
import { articleGrams } from '../db/grams';
import { GramIndexBatch } from '../db/search-index';

export type Merge = (existing: StoredArticle, incoming: StoredArticle, how: 'same-url' | 'twin') => StoredArticle;

export interface UpsertOutcome {
  article: StoredArticle;
  created: boolean;
  /** Set when the incoming copy was recognized as the twin of a stored one. */
  twinOf?: string;
}

/** Drops keys whose value is undefined, so stored records and their JSON agree. */
export function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

async function findExisting(
  db: LibraryDb,
  incoming: StoredArticle,
): Promise<{ record: StoredArticle; how: 'same-url' | 'twin' } | undefined> {
  const byKey = await db.articles.get(incoming.url);
  if (byKey) return { record: byKey, how: 'same-url' };
  for (const url of incoming.urls) {
    const byAlias = await db.articles.where('urls').equals(url).first();
    if (byAlias) return { record: byAlias, how: 'same-url' };
  }
  const side = familySide(incoming.family);
  if (side === 'other') return undefined;
  const twins = await db.articles.where('twinKey').equals(incoming.twinKey).toArray();
  const twin = twins.find((t) => familySide(t.family) !== side && familySide(t.family) !== 'other');
  return twin ? { record: twin, how: 'twin' } : undefined;
}

export const ARTICLE_WRITE_TABLES = (db: LibraryDb) => [db.articles, db.grams, db.encounters];

/** Writes the glossary encounters of `article` (replacing its previous ones). */
export async function writeEncounters(db: LibraryDb, article: StoredArticle, previousUrl?: string): Promise<void> {
  await db.encounters
    .where('url')
    .equals(previousUrl ?? article.url)
    .delete();
  const rows: GlossaryEncounter[] = article.terms
    .filter((t) => t.count > 0)
    .map((t) => ({ termId: t.id, url: article.url, term: t.term, en: t.en, count: t.count }));
  if (rows.length) await db.encounters.bulkPut(rows);
}

/**
 * Inserts or merges each incoming record, in order, in one transaction: all or nothing.
 * An incoming `seq` > 0 is kept when free (restoring a deleted article keeps its place).
 */
export async function upsertArticles(
  db: LibraryDb,
  incoming: readonly StoredArticle[],
  merge: Merge,
): Promise<UpsertOutcome[]> {
  return db.transaction('rw', ARTICLE_WRITE_TABLES(db), async () => {
    const batch = new GramIndexBatch();
    let nextSeq = (((await db.articles.orderBy('seq').lastKey()) as number | undefined) ?? 0) + 1;
    const outcomes: UpsertOutcome[] = [];
    for (const raw of incoming) {
      const found = await findExisting(db, raw);
      if (found) {
        const merged = compact(merge(found.record, raw, found.how));
        merged.url = found.record.url;
        merged.seq = found.record.seq;
        merged.urls = [...new Set([...found.record.urls, ...raw.urls, found.record.url])];
        merged.twinKey = twinKeyOf(merged.date, merged.title);
        merged.page = merged.edition?.page;
        compact(merged);
        await db.articles.put(merged);
        batch.replace(merged.seq, articleGrams(found.record), articleGrams(merged));
        await writeEncounters(db, merged);
        outcomes.push({
          article: merged,
          created: false,
          ...(found.how === 'twin' ? { twinOf: found.record.url } : {}),
        });
      } else {
        const record = compact({ ...raw, urls: [...new Set([raw.url, ...raw.urls])] });
        if (record.seq > 0 && (await db.articles.where('seq').equals(record.seq).count()) === 0) {
          nextSeq = Math.max(nextSeq, record.seq + 1);
        } else {
          record.seq = nextSeq++;
        }
        record.page = record.edition?.page;
        compact(record);
        await db.articles.add(record);
        batch.add(record.seq, articleGrams(record));
        await writeEncounters(db, record);
        outcomes.push({ article: record, created: true });
      }
    }
    await batch.flush(db.grams);
    return outcomes;
  });
}
