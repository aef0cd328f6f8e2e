import { describe, expect, it } from 'vitest';
import { formatReading } from '@/utils/reader/service-helpers';
import { formatSyllable } from '@/utils/text/tone';
import { toZhuyin } from '@/utils/reader/zhuyin';

describe('the reader formatting syllables', () => {
  it('gives the same reading the first time and from its cache, in every style', () => {
    const syllables = ['zhong1', 'guo2', 'lv4', 'nu:3', 'de5', 'er2', 'xiang3', 'Lu:4'];
    for (let round = 0; round < 2; round++) {
      for (const s of syllables) {
        expect(formatReading(s, 'marks')).toBe(formatSyllable(s, 'marks'));
        expect(formatReading(s, 'numbers')).toBe(formatSyllable(s, 'numbers'));
        expect(formatReading(s, 'zhuyin')).toBe(toZhuyin(s));
      }
    }
    expect(formatReading('lv4', 'marks')).toBe('lǜ');
    expect(formatReading('zhong1', 'zhuyin')).toBe('ㄓㄨㄥ');
  });

  it('keeps a style apart from the others for the same syllable', () => {
    expect(formatReading('hao3', 'numbers')).toBe('hao3');
    expect(formatReading('hao3', 'marks')).toBe('hǎo');
    expect(formatReading('hao3', 'zhuyin')).toBe('ㄏㄠˇ');
  });
});
