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
import { anyOfChunked, BULK_CHUNK, bulkGetChunked, bulkPutChunked } from '../db/bulk';

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

export const ARTICLE_WRITE_TABLES = (db: LibraryDb) => [db.articles, db.grams, db.encounters];

/** Writes the glossary encounters of `article` (replacing its previous ones). */
export async function writeEncounters(db: LibraryDb, article: StoredArticle, previousUrl?: string): Promise<void> {
  await db.encounters
    .where('url')
    .equals(previousUrl ?? article.url)
    .delete();
  const rows = encounterRows(article);
  if (rows.length) await db.encounters.bulkPut(rows);
}

function encounterRows(article: StoredArticle): GlossaryEncounter[] {
  return article.terms
    .filter((t) => t.count > 0)
    .map((t) => ({ termId: t.id, url: article.url, term: t.term, en: t.en, count: t.count }));
}

/** Writes the glossary encounters of many articles at once (replacing their previous ones). */
export async function writeEncountersOf(db: LibraryDb, articles: readonly StoredArticle[]): Promise<void> {
  if (!articles.length) return;
  const urls = articles.map((a) => a.url);
  for (let i = 0; i < urls.length; i += BULK_CHUNK)
    await db.encounters
      .where('url')
      .anyOf(urls.slice(i, i + BULK_CHUNK))
      .delete();
  await bulkPutChunked(db.encounters, articles.flatMap(encounterRows));
}

/**
 * What a batch of incoming articles may match, read in a few bulk requests, then kept up to date
 * as the batch is merged: each article is looked up as if the ones before it were already stored.
 */
class ArticleMatches {
  private readonly byUrl = new Map<string, StoredArticle>();
  private readonly byAlias = new Map<string, Set<string>>();
  private readonly byTwinKey = new Map<string, Set<string>>();

  static async read(db: LibraryDb, incoming: readonly StoredArticle[]): Promise<ArticleMatches> {
    const m = new ArticleMatches();
    const found = [
      ...(await bulkGetChunked(
        db.articles,
        incoming.map((a) => a.url),
      )),
      ...(await anyOfChunked(
        db.articles,
        'urls',
        incoming.flatMap((a) => a.urls),
      )),
      ...(await anyOfChunked(
        db.articles,
        'twinKey',
        incoming.filter((a) => familySide(a.family) !== 'other').map((a) => a.twinKey),
      )),
    ];
    for (const a of found) if (a && !m.byUrl.has(a.url)) m.set(a);
    return m;
  }

  private link(index: Map<string, Set<string>>, key: string, url: string, add: boolean): void {
    let set = index.get(key);
    if (add) {
      if (!set) index.set(key, (set = new Set()));
      set.add(url);
    } else set?.delete(url);
  }

  /** Stores (or replaces) a record in the view. */
  set(a: StoredArticle): void {
    const old = this.byUrl.get(a.url);
    if (old) {
      for (const u of old.urls) this.link(this.byAlias, u, old.url, false);
      this.link(this.byTwinKey, old.twinKey, old.url, false);
    }
    this.byUrl.set(a.url, a);
    for (const u of a.urls) this.link(this.byAlias, u, a.url, true);
    this.link(this.byTwinKey, a.twinKey, a.url, true);
  }

  /** Same URL, a known alias (the smallest key first, as the index lists them), or a twin from the other side. */
  find(incoming: StoredArticle): { record: StoredArticle; how: 'same-url' | 'twin' } | undefined {
    const byKey = this.byUrl.get(incoming.url);
    if (byKey) return { record: byKey, how: 'same-url' };
    for (const url of incoming.urls) {
      const keys = [...(this.byAlias.get(url) ?? [])].sort();
      if (keys.length) return { record: this.byUrl.get(keys[0])!, how: 'same-url' };
    }
    const side = familySide(incoming.family);
    if (side === 'other') return undefined;
    const twins = [...(this.byTwinKey.get(incoming.twinKey) ?? [])].sort().map((u) => this.byUrl.get(u)!);
    const twin = twins.find((t) => familySide(t.family) !== side && familySide(t.family) !== 'other');
    return twin ? { record: twin, how: 'twin' } : undefined;
  }
}

/**
 * Inserts or merges each incoming record, in order, in one transaction: all or nothing.
 * An incoming `seq` > 0 is kept when free (restoring a deleted article keeps its place).
 * Reads and writes go in bulk: a few requests per batch, whatever its size.
 */
export async function upsertArticles(
  db: LibraryDb,
  incoming: readonly StoredArticle[],
  merge: Merge,
): Promise<UpsertOutcome[]> {
  return db.transaction('rw', ARTICLE_WRITE_TABLES(db), async () => {
    const batch = new GramIndexBatch();
    let nextSeq = (((await db.articles.orderBy('seq').lastKey()) as number | undefined) ?? 0) + 1;
    const matches = await ArticleMatches.read(db, incoming);
    const wanted = incoming.map((a) => a.seq).filter((s) => s > 0);
    const takenSeqs = new Set<number>(
      wanted.length ? (await anyOfChunked(db.articles, 'seq', wanted)).map((a) => a.seq) : [],
    );
    const writes = new Map<string, StoredArticle>();
    const outcomes: UpsertOutcome[] = [];
    for (const raw of incoming) {
      const found = matches.find(raw);
      if (found) {
        const merged = compact(merge(found.record, raw, found.how));
        merged.url = found.record.url;
        merged.seq = found.record.seq;
        merged.urls = [...new Set([...found.record.urls, ...raw.urls, found.record.url])];
        merged.twinKey = twinKeyOf(merged.date, merged.title);
        merged.page = merged.edition?.page;
        compact(merged);
        batch.replace(merged.seq, articleGrams(found.record), articleGrams(merged));
        matches.set(merged);
        writes.set(merged.url, merged);
        outcomes.push({
          article: merged,
          created: false,
          ...(found.how === 'twin' ? { twinOf: found.record.url } : {}),
        });
      } else {
        const record = compact({ ...raw, urls: [...new Set([raw.url, ...raw.urls])] });
        if (record.seq > 0 && !takenSeqs.has(record.seq)) {
          nextSeq = Math.max(nextSeq, record.seq + 1);
        } else {
          record.seq = nextSeq++;
        }
        takenSeqs.add(record.seq);
        record.page = record.edition?.page;
        compact(record);
        batch.add(record.seq, articleGrams(record));
        matches.set(record);
        writes.set(record.url, record);
        outcomes.push({ article: record, created: true });
      }
    }
    const written = [...writes.values()];
    await bulkPutChunked(db.articles, written);
    await writeEncountersOf(db, written);
    await batch.flush(db.grams);
    return outcomes;
  });
}
