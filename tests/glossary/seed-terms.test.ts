/**
 * Every glossary-worthy term of the seed texts (tests/glossary/seed-terms.json: the term as written,
 * its entry and the seed sentence) is found in its sentence; near-misses are not matched.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getEntry, getGlossaryMatcher } from '../../utils/glossary';

interface SeedTerm {
  term: string;
  id: string;
  seed: string;
  sentence: string;
}

const table = JSON.parse(readFileSync(path.join(__dirname, 'seed-terms.json'), 'utf8')) as SeedTerm[];
const match = (t: string) => getGlossaryMatcher().match(t);

describe('seed terms', () => {
  it('covers more than 30 terms, from every kind present in the seeds', () => {
    expect(table.length).toBeGreaterThan(30);
    const kinds = new Set(table.map((t) => getEntry(t.id)?.kind));
    for (const k of ['party-formula', 'policy-programme', 'labour-union', 'honour-campaign'])
      expect(kinds).toContain(k);
  });

  it('quotes real seed sentences', () => {
    const dir = path.resolve(__dirname, '..', '..', '..', 'shared', 'seeds');
    for (const t of table) {
      const text = readFileSync(path.join(dir, t.seed), 'utf8');
      expect(text, t.term).toContain(t.sentence);
    }
  });

  it.each(table.map((t) => [t.term, t] as const))('finds %s in its seed sentence', (_term, t) => {
    expect(getEntry(t.id), `entry ${t.id}`).toBeDefined();
    const hits = match(t.sentence).filter((m) => m.id === t.id);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((m) => t.sentence.slice(m.start, m.end) === t.term)).toBe(true);
  });

  it.each([
    '两个确立',
    '四个意识',
    '四个自信',
    '两个维护',
    '国之大者',
    '两个大局',
    '五个坚决',
    '党的二十大',
    '党的十九届六中全会',
    '乡村振兴',
    '新发展理念',
    '新发展格局',
    '三性',
    '四化',
    '五小',
    '一岗双认',
    '劳模精神',
    '劳动精神',
    '工匠精神',
    '红船精神',
  ])('lists %s', (term) => {
    expect(table.some((t) => t.term === term || getEntry(t.id)?.headword === term)).toBe(true);
  });
});

describe('near-misses', () => {
  it.each([
    ['四化 as the Four Modernizations of the 1980s', '八十年代的青年立志为实现四化贡献青春。', 'four-tendencies'],
    ['四化 in a chemistry text', '实验室里的四化学品需分类存放。', 'four-tendencies'],
    ['三性 in medicine', '临床用药要兼顾安全性、有效性、经济性这三性。', 'three-natures'],
    ['三性 in materials testing', '这批材料的三性指标全部合格。', 'three-natures'],
    ['五小 inside 十五小时', '他连续工作了十五小时才下班。', 'five-smalls'],
    ['五小 inside 五小时', '列车晚点五小时后抵达。', 'five-smalls'],
    ['八项规定 split as 第八项 + 规定', '合同第八项规定了违约责任。', 'eight-point-rules'],
    ['二十大 inside 第二十大', '该市跻身全国第二十大城市之列。', 'twentieth-party-congress'],
    ['四个全面 inside 四个全面覆盖', '实现四个全面覆盖的目标。', 'four-comprehensives'],
    ['四风 inside 四风口', '山口处常年刮着四风口的大风。', 'four-malfeasances'],
    ['十四五 inside 十四五岁', '十四五岁的少年正是长身体的时候。', 'fourteenth-five-year-plan'],
    ['双减 outside schooling', '这台设备采用双减速结构。', 'double-reduction'],
  ])('%s', (_label, text, id) => {
    expect(match(text).map((m) => m.id)).not.toContain(id);
  });

  it('still finds the same short terms in their own context', () => {
    const t = '着力增“三性”、去“四化”、强基层、促创新';
    expect(match(t).map((m) => m.id)).toEqual(expect.arrayContaining(['three-natures', 'four-tendencies']));
    expect(match('深化技术革新、发明创造、合理化建议和“五小”等活动').map((m) => m.id)).toContain('five-smalls');
  });
});
