import { beforeAll, describe, expect, it } from 'vitest';
import { engine } from './engine';
import type { TextEngine } from '../../utils/text/index';

let e: TextEngine;
beforeAll(async () => {
  e = await engine();
  await e.preloadEntries();
});

describe('lookup', () => {
  it('finds the longest dictionary word at a position', async () => {
    const r = await e.lookup('家在宁夏回族自治区吴忠市', 2);
    expect(r.word).toBe('宁夏回族自治区');
    expect(r.entries[0].pinyin).toBe('Ning2 xia4 Hui2 zu2 Zi4 zhi4 qu1');
    expect(r.characters.map((c) => c.char)).toEqual([...'宁夏回族自治区']);
    expect(r.characters[0].entries.length).toBeGreaterThan(0);
  });

  it('returns every entry, with traditional form, definitions, measure words and HSK level', async () => {
    const r = await e.lookup('为', 0);
    const readings = r.entries.map((x) => x.pinyin);
    expect(readings).toEqual(expect.arrayContaining(['wei2', 'wei4']));
    expect(r.entries[0].traditional).toBe('為');
    const book = (await e.lookup('一本书', 2)).entries.find((x) => x.pinyin === 'shu1')!;
    expect(book.definitions).toContain('book');
    expect(book.classifiers.some((c) => c.includes('本'))).toBe(true);
    expect(book.hsk).toBe(1);
  });

  it('accepts traditional input', async () => {
    const r = await e.lookup('中華全國總工會', 0);
    expect(r.word.length).toBeGreaterThanOrEqual(2);
    expect(r.entries[0].simplified.startsWith('中华')).toBe(true);
  });

  it('handles unknown characters', async () => {
    const r = await e.lookup('☃x', 0);
    expect(r.word).toBe('☃');
    expect(r.entries).toEqual([]);
    expect(r.characters).toEqual([{ char: '☃', entries: [] }]);
  });

  it('keeps surrogate pairs whole', async () => {
    const text = 'a𠀾b';
    const atHigh = await e.lookup(text, 1);
    const atLow = await e.lookup(text, 2);
    expect(atHigh.word).toBe('𠀾');
    expect(atLow.word).toBe('𠀾');
    expect(atLow.start).toBe(1);
    expect(atHigh.characters.map((c) => c.char)).toEqual(['𠀾']);
  });

  it('handles empty input and positions out of range', async () => {
    expect((await e.lookup('', 0)).word).toBe('');
    expect((await e.lookup('中国', 5)).entries).toEqual([]);
    expect((await e.lookup('中国', -1)).entries).toEqual([]);
  });

  it('resolves a token entry reference', async () => {
    const token = e.annotate('吴忠市').tokens[0];
    expect(token.entry).toBeTypeOf('number');
    const entries = await e.entries(token.entry!);
    expect(entries[0].simplified).toBe('吴忠市');
    expect(entries[0].definitions.join(' ')).toMatch(/Ningxia/);
  });
});

describe('characters no headword covers', () => {
  it('still read with one syllable each, from readings stored in the asset (no pinyin library at run time)', async () => {
    const { pinyin } = await import('pinyin-pro');
    const e = await engine();
    const fallback = e.dictionary.core.meta.fallback!;
    expect(fallback.chars.length).toBeGreaterThan(1000);
    // Every tenth stored character: its reading in context is the one pinyin-pro gives, in marks.
    for (let i = 0; i < fallback.chars.length; i += 10) {
      const ch = fallback.chars[i];
      const got = e.annotate(`姓${ch}`).tokens.at(-1)!;
      expect(got.text).toBe(ch);
      expect(got.pinyin).toBe(pinyin(ch));
    }
  });
});
