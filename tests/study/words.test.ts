import { describe, expect, it } from 'vitest';
import { freshDb } from '../library/helpers';
import { addStudyWord, deleteWord, updateWord } from '../../utils/study/words';
import { reviewCard } from '../../utils/study/scheduler';
import { importKnown } from '../../utils/study/known';
import { ARTICLE_URL, T0, article } from './helpers';

describe('adding words for study', () => {
  it('adds a word from the word card with its article saved along, and creates two cards', async () => {
    const db = await freshDb();
    const result = await addStudyWord(
      db,
      {
        word: '工匠',
        pinyin: 'gōng jiàng',
        definition: 'craftsman',
        sentence: '从工人到工匠，他用了二十年。',
        article: article(),
      },
      T0,
    );
    expect(result).toMatchObject({ created: true, articleSaved: true });
    expect(await db.articles.count()).toBe(1);
    expect(await db.vocabulary.get('工匠')).toMatchObject({
      word: '工匠',
      pinyin: 'gōng jiàng',
      definition: 'craftsman',
      sentence: '从工人到工匠，他用了二十年。',
      articleUrl: ARTICLE_URL,
      known: false,
      addedAt: T0,
    });
    expect((await db.cards.toArray()).map((c) => [c.id, c.phase, c.due])).toEqual([
      ['工匠|recall', 'new', T0],
      ['工匠|recognize', 'new', T0],
    ]);
  });

  it('adds a glossary term from the tooltip with its term id', async () => {
    const db = await freshDb();
    await addStudyWord(
      db,
      {
        word: '工匠精神',
        pinyin: 'gōng jiàng jīng shén',
        definition: 'craftsmanship spirit',
        sentence: '工人们学习工匠精神。',
        termId: 'craftsman-spirit',
        articleUrl: ARTICLE_URL,
      },
      T0,
    );
    expect(await db.vocabulary.get('工匠精神')).toMatchObject({ termId: 'craftsman-spirit', articleUrl: ARTICLE_URL });
    expect(await db.cards.count()).toBe(2);
    expect(await db.articles.count()).toBe(0);
  });

  it('does not save an article again that is already saved (nor its e-paper/portal twin)', async () => {
    const db = await freshDb();
    await addStudyWord(
      db,
      { word: '工人', pinyin: 'gōng rén', definition: 'worker', sentence: 's1', article: article() },
      T0,
    );
    const before = await db.articles.get(ARTICLE_URL);
    const twin = article({
      url: 'https://www.workercn.cn/c/2022-04-29/6993456.shtml',
      family: 'portal',
      edition: undefined,
    });
    const r = await addStudyWord(
      db,
      { word: '工匠', pinyin: 'gōng jiàng', definition: 'craftsman', sentence: 's2', article: twin },
      T0 + 5,
    );
    expect(r.articleSaved).toBe(false);
    expect(await db.articles.count()).toBe(1);
    expect(await db.articles.get(ARTICLE_URL)).toEqual(before);
    expect((await db.vocabulary.get('工匠'))?.articleUrl).toBe(ARTICLE_URL);
  });

  it('merges a duplicate: one entry, contexts united, cards and their progress kept', async () => {
    const db = await freshDb();
    await addStudyWord(
      db,
      { word: '工匠', pinyin: 'gōng jiàng', definition: 'craftsman', sentence: '从工人到工匠' },
      T0,
    );
    await reviewCard(db, '工匠|recognize', 3, T0 + 1000);
    const again = await addStudyWord(
      db,
      {
        word: '工匠',
        pinyin: 'gōng jiàng',
        definition: 'craftsman; artisan',
        sentence: '走进大国工匠交流区',
        articleUrl: ARTICLE_URL,
      },
      T0 + 2000,
    );
    expect(again.created).toBe(false);
    expect(await db.vocabulary.count()).toBe(1);
    expect(await db.vocabulary.get('工匠')).toMatchObject({
      sentence: '从工人到工匠',
      definition: 'craftsman; artisan',
      contexts: [{ sentence: '走进大国工匠交流区', articleUrl: ARTICLE_URL }],
      addedAt: T0,
    });
    expect(await db.cards.count()).toBe(2);
    expect((await db.cards.get('工匠|recognize'))?.phase).toBe('learning');
  });

  it('adding a word imported as known makes it a word to study, filling its sentence', async () => {
    const db = await freshDb();
    await importKnown(db, ['工人'], T0);
    await addStudyWord(
      db,
      { word: '工人', pinyin: 'gōng rén', definition: 'worker', sentence: '工人们学习', articleUrl: ARTICLE_URL },
      T0 + 1,
    );
    expect(await db.vocabulary.get('工人')).toMatchObject({
      known: false,
      pinyin: 'gōng rén',
      definition: 'worker',
      sentence: '工人们学习',
      articleUrl: ARTICLE_URL,
      contexts: [],
    });
  });

  it('edits a definition and deletes a word with its cards and history', async () => {
    const db = await freshDb();
    await addStudyWord(db, { word: '工匠', pinyin: 'gōng jiàng', definition: 'craftsman', sentence: 's' }, T0);
    await reviewCard(db, '工匠|recall', 1, T0 + 10);
    await updateWord(db, '工匠', { definition: '  artisan ' }, T0 + 20);
    expect(await db.vocabulary.get('工匠')).toMatchObject({ definition: 'artisan', updatedAt: T0 + 20 });
    await deleteWord(db, '工匠');
    expect([await db.vocabulary.count(), await db.cards.count(), await db.reviewLog.count()]).toEqual([0, 0, 0]);
  });
});
