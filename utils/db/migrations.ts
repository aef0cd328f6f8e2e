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

/** 2 → 3: the sync tables are new; the device gets its id (random, never reused) at once. */
export async function migrateV2toV3(tx: Transaction): Promise<void> {
  await tx.table('syncMeta').put({ key: 'deviceId', value: newDeviceId() });
}

/** 16 random lowercase letters and digits. */
export function newDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36]).join('');
}
