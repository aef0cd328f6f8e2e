import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openLibraryDb } from '../../utils/db/database';
import { SCHEMA_V1, CURRENT_SCHEMA_VERSION, SCHEMA_V4 } from '../../utils/db/schema';
import { normalizeTags, type StoredArticle } from '../../utils/db/records';
import { articleGrams } from '../../utils/db/grams';
import { searchArticles } from '../../utils/library/search';
import { listArticles } from '../../utils/library/list';
import { termOverview } from '../../utils/library/terms';
import { saveArticle } from '../../utils/library/save';
import { seedArticles } from '../library/seed-articles';
import { uniqueName } from '../library/helpers';

type Snapshot = { version: number; tables: Record<keyof typeof SCHEMA_V1, Record<string, unknown>[]> };
const snapshot = JSON.parse(readFileSync(new URL('./fixtures/v1-snapshot.json', import.meta.url), 'utf8')) as Snapshot;

/** A version-1 database as an installed version 1 left it, filled from the stored snapshot. */
async function createV1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1.transaction('rw', v1.tables, async () => {
    for (const [table, rows] of Object.entries(snapshot.tables)) await v1.table(table).bulkAdd(rows);
  });
  expect(v1.verno).toBe(1);
  v1.close();
}

describe('schema migration 1 → 2', () => {
  it('upgrades a stored version-1 library without losing a record', async () => {
    const name = uniqueName('migrate');
    await createV1(name);
    const db = await openLibraryDb({ name });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(SCHEMA_V4).sort());

    const oldArticles = snapshot.tables.articles as unknown as Omit<StoredArticle, 'seq' | 'page'>[];
    const articles = await db.articles.orderBy('seq').toArray();
    expect(articles).toHaveLength(oldArticles.length);
    const bySavedAt = [...oldArticles].sort((a, b) => a.savedAt - b.savedAt);
    bySavedAt.forEach((old, i) => {
      const now = articles[i];
      // Every v1 field survives; tags are normalized; seq and page are new.
      expect(now).toEqual({
        ...old,
        tags: normalizeTags(old.tags),
        seq: i + 1,
        ...(old.edition ? { page: old.edition.page } : {}),
      });
    });
    expect(articles[0].tags).toEqual(['工会', 'Union']);
    expect(articles[2].tags).toEqual(['工匠 精神']);

    // Untouched tables come through as they were.
    for (const table of ['encounters', 'vocabulary', 'cards', 'reviewLog', 'settings'] as const) {
      const key = (r: Record<string, unknown>) => JSON.stringify([r.termId, r.url, r.word, r.id]);
      const sorted = (rows: Record<string, unknown>[]) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : 1));
      expect(sorted(await db.table(table).toArray()), table).toEqual(sorted(snapshot.tables[table]));
    }

    // The backfilled search index answers for the old articles exactly like a fresh save would.
    const expectedPostings = new Map<string, number[]>();
    for (const a of articles)
      for (const g of articleGrams(a)) expectedPostings.set(g, [...(expectedPostings.get(g) ?? []), a.seq]);
    const postings = await db.grams.toArray();
    expect(postings.length).toBe(expectedPostings.size);
    for (const p of postings) expect([p.b, p.ids]).toEqual([0, expectedPostings.get(p.g)]);
    const craft = await searchArticles(db, '工匠');
    expect(craft.items.map((s) => s.url)).toEqual(
      articles
        .filter((a) => a.paragraphs.join('').includes('工匠') || a.title.includes('工匠'))
        .map((a) => a.url)
        .reverse(),
    );
    expect((await listArticles(db, { state: 'reading' })).items.map((s) => s.url)).toEqual([oldArticles[1].url]);
    expect((await listArticles(db, { tag: 'union' })).total).toBe(1);
    expect((await termOverview(db)).length).toBeGreaterThan(0);

    // New saves continue the numbering.
    const { article } = await saveArticle(db, seedArticles()[1]);
    expect(article.seq).toBe(articles.length + 1);
    db.close();
  });

  it('creates a new library at the current version', async () => {
    const db = await openLibraryDb({ name: uniqueName('fresh') });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.articles.count()).toBe(0);
    db.close();
  });
});
