import { describe, expect, it } from 'vitest';
import { saveArticle } from '../../utils/library/save';
import { removeTag, addTag, setReading } from '../../utils/library/tags';
import { deleteArticles } from '../../utils/library/delete';
import { searchArticles } from '../../utils/library/search';
import { addStudyWord, updateWord, deleteWord } from '../../utils/study/words';
import { reviewCard } from '../../utils/study/scheduler';
import { setKnown } from '../../utils/study/known';
import { seedArticles } from '../library/seed-articles';
import { seeded } from '../study/helpers';
import { libraryState, testDevice, derivedState, type TestDevice } from './helpers';
import type { Change } from '../../utils/sync/types';

const articles = seedArticles();

describe('merging changes between devices', () => {
  it('A saves and reviews, B edits a definition and deletes a tag: both end with the same library', async () => {
    const a = await testDevice('a');
    const b = await testDevice('b');
    const t = 1_760_000_000_000;
    const saved = await saveArticle(a.db, { ...articles[0], tags: ['工会', '学习'] }, t);
    await addStudyWord(
      a.db,
      { word: '遴选', pinyin: 'lín xuǎn', definition: 'to select', sentence: '择优遴选' },
      t + 1,
    );
    await b.receive(await a.capture());
    expect(await b.db.articles.count()).toBe(1);
    expect((await b.db.vocabulary.get('遴选'))?.definition).toBe('to select');

    await reviewCard(a.db, '遴选|recognize', 3, t + 1000);
    await updateWord(b.db, '遴选', { definition: 'to pick out (by merit)' }, t + 2000);
    await removeTag(b.db, [saved.article.url], '学习', t + 2000);
    const fromA = await a.capture();
    const fromB = await b.capture();
    await a.receive(fromB);
    await b.receive(fromA);

    const sa = await libraryState(a.db);
    expect(sa).toEqual(await libraryState(b.db));
    expect(sa.articles[0].tags).toEqual(['工会']);
    expect(sa.vocabulary[0].definition).toBe('to pick out (by merit)');
    expect(sa.reviewLog).toHaveLength(1);
    const card = sa.cards.find((c) => c.id === '遴选|recognize')!;
    expect(card.reps).toBe(1);
    expect(card.lastReview).toBe(t + 1000);
    // The definition it replaced stays in history.
    expect(sa.history['word:遴选']?.definition?.map((p) => p.v)).toContain('to select');
    // Derived data follows: search finds the article on B, encounters agree.
    expect((await searchArticles(b.db, articles[0].title.slice(0, 4))).total).toBe(1);
    expect(await derivedState(a.db)).toEqual(await derivedState(b.db));
  });

  it('keeps the order the device gave its tags, and one order on every device after concurrent additions', async () => {
    const a = await testDevice('a');
    const b = await testDevice('b');
    const t = 1_760_000_000_000;
    // Not in code-point order (学 < 工), added together: the order is the user's, not the keys'.
    const saved = await saveArticle(a.db, { ...articles[0], tags: ['工会', '学习', 'Labour'] }, t);
    const url = saved.article.url;
    await b.receive(await a.capture());
    expect((await b.db.articles.get(url))!.tags).toEqual(['工会', '学习', 'Labour']);

    // Both add a tag at the end before hearing of the other's; B also removes one.
    await addTag(a.db, [url], '新闻', t + 10);
    await addTag(b.db, [url], '评论', t + 20);
    await removeTag(b.db, [url], '学习', t + 20);
    const fromA = await a.capture();
    const fromB = await b.capture();
    await a.receive(fromB);
    await b.receive(fromA);
    const tagsA = (await a.db.articles.get(url))!.tags;
    expect((await b.db.articles.get(url))!.tags).toEqual(tagsA);
    // In the order they were synced: A's addition was captured first.
    expect(tagsA).toEqual(['工会', 'Labour', '新闻', '评论']);
    // Places that moved as a tag was removed are not sent again: merging sends nothing back.
    expect(await a.capture()).toEqual([]);
    expect(await b.capture()).toEqual([]);
    expect(await libraryState(a.db)).toEqual(await libraryState(b.db));
  });

  it('a definition edited on two devices keeps the later edit; the other stays in history', async () => {
    const a = await testDevice('a');
    const b = await testDevice('b');
    await addStudyWord(a.db, { word: '工匠', pinyin: 'gōng jiàng', definition: 'craftsman', sentence: '大国工匠' });
    await b.receive(await a.capture());
    await updateWord(a.db, '工匠', { definition: 'artisan (A)' });
    const fromA = await a.capture();
    await new Promise((r) => setTimeout(r, 5));
    await updateWord(b.db, '工匠', { definition: 'master craftsman (B, later)' });
    const fromB = await b.capture();
    await a.receive(fromB);
    await b.receive(fromA);
    for (const d of [a, b]) {
      expect((await d.db.vocabulary.get('工匠'))?.definition).toBe('master craftsman (B, later)');
      const shadow = await d.db.syncShadow.get('word:工匠');
      expect(shadow?.p?.definition.map((p) => p.v)).toContain('artisan (A)');
    }
  });

  it('reviews of one card on two devices are united and the FSRS state is replayed from them', async () => {
    const a = await testDevice('a');
    const b = await testDevice('b');
    const t = 1_760_000_000_000;
    await addStudyWord(a.db, { word: '劳模', pinyin: 'láo mó', definition: 'model worker', sentence: '劳模精神' }, t);
    await b.receive(await a.capture());
    await reviewCard(a.db, '劳模|recognize', 3, t + 60_000);
    await reviewCard(b.db, '劳模|recognize', 1, t + 120_000);
    await reviewCard(a.db, '劳模|recognize', 4, t + 86_400_000);
    const fromA = await a.capture();
    const fromB = await b.capture();
    await a.receive(fromB);
    await b.receive(fromA);
    const sa = await libraryState(a.db);
    expect(sa).toEqual(await libraryState(b.db));
    expect(sa.reviewLog.filter((r) => r.cardId === '劳模|recognize').map((r) => r.rating)).toEqual([3, 1, 4]);
    const card = sa.cards.find((c) => c.id === '劳模|recognize')!;
    expect(card.reps).toBe(3);
    expect(card.lapses).toBeGreaterThanOrEqual(0);
  });

  it('deletions are tombstones: a deleted article stays deleted wherever the deletion arrives first', async () => {
    const a = await testDevice('a');
    const b = await testDevice('b');
    const saved = await saveArticle(a.db, articles[1]);
    await b.receive(await a.capture());
    await deleteArticles(b.db, [saved.article.url]);
    await setReading(a.db, saved.article.url, { progress: 0.5 }, Date.now() - 10_000);
    const fromA = await a.capture();
    const fromB = await b.capture();
    await a.receive(fromB);
    await b.receive(fromA);
    expect(await a.db.articles.count()).toBe(0);
    expect(await b.db.articles.count()).toBe(0);
    expect(await a.db.grams.count()).toBe(0);
    // Saving it again later brings it back everywhere.
    await saveArticle(a.db, articles[1]);
    await b.receive(await a.capture());
    expect(await b.db.articles.count()).toBe(1);
    expect(await libraryState(a.db)).toEqual(await libraryState(b.db));
  });

  it('nothing is sent again once captured, and applying remote changes sends nothing back', async () => {
    const a = await testDevice('a');
    const b = await testDevice('b');
    await saveArticle(a.db, articles[2]);
    await addStudyWord(a.db, { word: '职工', pinyin: 'zhí gōng', definition: 'worker', sentence: '职工之家' });
    expect((await a.capture()).length).toBeGreaterThan(10);
    expect(await a.capture()).toEqual([]);
    const all = await testDevice('c');
    await saveArticle(b.db, articles[3]);
    await all.receive([...(await b.capture())]);
    expect(await all.capture()).toEqual([]);
  });
});

/** One random operation on a device's library. */
async function randomOperation(d: TestDevice, rand: () => number, now: number): Promise<void> {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const urls = (await d.db.articles.toCollection().primaryKeys()) as string[];
  const words = (await d.db.vocabulary.toCollection().primaryKeys()) as string[];
  const op = Math.floor(rand() * 11);
  const words0 = ['工匠', '劳模', '职工', '遴选', '工会', '创新'];
  switch (op) {
    case 0:
    case 1:
      await saveArticle(d.db, { ...pick(articles.slice(0, 6)), tags: [pick(['工会', '学习', '新闻'])] }, now);
      break;
    case 2:
      if (urls.length) await addTag(d.db, [pick(urls)], pick(['工会', '学习', '新闻', '要闻']), now);
      break;
    case 3:
      if (urls.length) await removeTag(d.db, [pick(urls)], pick(['工会', '学习', '新闻']), now);
      break;
    case 4:
      if (urls.length) await setReading(d.db, pick(urls), { progress: Math.round(rand() * 10) / 10 }, now);
      break;
    case 5:
      if (urls.length && rand() < 0.5) await deleteArticles(d.db, [pick(urls)], now);
      break;
    case 6: {
      const w = pick(words0);
      await addStudyWord(
        d.db,
        { word: w, pinyin: 'x', definition: `def ${d.name}`, sentence: `${w}句子${d.name}` },
        now,
      );
      break;
    }
    case 7:
      if (words.length) await updateWord(d.db, pick(words), { definition: `edit ${d.name} ${now}` }, now);
      break;
    case 8:
      if (words.length) await setKnown(d.db, pick(words), rand() < 0.5, now);
      break;
    case 9: {
      const cards = (await d.db.cards.toCollection().primaryKeys()) as string[];
      if (cards.length) await reviewCard(d.db, pick(cards), (1 + Math.floor(rand() * 4)) as 1 | 2 | 3 | 4, now);
      break;
    }
    case 10:
      if (words.length && rand() < 0.3) await deleteWord(d.db, pick(words));
      break;
  }
}

function shuffle<T>(list: T[], rand: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('property: three devices, random changes, files in random orders', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`seed ${seed}: every device reaches the same state`, async () => {
      const rand = seeded(seed);
      // Each device's wall clock: one of them hours wrong.
      let now = 1_760_000_000_000;
      const skew = [0, 0, 3 * 3_600_000];
      const devices = await Promise.all(['a', 'b', 'c'].map((n, i) => testDevice(n, () => now + skew[i])));
      const files: Change[][] = [];
      const seen = devices.map(() => new Set<number>());
      for (let round = 0; round < 12; round++) {
        for (const [i, d] of devices.entries()) {
          for (let k = 0; k < 1 + Math.floor(rand() * 3); k++) await randomOperation(d, rand, (now += 1000) + skew[i]);
          const file = await d.capture();
          if (file.length) {
            files.push(file);
            seen[i].add(files.length - 1);
          }
          // Sometimes merge a random part of what is on the "server" so far, in random order.
          if (rand() < 0.5) {
            const some = shuffle(
              files.map((_, n) => n).filter((n) => !seen[i].has(n) && rand() < 0.6),
              rand,
            );
            for (const n of some) {
              await d.receive(files[n]);
              seen[i].add(n);
            }
          }
        }
      }
      // Finally every device merges the rest, in its own random order (some files twice).
      for (const [i, d] of devices.entries()) {
        const rest = shuffle(
          files.map((_, n) => n).filter((n) => !seen[i].has(n)),
          rand,
        );
        for (const n of rest) await d.receive(files[n]);
        if (files.length) await d.receive(files[Math.floor(rand() * files.length)]);
      }
      // A new device merging all files in one random batch.
      const fresh = await testDevice('z', () => now);
      await fresh.receive(shuffle(files, rand).flat());

      const states = await Promise.all([...devices, fresh].map((d) => libraryState(d.db)));
      for (const s of states.slice(1)) expect(s).toEqual(states[0]);
      const derived = await Promise.all([...devices, fresh].map((d) => derivedState(d.db)));
      for (const s of derived.slice(1)) expect(s).toEqual(derived[0]);
      // No device has anything left to send after merging.
      for (const d of devices) expect(await d.capture()).toEqual([]);
    });
  }
});
