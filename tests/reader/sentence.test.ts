import { describe, expect, it } from 'vitest';
import { sentenceAround } from '@/utils/reader/sentence';

const P =
  '“下一步，北京市将适应新经济、新业态的发展趋势，立足新产业发展需求。”北京市人社局有关负责人表示。认定结果要经得起市场检验！';

describe('sentenceAround', () => {
  it('returns the sentence holding the position, with its end mark and closing quote', () => {
    expect(sentenceAround(P, P.indexOf('新业态'))).toBe(
      '“下一步，北京市将适应新经济、新业态的发展趋势，立足新产业发展需求。”',
    );
    expect(sentenceAround(P, P.indexOf('负责人'))).toBe('北京市人社局有关负责人表示。');
    expect(sentenceAround(P, P.indexOf('市场'))).toBe('认定结果要经得起市场检验！');
  });

  it('handles the edges: start, end, empty text, a text without end marks', () => {
    expect(sentenceAround(P, 0)).toBe('“下一步，北京市将适应新经济、新业态的发展趋势，立足新产业发展需求。”');
    expect(sentenceAround(P, P.length)).toBe('');
    expect(sentenceAround('', 0)).toBe('');
    expect(sentenceAround('劳动光荣', 2)).toBe('劳动光荣');
  });
});
