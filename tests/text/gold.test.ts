import { beforeAll, describe, expect, it } from 'vitest';
import { GOLD } from './gold-readings';
import { engine, readingIn } from './engine';
import type { TextEngine } from '../../utils/text/index';

let e: TextEngine;
beforeAll(async () => {
  e = await engine();
});

describe('gold readings in context', () => {
  it('has at least 150 words, most of them from the seed texts', () => {
    expect(GOLD.length).toBeGreaterThanOrEqual(150);
    expect(GOLD.filter((g) => !g.constructed).length).toBeGreaterThanOrEqual(150);
  });

  it('reads at least 99% of them right', () => {
    const wrong = GOLD.map((g) => ({ ...g, got: readingIn(e, g.sentence, g.word, g.n) })).filter(
      (g) => g.got !== g.pinyin,
    );
    const accuracy = 1 - wrong.length / GOLD.length;
    if (wrong.length)
      console.log(
        `gold: ${GOLD.length - wrong.length}/${GOLD.length} right; wrong:\n${wrong.map((w) => `  ${w.word} (${w.n ?? 1}) in ${w.sentence}: want ${w.pinyin}, got ${w.got}`).join('\n')}`,
      );
    expect(accuracy).toBeGreaterThanOrEqual(0.99);
  });

  for (const trap of ['为', '地', '得', '着', '了', '长', '重', '行', '给']) {
    it(`covers the ${trap} trap`, () => {
      expect(GOLD.some((g) => g.word.includes(trap))).toBe(true);
    });
  }
});
