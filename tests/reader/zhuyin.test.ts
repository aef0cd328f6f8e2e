import { describe, expect, it } from 'vitest';
import { toZhuyin } from '@/utils/reader/zhuyin';

const z = (syllables: string) => syllables.split(' ').map(toZhuyin).join(' ');

describe('toZhuyin', () => {
  it('writes a word in bopomofo with its tones (劳动者)', () => {
    expect(z('lao2 dong4 zhe3')).toBe('ㄌㄠˊ ㄉㄨㄥˋ ㄓㄜˇ');
  });

  it('keeps the neutral tone as a leading dot; tone 1 has no mark', () => {
    expect(z('de5')).toBe('˙ㄉㄜ');
    expect(z('ma1 ma5')).toBe('ㄇㄚ ˙ㄇㄚ');
    expect(toZhuyin('zhong1')).toBe('ㄓㄨㄥ');
  });

  it('handles y-/w- spellings, ü after j q x, and the bare-initial syllables', () => {
    expect(z('yi1 you3 wei4 yuan2 wen4 ying1 yong3')).toBe('ㄧ ㄧㄡˇ ㄨㄟˋ ㄩㄢˊ ㄨㄣˋ ㄧㄥ ㄩㄥˇ');
    expect(z('ju2 que4 xun4 lu:4 nv3')).toBe('ㄐㄩˊ ㄑㄩㄝˋ ㄒㄩㄣˋ ㄌㄩˋ ㄋㄩˇ');
    expect(z('zhi1 chi1 shi4 ri4 zi4 ci2 si1')).toBe('ㄓ ㄔ ㄕˋ ㄖˋ ㄗˋ ㄘˊ ㄙ');
    expect(z('gui4 liu2 dun4 jiong3')).toBe('ㄍㄨㄟˋ ㄌㄧㄡˊ ㄉㄨㄣˋ ㄐㄩㄥˇ');
  });

  it('reads proper nouns, erhua and er', () => {
    expect(z('Wu2 zhong1')).toBe('ㄨˊ ㄓㄨㄥ');
    expect(toZhuyin('er4')).toBe('ㄦˋ');
    expect(toZhuyin('huar1')).toBe('ㄏㄨㄚㄦ');
    expect(toZhuyin('r5')).toBe('ㄦ');
  });

  it('returns what is not pinyin unchanged', () => {
    expect(toZhuyin('xyz3')).toBe('xyz3');
    expect(toZhuyin('m2')).toBe('m2');
  });
});
