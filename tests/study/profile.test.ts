import { describe, expect, it } from 'vitest';
import { freshDb } from '../library/helpers';
import { articleProfile, ProfileCache, profileOf, wordCounts } from '../../utils/study/profile';
import { importKnown } from '../../utils/study/known';
import { saveArticle } from '../../utils/library/save';
import { engine } from '../text/engine';
import { ARTICLE_URL, T0, article } from './helpers';

describe('known share and HSK profile of an article', () => {
  it('counts Chinese words by occurrence and their HSK levels', async () => {
    const e = await engine();
    const counts = await wordCounts(e, ['我们喜欢工作。我们工作。', 'Workers 2022年']);
    expect(counts.get('我们')).toEqual({ count: 2, hsk: 1 });
    expect(counts.get('工作')).toEqual({ count: 2, hsk: 1 });
    expect(counts.get('喜欢')).toEqual({ count: 1, hsk: 1 });
    expect([...counts.keys()].some((w) => /[A-Za-z0-9]/.test(w))).toBe(false);

    const profile = profileOf(counts, new Set(['我们', '喜欢']));
    expect(profile).toMatchObject({ words: 5, unique: 3, known: 3, knownUnique: 2 });
    expect(profile.knownShare).toBeCloseTo(0.6);
    expect(profile.hsk).toEqual({ '1': 5, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0, none: 0 });
    expect(profileOf(new Map(), new Set()).knownShare).toBe(0);
  });

  it('recomputes the known share of saved articles when the vocabulary changes', async () => {
    const e = await engine();
    const db = await freshDb();
    await saveArticle(db, article(), T0);
    const cache = new ProfileCache(async () => e);
    const before = (await cache.profiles(db)).get(ARTICLE_URL)!;
    expect(before.known).toBe(0);
    expect(before.words).toBeGreaterThan(10);
    expect(Object.values(before.hsk).reduce((a, b) => a + b, 0)).toBe(before.words);

    const direct = await articleProfile(e, article().paragraphs, new Set());
    expect(direct).toEqual(before);

    await importKnown(db, ['工人', '工匠'], T0 + 1);
    const after = (await cache.profiles(db, [ARTICLE_URL])).get(ARTICLE_URL)!;
    const counts = await wordCounts(e, article().paragraphs);
    const expected = (counts.get('工人')?.count ?? 0) + (counts.get('工匠')?.count ?? 0);
    expect(expected).toBeGreaterThan(0);
    expect(after.known).toBe(expected);
    expect(after.knownShare).toBeCloseTo(expected / after.words);
  });
});
