import { describe, expect, it } from 'vitest';
import { saveArticle, saveArticles } from '../../utils/library/save';
import { exportLibrary, exportLibraryJson } from '../../utils/library/export';
import { importLibrary, parseBackup } from '../../utils/library/import';
import { addWord, saveSettingsSnapshot } from '../../utils/library/vocabulary';
import { setReading, setTags } from '../../utils/library/tags';
import { searchArticles } from '../../utils/library/search';
import { termOverview } from '../../utils/library/terms';
import { LibraryError } from '../../utils/library/errors';
import type { LibraryDb } from '../../utils/db/database';
import { freshDb } from './helpers';
import { seedArticles } from './seed-articles';

async function fill(db: LibraryDb): Promise<void> {
  const inputs = seedArticles();
  for (const [i, a] of inputs.entries()) await saveArticle(db, a, 1000 + i);
  await setTags(db, inputs[0].url, ['新职业', '技能'], 2000);
  await setReading(db, inputs[1].url, { progress: 0.5 }, 2001);
  await addWord(
    db,
    {
      word: '遴选',
      pinyin: 'lín xuǎn',
      definition: 'to select',
      sentence: '择优遴选社会评价组织',
      articleUrl: inputs[0].url,
    },
    3000,
  );
  await addWord(
    db,
    {
      word: '工匠',
      pinyin: 'gōng jiàng',
      definition: 'craftsman',
      sentence: '从工人到工匠',
      termId: 'craftsman-spirit',
    },
    3001,
  );
  await addWord(
    db,
    { word: '遴选', pinyin: 'lín xuǎn', definition: 'to select', sentence: '将择优遴选一批社会培训评价组织' },
    3002,
  );
  await db.cards.put({
    id: '遴选',
    phase: 'review',
    due: 9000,
    stability: 3.1,
    difficulty: 5.2,
    reps: 2,
    lapses: 0,
    lastReview: 4000,
  });
  await db.reviewLog.bulkAdd([
    {
      cardId: '遴选',
      time: 3500,
      rating: 3,
      before: { phase: 'new', due: 3000, stability: 0, difficulty: 0, reps: 0, lapses: 0 },
    },
    {
      cardId: '遴选',
      time: 4000,
      rating: 4,
      before: { phase: 'learning', due: 3600, stability: 1, difficulty: 5, reps: 1, lapses: 0, lastReview: 3500 },
    },
  ]);
  await saveSettingsSnapshot(db, { pinyin: 'hard-words', fontSize: 18 }, 1, 5000);
}

const withoutTime = (b: Awaited<ReturnType<typeof exportLibrary>>) => ({ ...b, exportedAt: '' });

describe('backup', () => {
  it('round trip: export, import into an empty library, export again gives the same document', async () => {
    const a = await freshDb();
    await fill(a);
    const text = await exportLibraryJson(a);
    const backup = parseBackup(text);
    expect(backup.articles).toHaveLength(seedArticles().length);
    expect(backup.vocabulary.find((w) => w.word === '遴选')?.contexts).toEqual([
      { sentence: '将择优遴选一批社会培训评价组织' },
    ]);

    const b = await freshDb();
    const summary = await importLibrary(b, text);
    expect(summary).toEqual({
      articles: { added: backup.articles.length, merged: 0 },
      vocabulary: { added: 2, merged: 0 },
      cards: { added: 1, updated: 0 },
      reviewLog: { added: 2 },
      settings: { added: 1 },
      overrides: { added: 0, updated: 0 },
    });
    expect(withoutTime(await exportLibrary(b))).toEqual(withoutTime(backup));
    // Derived data is rebuilt: the same search results and glossary overview.
    expect(await b.grams.toArray()).toEqual(await a.grams.toArray());
    expect(await termOverview(b)).toEqual(await termOverview(a));
    expect((await searchArticles(b, '两个维护')).items).toEqual((await searchArticles(a, '两个维护')).items);
  });

  it('importing into a library that holds the same records merges without duplicates', async () => {
    const db = await freshDb();
    await fill(db);
    const backup = await exportLibrary(db);
    const counts = async () =>
      Promise.all([
        db.articles.count(),
        db.vocabulary.count(),
        db.cards.count(),
        db.reviewLog.count(),
        db.settings.count(),
        db.encounters.count(),
      ]);
    const before = await counts();
    const summary = await importLibrary(db, backup);
    expect(summary.articles).toEqual({ added: 0, merged: backup.articles.length });
    expect(summary.reviewLog.added + summary.settings.added + summary.cards.added).toBe(0);
    expect(await counts()).toEqual(before);
    expect(withoutTime(await exportLibrary(db))).toEqual(withoutTime(backup));
  });

  it('merges a backup from another device: newer changes win, tags are united, nothing is lost', async () => {
    const home = await freshDb();
    const inputs = seedArticles();
    await saveArticles(home, inputs.slice(0, 6), 1000);
    await setTags(home, inputs[0].url, ['家里'], 2000);
    const work = await freshDb();
    await saveArticles(work, inputs.slice(4), 1500);
    await setTags(work, inputs[4].url, ['单位'], 2500);
    await setReading(work, inputs[4].url, { progress: 1 }, 2600);
    await importLibrary(home, await exportLibrary(work));
    expect(await home.articles.count()).toBe(inputs.length);
    const merged = await home.articles.get(inputs[4].url);
    expect(merged).toMatchObject({ savedAt: 1000, updatedAt: 2600, state: 'done', tags: ['单位'] });
    expect((await home.articles.get(inputs[0].url))?.tags).toEqual(['家里']);
    expect(new Set((await home.articles.toArray()).map((a) => a.seq)).size).toBe(inputs.length);
  });

  it('rejects files that are not backups with a clear message and changes nothing', async () => {
    const db = await freshDb();
    await fill(db);
    const before = await exportLibrary(db);
    for (const bad of [
      'not json',
      '{"format":"other"}',
      JSON.stringify({ ...before, formatVersion: 99 }),
      JSON.stringify({ ...before, articles: [{ url: 1 }] }),
    ]) {
      const error = await importLibrary(db, bad).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LibraryError);
      expect((error as LibraryError).code).toBe('invalid-backup');
      expect((error as LibraryError).message).toMatch(/not a library backup/);
    }
    expect(withoutTime(await exportLibrary(db))).toEqual(withoutTime(before));
  });
});
