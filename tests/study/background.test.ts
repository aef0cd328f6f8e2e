import { describe, expect, it } from 'vitest';
import { sendMessage } from '../../utils/messaging';
import { setupStudy } from '../../utils/study/background';
import { sharedLibraryDb } from '../../utils/library/api';
import { ARTICLE_URL, article } from './helpers';

describe('study messages through the background', () => {
  it('adds a word with its article, marks words known, and answers the word states', async () => {
    setupStudy();
    const first = await sendMessage('addWord', {
      word: '工匠',
      pinyin: 'gōng jiàng',
      definition: 'craftsman',
      sentence: '从工人到工匠，他用了二十年。',
      article: article(),
    });
    expect(first).toEqual({ word: '工匠', created: true });
    const again = await sendMessage('addWord', {
      word: '工匠',
      pinyin: 'gōng jiàng',
      definition: 'craftsman',
      sentence: '走进大国工匠交流区',
      article: article(),
    });
    expect(again).toEqual({ word: '工匠', created: false });
    const db = await sharedLibraryDb();
    expect((await db.articles.get(ARTICLE_URL))?.title).toBe('大国工匠的成长之路');
    expect(await db.cards.count()).toBe(2);

    await sendMessage('setKnown', { word: '工人', known: true });
    expect(await sendMessage('getWordStates')).toEqual({ known: ['工人'], vocabulary: ['工匠'] });
    await expect(sendMessage('addWord', { word: ' ', pinyin: '', definition: '', sentence: '' })).rejects.toThrow();
  });
});
