import { beforeAll, describe, expect, it } from 'vitest';
import { NEWS_GOLD } from './news-gold';
import { engine } from './engine';
import type { TextEngine } from '../../utils/text/index';

let e: TextEngine;
beforeAll(async () => {
  e = await engine();
});
const hanCount = (s: string) => [...s].filter((c) => /\p{Script=Han}/u.test(c)).length;

describe('news-prose gold', () => {
  it('has at least 1,000 Han characters, one gold syllable each', () => {
    expect(NEWS_GOLD.reduce((n, g) => n + hanCount(g.sentence), 0)).toBeGreaterThanOrEqual(1000);
    for (const g of NEWS_GOLD) expect(g.pinyin.split(' ').length).toBe(hanCount(g.sentence));
  });

  it('reads every syllable right', () => {
    const wrong: string[] = [];
    for (const g of NEWS_GOLD) {
      const got = e.annotate(g.sentence).tokens.flatMap((t) => (t.pinyin ? t.pinyin.split(' ') : []));
      const want = g.pinyin.split(' ');
      const chars = [...g.sentence].filter((c) => /\p{Script=Han}/u.test(c));
      want.forEach((w, i) => {
        if (got[i] !== w) wrong.push(`${chars[i]} in ${g.sentence}: want ${w}, got ${got[i]}`);
      });
    }
    expect(wrong).toEqual([]);
  });
});
