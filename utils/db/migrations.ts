/** Upgrades between schema versions. Each runs inside Dexie's upgrade transaction. */
import type { Transaction } from 'dexie';
import type { GramPosting, StoredArticle } from './records';
import { normalizeTags } from './records';
import { articleGrams } from './grams';
import { GramIndexBatch } from './search-index';

/**
 * 1 → 2: number every article (`seq`, in the order they were saved), flatten the edition page
 * into `page`, normalize tags, and build the full-text index for every stored article.
 */
export async function migrateV1toV2(tx: Transaction): Promise<void> {
  const articles = tx.table<StoredArticle, string>('articles');
  const grams = tx.table<GramPosting, [string, number]>('grams');
  const all = await articles.toArray();
  all.sort((a, b) => a.savedAt - b.savedAt || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const batch = new GramIndexBatch();
  all.forEach((a, i) => {
    a.seq = i + 1;
    if (a.edition && typeof a.edition.page === 'number') a.page = a.edition.page;
    a.tags = normalizeTags(a.tags ?? []);
    batch.add(a.seq, articleGrams(a));
  });
  await articles.bulkPut(all);
  await batch.flush(grams);
}
