import { describe, expect, it } from 'vitest';
import { gradeHanzi, gradePinyin, gradeTones, toneless } from '@/utils/study/answers';

describe('typed pinyin', () => {
  it('accepts tone numbers and tone marks, with or without spaces', () => {
    for (const answer of ['gong1 jiang4', 'gong1jiang4', 'gōng jiàng', 'gōngjiàng', 'GONG1 JIANG4', " gong1'jiang4 "])
      expect(gradePinyin(answer, 'gōng jiàng')).toMatchObject({ verdict: 'right', rating: 3 });
  });

  it('accepts a toneless answer as Hard, with a note', () => {
    expect(gradePinyin('gong jiang', 'gōng jiàng')).toEqual({ verdict: 'toneless', rating: 2 });
    expect(gradePinyin('gongjiang', 'gōng jiàng').verdict).toBe('toneless');
  });

  it('grades wrong tones Again and says which syllable', () => {
    expect(gradePinyin('gong1 jiang3', 'gōng jiàng')).toEqual({
      verdict: 'tones',
      rating: 1,
      toneRight: [true, false],
    });
    expect(gradePinyin('gòng jiàng', 'gōng jiàng').toneRight).toEqual([false, true]);
  });

  it('knows the neutral tone in every spelling, and ü typed as v or u:', () => {
    for (const answer of ['de5', 'de0', 'de']) expect(gradePinyin(answer, 'de').verdict).toBe('right');
    expect(gradePinyin('ma1 ma', 'mā ma').verdict).toBe('right');
    expect(gradePinyin('ma1 ma1', 'mā ma').verdict).toBe('tones');
    for (const answer of ['lv4 shi1', 'lu:4 shi1', 'lǜ shī'])
      expect(gradePinyin(answer, 'lǜ shī').verdict).toBe('right');
    expect(gradePinyin('lu4 shi1', 'lǜ shī').verdict).toBe('wrong');
  });

  it('grades other letters and empty answers Again', () => {
    expect(gradePinyin('gong1 qiang4', 'gōng jiàng')).toEqual({ verdict: 'wrong', rating: 1 });
    expect(gradePinyin('   ', 'gōng jiàng')).toEqual({ verdict: 'empty', rating: 1 });
  });
});

describe('tone drill', () => {
  it('grades the tones alone', () => {
    expect(gradeTones('14', 'gōng jiàng').verdict).toBe('right');
    expect(gradeTones('1 4', 'gōng jiàng').verdict).toBe('right');
    expect(gradeTones('13', 'gōng jiàng')).toEqual({ verdict: 'tones', rating: 1, toneRight: [true, false] });
    expect(gradeTones('1', 'gōng jiàng').verdict).toBe('wrong');
    expect(gradeTones('10', 'mā ma').verdict).toBe('right');
    expect(toneless('lǜ shī')).toBe('lü shi');
  });
});

describe('written hanzi', () => {
  it('is right only for the word itself', () => {
    expect(gradeHanzi('工匠', '工匠')).toEqual({ verdict: 'right', rating: 3 });
    expect(gradeHanzi(' 工匠。', '工匠').verdict).toBe('right');
    expect(gradeHanzi('工人', '工匠')).toEqual({ verdict: 'wrong', rating: 1 });
    expect(gradeHanzi('', '工匠').verdict).toBe('empty');
  });
});
