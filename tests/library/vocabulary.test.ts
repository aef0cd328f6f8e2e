import { describe, expect, it } from 'vitest';
import { addWord, latestSettingsSnapshot, saveSettingsSnapshot } from '../../utils/library/vocabulary';
import { freshDb } from './helpers';

describe('vocabulary and settings snapshots', () => {
  it('adding a word again merges it: one entry, first sentence kept, new sentences as contexts', async () => {
    const db = await freshDb();
    const url = 'https://www.workercn.cn/papers/grrb/2022/04/29/4/news-4.html';
    await addWord(
      db,
      { word: '工匠', pinyin: 'gōng jiàng', definition: 'craftsman', sentence: '从工人到工匠', articleUrl: url },
      1,
    );
    await db.vocabulary.update('工匠', { known: true });
    await addWord(
      db,
      {
        word: '工匠',
        pinyin: 'gōng jiàng',
        definition: 'craftsman; artisan',
        sentence: '走进大国工匠交流区',
        termId: 'craftsman-spirit',
      },
      2,
    );
    await addWord(
      db,
      { word: '工匠', pinyin: 'gōng jiàng', definition: 'craftsman; artisan', sentence: '从工人到工匠' },
      3,
    );
    expect(await db.vocabulary.toArray()).toEqual([
      {
        word: '工匠',
        pinyin: 'gōng jiàng',
        definition: 'craftsman; artisan',
        sentence: '从工人到工匠',
        articleUrl: url,
        termId: 'craftsman-spirit',
        contexts: [{ sentence: '走进大国工匠交流区' }],
        addedAt: 1,
        updatedAt: 3,
        known: true,
      },
    ]);
  });

  it('keeps settings snapshots and finds the latest', async () => {
    const db = await freshDb();
    await saveSettingsSnapshot(db, { pinyin: 'all' }, 1, 10);
    await saveSettingsSnapshot(db, { pinyin: 'hard-words' }, 2, 20);
    expect(await latestSettingsSnapshot(db)).toMatchObject({
      takenAt: 20,
      version: 2,
      settings: { pinyin: 'hard-words' },
    });
  });
});
