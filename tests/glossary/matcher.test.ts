/** The term matcher: spans, longest match, quotes, variants, wraps, guards, summaries. */
import { describe, expect, it } from 'vitest';
import { createGlossaryMatcher, summarizeTerms, type TermMatch } from '../../utils/glossary/matcher';
import { getGlossaryMatcher, glossaryEntries, termsOf } from '../../utils/glossary';
import type { GlossaryEntry } from '../../utils/glossary/types';

function entry(id: string, headword: string, pinyin: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return {
    id,
    headword,
    pinyin,
    kind: 'party-formula',
    renderings: [{ en: id, source: 'test', status: 'project' }],
    gloss: 'test entry',
    note: 'test entry',
    origin: { by: 'test', date: '2020' },
    collocations: [],
    example: '',
    related: [],
    variants: [],
    asOf: '2026-11-21',
    verified: false,
    ...extra,
  };
}

const spans = (text: string, ms: TermMatch[]) => ms.map((m) => [text.slice(m.start, m.end), m.id]);

describe('createGlossaryMatcher (synthetic entries)', () => {
  const entries = [
    entry('a', '中国梦', 'zhōng guó mèng'),
    entry('b', '中国梦·劳动美', 'zhōng guó mèng láo dòng měi'),
    entry('c', '新时代', 'xīn shí dài'),
    entry('d', '新时代中国特色社会主义思想', 'xīn shí dài zhōng guó tè sè shè huì zhǔ yì sī xiǎng'),
    entry('e', '供给侧结构性改革', 'gōng jǐ cè jié gòu xìng gǎi gé', { variants: ['供给侧改革'] }),
    entry('f', '三性', 'sān xìng', { context: { near: ['工会', '群团'], window: 10 } }),
    entry('g', '八项规定', 'bā xiàng guī dìng', { exclude: ['第八项规定'] }),
    entry('h', '碳达峰碳中和', 'tàn dá fēng tàn zhōng hé', {
      variants: ['双碳'],
      variantPinyin: { 双碳: 'shuāng tàn' },
    }),
    entry('i', '长江经济带', 'cháng jiāng jīng jì dài', { variants: ['长江带'] }),
  ];
  const m = createGlossaryMatcher(entries);

  it('returns UTF-16 offsets, end exclusive, with the entry id and fixed pinyin', () => {
    const text = '实现中国梦。';
    expect(m.match(text)).toEqual([{ start: 2, end: 5, id: 'a', pinyin: 'zhōng guó mèng', form: '中国梦' }]);
  });

  it('finds every occurrence', () => {
    const text = '中国梦，中国梦，还是中国梦';
    expect(m.match(text).map((x) => x.start)).toEqual([0, 4, 10]);
  });

  it('prefers the longest match and does not overlap', () => {
    const text = '开展“中国梦·劳动美”活动，坚持新时代中国特色社会主义思想，进入新时代';
    expect(spans(text, m.match(text))).toEqual([
      ['中国梦·劳动美', 'b'],
      ['新时代中国特色社会主义思想', 'd'],
      ['新时代', 'c'],
    ]);
  });

  it('folds middle-dot variants and full-width forms', () => {
    expect(m.match('中国梦・劳动美')[0].id).toBe('b');
    expect(m.match('中国梦•劳动美')[0].id).toBe('b');
  });

  it('matches inside and outside quotation marks', () => {
    for (const t of [
      '推进供给侧结构性改革',
      '推进“供给侧结构性改革”',
      "推进'供给侧结构性改革'",
      '推进"供给侧结构性改革"',
      '推进「供给侧结构性改革」',
    ]) {
      const r = m.match(t);
      expect(r).toHaveLength(1);
      expect(t.slice(r[0].start, r[0].end)).toBe('供给侧结构性改革');
    }
  });

  it('matches variants with their own pinyin', () => {
    const r = m.match('旅游供给侧改革和“双碳”目标');
    expect(r.map((x) => [x.id, x.form, x.pinyin])).toEqual([
      ['e', '供给侧改革', 'gōng jǐ cè gǎi gé'],
      ['h', '双碳', 'shuāng tàn'],
    ]);
  });

  it('derives variant pinyin from the headword, never by guessing (长 stays cháng)', () => {
    expect(m.match('长江带')[0].pinyin).toBe('cháng jiāng dài');
  });

  it('matches across a line wrap, but not across a paragraph gap', () => {
    const t = '学习党的十九届\n供给侧结构\n性改革精神';
    const r = m.match(t);
    expect(r).toHaveLength(1);
    expect(t.slice(r[0].start, r[0].end)).toBe('供给侧结构\n性改革');
    expect(m.match('供给侧结构 性改革')).toHaveLength(1);
    expect(m.match('供给侧结构\n\n\n\n性改革')).toHaveLength(0);
  });

  it('applies context guards to short headwords', () => {
    expect(m.match('工会要增“三性”')).toHaveLength(1);
    expect(m.match('这种材料的三性指标合格')).toHaveLength(0);
  });

  it('drops matches inside an exclusion string', () => {
    expect(m.match('落实中央八项规定精神')).toHaveLength(1);
    expect(m.match('合同第八项规定了违约责任')).toHaveLength(0);
  });

  it('falls back to a shorter form when the longer one fails its guard', () => {
    const m2 = createGlossaryMatcher([
      entry('x', '四化', 'sì huà', { context: { near: ['工会'], window: 5 } }),
      entry('y', '化', 'huà'),
    ]);
    expect(m2.match('四化').map((r) => r.id)).toEqual(['y']);
    expect(m2.match('工会去四化').map((r) => r.id)).toEqual(['x']);
  });

  it('handles empty input and text without terms', () => {
    expect(m.match('')).toEqual([]);
    expect(m.match('今天天气很好。')).toEqual([]);
  });

  it('keeps offsets right around surrogate pairs', () => {
    const t = '𠀀中国梦';
    const r = m.match(t);
    expect(r[0].start).toBe(2);
    expect(t.slice(r[0].start, r[0].end)).toBe('中国梦');
  });
});

describe('summarizeTerms', () => {
  it('lists distinct terms in order of first occurrence with counts and main rendering', () => {
    const text = '增强“四个意识”、坚定“四个自信”、做到“两个维护”。再次增强“四个意识”，“四个意识”是要求。';
    const ms = getGlossaryMatcher().match(text);
    const s = summarizeTerms(ms, glossaryEntries);
    expect(s.map((t) => [t.term, t.count])).toEqual([
      ['四个意识', 3],
      ['四个自信', 1],
      ['两个维护', 1],
    ]);
    expect(s[0]).toMatchObject({ id: 'four-consciousnesses', en: 'Four Consciousnesses', kind: 'party-formula' });
  });

  it('counts variants under their entry', () => {
    const s = termsOf('党的二十大召开前，二十大代表推选工作展开。');
    expect(s).toEqual([expect.objectContaining({ id: 'twentieth-party-congress', count: 2 })]);
  });
});

describe('the real glossary', () => {
  const match = (t: string) => getGlossaryMatcher().match(t);
  const ids = (t: string) => match(t).map((m) => m.id);

  it('finds the standard chain with its collocations', () => {
    const t = '深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”';
    expect(ids(t)).toEqual(['two-establishes', 'four-consciousnesses', 'four-confidences', 'two-upholds']);
  });

  it('prefers the longest formula', () => {
    expect(ids('坚持以习近平新时代中国特色社会主义思想为指导')).toEqual(['xi-jinping-thought']);
    expect(ids('向第二个百年奋斗目标进军')).toEqual(['second-centenary-goal']);
    expect(ids('紧密团结在以习近平同志为核心的党中央周围')).toEqual(['central-committee-xi-core']);
  });

  it('uses the fixed pinyin of a term (no polyphone guessing)', () => {
    const [m] = match('以习近平同志为核心的党中央');
    expect(m.pinyin).toBe('yǐ xí jìn píng tóng zhì wéi hé xīn de dǎng zhōng yāng');
    expect(match('落实中央八项规定精神')[0].pinyin).toBe('zhōng yāng bā xiàng guī dìng jīng shén');
  });

  it('keeps 一岗双认 (union) apart from 一岗双责 (Party conduct)', () => {
    expect(ids('探索“一岗双认”评价模式')).not.toContain('one-post-two-responsibilities');
    expect(ids('落实“一岗双责”')).toEqual(['one-post-two-responsibilities']);
  });

  it('finds every occurrence in a long text: 20× the text gives 20× the matches, in order (its time is in npm run bench -- glossary)', () => {
    const base = '增强“四个意识”、坚定“四个自信”、做到“两个维护”，推动高质量发展，全面推进乡村振兴。'.repeat(50);
    const big = base.repeat(20);
    const small = match(base);
    const large = match(big);
    expect(small.length).toBeGreaterThan(0);
    expect(large.length).toBe(small.length * 20);
    for (let i = 1; i < large.length; i++) expect(large[i].start).toBeGreaterThan(large[i - 1].start);
  });
});
