import { describe, expect, it } from 'vitest';
import { saveArticle, saveArticles } from '../../utils/library/save';
import { searchArticles } from '../../utils/library/search';
import { deleteArticles } from '../../utils/library/delete';
import { gramsOf, normalizeForSearch, searchableText } from '../../utils/db/grams';
import { GRAM_BLOCK, GramIndexBatch, postingOf } from '../../utils/db/search-index';
import { freshDb } from './helpers';
import { seedArticles, syntheticArticles } from './seed-articles';

/** The reference answer: every article whose titles or body contain the query, by plain scan. */
function scan(inputs: ReturnType<typeof seedArticles>, query: string): string[] {
  const q = normalizeForSearch(query);
  return inputs.filter((a) => normalizeForSearch(searchableText(a)).includes(q)).map((a) => a.url);
}

describe('full-text search', () => {
  it('finds every article containing 两个维护, 工匠 or a single character, newest first', async () => {
    const db = await freshDb();
    const inputs = seedArticles();
    for (const [i, a] of inputs.entries()) await saveArticle(db, a, 1000 + i);
    for (const query of ['两个维护', '工匠', '工匠精神', '劳模', '一岗双认', '珐', '网约配送员', '2022']) {
      const expected = scan(inputs, query).reverse();
      expect(expected.length, query).toBeGreaterThan(0);
      const result = await searchArticles(db, query);
      expect(
        result.items.map((s) => s.url),
        query,
      ).toEqual(expected);
      expect(result.total, query).toBe(expected.length);
      expect(result.exact).toBe(true);
    }
  });

  it('finds words in titles and shows the text around the match', async () => {
    const db = await freshDb();
    await saveArticles(db, seedArticles());
    const result = await searchArticles(db, '中查沟');
    expect(result.items[0].title).toBe('中查沟的春天');
    const hit = await searchArticles(db, '两个维护');
    expect(hit.items.every((s) => s.snippet.includes('两个维护'))).toBe(true);
  });

  it('does not return articles that hold the bigrams of a longer query apart', async () => {
    const db = await freshDb();
    const base = seedArticles()[0];
    await saveArticle(
      db,
      { ...base, url: base.url + '?x=1', title: '甲', paragraphs: ['两个人，个维修，维护设备。'] },
      1,
    );
    await saveArticle(db, { ...base, url: base.url + '?x=2', title: '乙', paragraphs: ['坚决做到“两个维护”。'] }, 2);
    const result = await searchArticles(db, '两个维护');
    expect(result.items.map((s) => s.title)).toEqual(['乙']);
    expect(result.total).toBe(1);
  });

  it('matches all space-separated words, ignores punctuation and width, and finds nothing for absent words', async () => {
    const db = await freshDb();
    const inputs = seedArticles();
    await saveArticles(db, inputs);
    const both = await searchArticles(db, '工匠  劳模');
    const expected = inputs
      .filter((a) => searchableText(a).includes('工匠') && searchableText(a).includes('劳模'))
      .map((a) => a.url)
      .reverse();
    expect(both.items.map((s) => s.url)).toEqual(expected);
    expect((await searchArticles(db, '“工匠”')).total).toBe(scan(inputs, '工匠').length);
    expect((await searchArticles(db, '２０２２')).total).toBe(scan(inputs, '2022').length);
    expect(await searchArticles(db, '量子纠缠')).toEqual({ items: [], total: 0, exact: true });
    expect(await searchArticles(db, ' ，。 ')).toEqual({ items: [], total: 0, exact: true });
  });

  it('combines search with the list filters and pages through results', async () => {
    const db = await freshDb();
    const inputs = syntheticArticles(120);
    await saveArticles(db, inputs);
    const all = await searchArticles(db, '工会', {}, { limit: 500 });
    expect(all.total).toBe(scan(inputs, '工会').length);
    const second = await searchArticles(db, '工会', {}, { offset: 10, limit: 10 });
    expect(second.items.map((s) => s.url)).toEqual(all.items.slice(10, 20).map((s) => s.url));
    const onPage2 = await searchArticles(db, '工会', { page: 2 }, { limit: 500 });
    expect(onPage2.items.map((s) => s.url)).toEqual(all.items.filter((s) => s.page === 2).map((s) => s.url));
    expect(onPage2.exact).toBe(true);
  });

  it('keeps the index in step with updates and deletions', async () => {
    const db = await freshDb();
    const a = seedArticles()[2];
    await saveArticle(db, a, 1);
    expect((await searchArticles(db, '中查沟')).total).toBe(1);
    await saveArticle(db, { ...a, title: '春天', paragraphs: ['九寨沟的春天来了。'] }, 2);
    expect((await searchArticles(db, '中查沟')).total).toBe(0);
    expect((await searchArticles(db, '九寨沟')).total).toBe(1);
    await deleteArticles(db, [a.url]);
    expect((await searchArticles(db, '九寨沟')).total).toBe(0);
    expect(await db.grams.count()).toBe(0);
  });

  it('indexes unigrams and bigrams of letter runs only', () => {
    expect([...gramsOf('工匠，精神 AB')].sort()).toEqual(
      ['ab', 'a', 'b', '匠', '工', '工匠', '神', '精', '精神'].sort(),
    );
  });

  it('splits posting lists into blocks so a save rewrites only the blocks it falls in', async () => {
    const db = await freshDb();
    const batch = new GramIndexBatch();
    const far = [3, GRAM_BLOCK + 7, 2 * GRAM_BLOCK + 1];
    await db.transaction('rw', db.grams, async () => {
      for (const seq of far) batch.add(seq, ['工匠']);
      batch.add(far[2], ['精神']);
      await batch.flush(db.grams);
    });
    expect((await db.grams.toArray()).map((r) => [r.g, r.b, r.ids])).toEqual([
      ['工匠', 0, [3]],
      ['工匠', 1, [GRAM_BLOCK + 7]],
      ['工匠', 2, [2 * GRAM_BLOCK + 1]],
      ['精神', 2, [2 * GRAM_BLOCK + 1]],
    ]);
    expect(await postingOf(db.grams, '工匠')).toEqual(far);
    await db.transaction('rw', db.grams, async () => {
      batch.remove(far[1], ['工匠']);
      await batch.flush(db.grams);
    });
    expect(await postingOf(db.grams, '工匠')).toEqual([far[0], far[2]]);
    expect(await db.grams.count()).toBe(3);
  });
});
