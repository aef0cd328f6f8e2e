import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { freshDb } from '../library/helpers';
import { importKnown, knownWords, parseWordList, setKnown, wordStates } from '../../utils/study/known';
import { addStudyWord } from '../../utils/study/words';
import { hskWords, hskWordsUpTo } from '../../utils/study/hsk-words';
import { createNodeLoader } from '../../utils/text/load-node';
import { engine } from '../text/engine';
import { T0 } from './helpers';

describe('known words', () => {
  it('parses a pasted list: one word per line, first field only, comments and non-Chinese lines skipped', () => {
    const text = '\uFEFF工人\r\n  工匠 \n\n# my list\n劳模\tláo mó\tmodel worker\nhello\n工人\n精神, spirit\n';
    expect(parseWordList(text)).toEqual(['工人', '工匠', '劳模', '精神']);
  });

  it('imports a list: new words stored as known without cards, words being studied marked known', async () => {
    const db = await freshDb();
    await addStudyWord(db, { word: '工匠', pinyin: 'gōng jiàng', definition: 'craftsman', sentence: 's' }, T0);
    await importKnown(db, ['精神'], T0);
    const result = await importKnown(db, parseWordList('工人\n工匠\n精神\n劳模'), T0 + 1, (w) =>
      w === '工人' ? { pinyin: 'gōng rén', definition: 'worker' } : undefined,
    );
    expect(result).toEqual({ added: 2, marked: 1, already: 1 });
    expect(await knownWords(db)).toEqual(new Set(['工人', '工匠', '精神', '劳模']));
    expect(await db.vocabulary.get('工人')).toMatchObject({
      pinyin: 'gōng rén',
      definition: 'worker',
      sentence: '',
      known: true,
    });
    expect(await db.cards.count()).toBe(2);
  });

  it('marks a word known and unknown from the word card', async () => {
    const db = await freshDb();
    await addStudyWord(db, { word: '工匠', pinyin: 'gōng jiàng', definition: 'craftsman', sentence: 's' }, T0);
    await setKnown(db, '工匠', true, T0 + 1);
    await setKnown(db, '工会', true, T0 + 2);
    expect(await wordStates(db)).toEqual({ known: ['工会', '工匠'], vocabulary: [] });
    await setKnown(db, '工匠', false, T0 + 3);
    // Marked known only, never added: marking it unknown removes it again.
    await setKnown(db, '工会', false, T0 + 4);
    expect(await wordStates(db)).toEqual({ known: [], vocabulary: ['工匠'] });
    expect(await db.vocabulary.get('工会')).toBeUndefined();
  });

  it('lists the words of each HSK level from the dictionary data', async () => {
    await engine(); // builds public/dict when a fresh clone lacks it
    const loader = createNodeLoader(path.resolve(import.meta.dirname, '../../public/dict'));
    const hsk1 = await hskWords(loader, 1);
    expect(hsk1.length).toBeGreaterThanOrEqual(140);
    expect(hsk1.length).toBeLessThanOrEqual(160);
    expect(hsk1).toEqual(expect.arrayContaining(['工作', '中国', '我们', '喜欢']));
    const hsk2 = await hskWords(loader, 2);
    expect(hsk2.some((w) => hsk1.includes(w))).toBe(false);
    const upTo3 = await hskWordsUpTo(loader, 3);
    expect(upTo3.length).toBe(hsk1.length + hsk2.length + (await hskWords(loader, 3)).length);
    expect(await hskWords(loader, 7)).toEqual([]);

    const db = await freshDb();
    const result = await importKnown(db, hsk1, T0);
    expect(result.added).toBe(hsk1.length);
    expect((await knownWords(db)).has('工作')).toBe(true);
  });
});
