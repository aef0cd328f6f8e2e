import { describe, expect, it } from 'vitest';
import { saveArticle, saveArticles } from '../../utils/library/save';
import { deleteArticles, undoDelete } from '../../utils/library/delete';
import { addTag, allTags, removeTag, setReading, setTags } from '../../utils/library/tags';
import { listArticles, getArticle } from '../../utils/library/list';
import { searchArticles } from '../../utils/library/search';
import { termOverview } from '../../utils/library/terms';
import { LibraryError } from '../../utils/library/errors';
import { freshDb } from './helpers';
import { seedArticles } from './seed-articles';

describe('delete and undo', () => {
  it('deletes the record, its postings and encounters, and undo restores all of it in place', async () => {
    const db = await freshDb();
    const inputs = seedArticles();
    for (const [i, a] of inputs.entries()) await saveArticle(db, a, 1000 + i);
    const before = {
      articles: await db.articles.toArray(),
      grams: await db.grams.toArray(),
      encounters: await db.encounters.toArray(),
      list: await listArticles(db),
    };
    const victim = inputs[4];
    await setTags(db, victim.url, ['表彰'], 5000);
    const tagged = await getArticle(db, victim.url);
    const snapshot = await deleteArticles(db, [victim.url, victim.url, 'https://www.workercn.cn/nope']);
    expect(snapshot.articles).toEqual([tagged]);
    expect(await getArticle(db, victim.url)).toBeUndefined();
    expect(await db.encounters.where('url').equals(victim.url).count()).toBe(0);
    expect((await searchArticles(db, '先锋号')).items.map((s) => s.url)).not.toContain(victim.url);
    expect((await listArticles(db)).total).toBe(inputs.length - 1);

    // The snapshot travels through messages: plain data.
    expect(await undoDelete(db, JSON.parse(JSON.stringify(snapshot)))).toBe(1);
    expect(await getArticle(db, victim.url)).toEqual(tagged);
    expect(await db.grams.toArray()).toEqual(before.grams);
    expect(await db.encounters.toArray()).toEqual(before.encounters);
    expect((await listArticles(db)).items.map((s) => s.url)).toEqual(before.list.items.map((s) => s.url));
  });

  it('undo after the article was saved again merges instead of duplicating', async () => {
    const db = await freshDb();
    const a = seedArticles()[0];
    await saveArticle(db, { ...a, tags: ['旧'] }, 1000);
    const snapshot = await deleteArticles(db, [a.url]);
    await saveArticle(db, { ...a, tags: ['新'] }, 3000);
    await undoDelete(db, snapshot);
    expect(await db.articles.count()).toBe(1);
    expect(await getArticle(db, a.url)).toMatchObject({ savedAt: 1000, updatedAt: 3000, tags: ['新', '旧'] });
  });
});

describe('tags, reading state and glossary terms', () => {
  it('adds, removes and counts tags; filters by tag case-insensitively', async () => {
    const db = await freshDb();
    const inputs = seedArticles();
    await saveArticles(db, inputs);
    expect(await addTag(db, [inputs[0].url, inputs[1].url], ' 学习 ')).toBe(2);
    await addTag(db, [inputs[1].url], 'Union');
    await addTag(db, [inputs[1].url], 'union');
    expect(await allTags(db)).toEqual([
      { tag: '学习', count: 2 },
      { tag: 'Union', count: 1 },
    ]);
    expect((await listArticles(db, { tag: 'UNION' })).items.map((s) => s.url)).toEqual([inputs[1].url]);
    await removeTag(db, [inputs[0].url, inputs[1].url], '学习');
    expect(await allTags(db)).toEqual([{ tag: 'Union', count: 1 }]);
    await expect(setTags(db, 'https://www.workercn.cn/none', ['x'])).rejects.toBeInstanceOf(LibraryError);
  });

  it('tracks progress and state', async () => {
    const db = await freshDb();
    const a = seedArticles()[1];
    await saveArticle(db, a);
    expect(await setReading(db, a.url, { progress: 0.3 })).toMatchObject({ progress: 0.3, state: 'reading' });
    expect(await setReading(db, a.url, { progress: 1 })).toMatchObject({ progress: 1, state: 'done' });
    expect(await setReading(db, a.url, { state: 'unread', progress: 0 })).toMatchObject({
      progress: 0,
      state: 'unread',
    });
    expect((await listArticles(db, { state: 'unread' })).total).toBe(1);
  });

  it('counts the glossary terms met across saved articles, maintained on save and delete', async () => {
    const db = await freshDb();
    const inputs = seedArticles();
    await saveArticles(db, inputs);
    const overview = await termOverview(db);
    const expected = (id: string) => {
      const hits = inputs.flatMap((a) => a.terms ?? []).filter((t) => t.id === id);
      return { articles: hits.length, occurrences: hits.reduce((n, t) => n + t.count, 0) };
    };
    for (const row of overview) expect(row, row.term).toMatchObject(expected(row.termId));
    expect(overview.map((r) => r.term)).toContain('两个维护');
    const withTerm = inputs.filter((a) => a.terms?.some((t) => t.id === 'two-upholds'));
    await deleteArticles(
      db,
      withTerm.map((a) => a.url),
    );
    expect((await termOverview(db)).map((r) => r.termId)).not.toContain('two-upholds');
  });
});
