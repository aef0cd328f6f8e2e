/**
 * The numbered-event recogniser against every row of the event table: each family in Chinese
 * numerals and Arabic digits, the bare plenum once the article has named its term, the facts the
 * tooltip shows, and the near-misses that must stay unmatched.
 */
import { describe, expect, it } from 'vitest';
import { createMatchScope, EVENT_TABLE, getEntry, getGlossaryMatcher, termsOf } from '../../utils/glossary';
import { eventId, formatDates, planYears, tableKeys } from '../../utils/glossary/events/entries';
import { chineseNumber, parseNumber } from '../../utils/glossary/events/numerals';
import type { EventKey } from '../../utils/glossary/events/recognise';

const match = (t: string, scope = createMatchScope()) => getGlossaryMatcher().match(t, scope);
/** The entry ids found in `text`, with the text of each span. */
const found = (text: string, scope = createMatchScope()) =>
  match(text, scope).map((m) => [text.slice(m.start, m.end), m.id]);

/** Printed forms of an event, Chinese numerals and Arabic digits, each in a sentence of the paper's kind. */
function printedForms(k: EventKey): string[] {
  const n = k.number;
  const m = k.session ?? 0;
  const cn = chineseNumber(n);
  const cm = chineseNumber(m);
  switch (k.family) {
    case 'party-congress':
      return [
        `党的${cn}大`,
        `中国共产党第${cn}次全国代表大会`,
        `中共${cn}大`,
        `党的${n}大`,
        `中国共产党第${n}次全国代表大会`,
        `${cn}大`,
      ];
    case 'cc-plenum':
      return [
        `党的${cn}届${cm}中全会`,
        `${cn}届${cm}中全会`,
        `中共${cn}届${cm}中全会`,
        `${cn}届中央委员会第${cm}次全体会议`,
        `${n}届${m}中全会`,
        `党的${n}届${m}中全会`,
      ];
    case 'union-congress':
      return [`中国工会第${cn}次全国代表大会`, `中国工会${cn}大`, `中国工会第${n}次全国代表大会`, `中国工会${n}大`];
    case 'npc-session':
      return [`${cn}届全国人大${cm}次会议`, `第${cn}届全国人民代表大会第${cm}次会议`, `${n}届全国人大${m}次会议`];
    case 'cppcc-session':
      return [
        `全国政协${cn}届${cm}次会议`,
        `${cn}届全国政协${cm}次会议`,
        `中国人民政治协商会议第${cn}届全国委员会第${cm}次会议`,
        `全国政协${n}届${m}次会议`,
      ];
    case 'five-year-plan':
      return [
        `第${cn}个五年规划`,
        `第${n}个五年规划`,
        ...(n >= 11 && n <= 19 ? [`十${chineseNumber(n - 10)}五规划`] : []),
      ];
    case 'five-year-period':
      return [`十${chineseNumber(n - 10)}五`];
    default:
      return [];
  }
}

describe('numerals', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十四', 14],
    ['二十', 20],
    ['二十一', 21],
    ['九十九', 99],
    ['14', 14],
  ])('%s is %d', (s, n) => {
    expect(parseNumber(s)).toBe(n);
    if (!/\d/.test(s)) expect(chineseNumber(n)).toBe(s);
  });

  it('rejects what is not a number', () => {
    for (const s of ['', '十十', '二二', '0', '百']) expect(parseNumber(s)).toBeUndefined();
  });

  it('dates the plans and formats ranges', () => {
    expect(planYears(14)).toEqual([2021, 2025]);
    expect(planYears(15)).toEqual([2026, 2030]);
    expect(planYears(11)).toEqual([2006, 2010]);
    expect(formatDates('2021-11-08', '2021-11-11')).toBe('8–11 Nov 2021');
    expect(formatDates('2017-10-25', '2017-10-25')).toBe('25 Oct 2017');
    expect(formatDates('2013-10')).toBe('Oct 2013');
    expect(formatDates(undefined)).toBeUndefined();
  });
});

describe('every row of the event table', () => {
  const rows = tableKeys().map((k) => [eventId(k), k] as const);

  it('holds every family the paper numbers', () => {
    const families = new Set(EVENT_TABLE.map((r) => r.family));
    for (const f of ['party-congress', 'cc-plenum', 'union-congress', 'npc-session', 'cppcc-session', 'five-year-plan'])
      expect(families).toContain(f);
  });

  it.each(rows)('%s is recognised in Chinese numerals and Arabic digits', (id, key) => {
    const forms = printedForms(key);
    expect(forms.length).toBeGreaterThan(0);
    expect(forms.some((f) => /\d/.test(f)) || key.family === 'five-year-period').toBe(true);
    for (const form of forms) {
      const sentence = `认真学习贯彻${form}精神。`;
      expect(found(sentence), form).toContainEqual([form, id]);
    }
  });

  it.each(rows)('%s has an entry that names it, with its facts', (id, key) => {
    const e = getEntry(id)!;
    expect(e.event).toBeDefined();
    expect(e.event!.inTable).toBe(true);
    expect(e.verified).toBe(true);
    const row = EVENT_TABLE.find(
      (r) =>
        r.family === (key.family === 'five-year-period' ? 'five-year-plan' : key.family) &&
        r.number === key.number &&
        (r.session ?? 0) === (key.session ?? 0),
    )!;
    expect(e.event!.adopted).toEqual(row.adopted);
    if (row.start && !key.family.startsWith('five-year')) expect(e.event!.dates).toBe(formatDates(row.start, row.end));
    if (!row.start) expect(e.event!.start).toBeUndefined();
  });
});

describe('the recogniser in running text', () => {
  it('names the Sixth Plenum with its dates and resolution', () => {
    const e = getEntry('sixth-plenum-19th')!;
    expect(e.event).toMatchObject({
      name: 'Sixth Plenary Session of the 19th CPC Central Committee',
      dates: '8–11 Nov 2021',
    });
    expect(e.event!.adopted[0].en).toBe(
      'Resolution of the CPC Central Committee on the Major Achievements and Historical Experience of the Party over the Past Century',
    );
    expect(getEntry('cpc-plenum-20-3')!.event).toMatchObject({
      name: 'Third Plenary Session of the 20th CPC Central Committee',
      dates: '15–18 Jul 2024',
    });
  });

  it('reads a bare plenum as the term the article named, across paragraphs', () => {
    const scope = createMatchScope();
    expect(found('以党的十九届六中全会精神谋划今年的工会工作', scope)).toEqual([
      ['党的十九届六中全会', 'sixth-plenum-19th'],
    ]);
    expect(found('深入学习六中全会精神', scope)).toEqual([['六中全会', 'sixth-plenum-19th']]);
    expect(found('二十届三中全会召开后，各地学习三中全会精神', createMatchScope())).toEqual([
      ['二十届三中全会', 'cpc-plenum-20-3'],
      ['三中全会', 'cpc-plenum-20-3'],
    ]);
  });

  it('leaves a bare plenum alone when no term is known', () => {
    expect(found('深入学习六中全会精神')).toEqual([]);
  });

  it('counts a bare plenum in the article term list', () => {
    const terms = termsOf('以党的十九届六中全会精神谋划工作。\n\n\n学习六中全会精神。');
    expect(terms.find((t) => t.id === 'sixth-plenum-19th')?.count).toBe(2);
  });

  it('explains the period inside the plan, and lists both', () => {
    const [m] = match('编制十四五规划');
    expect(m.id).toBe('fourteenth-five-year-plan');
    expect(m.inner?.map((i) => [i.form, i.id])).toEqual([['十四五', 'five-year-period-14']]);
    expect(termsOf('编制十四五规划').map((t) => t.id)).toEqual(['fourteenth-five-year-plan', 'five-year-period-14']);
    expect(found('“十五五”时期')).toEqual([['十五五', 'five-year-period-15']]);
  });

  it('builds a name without dates for a well-formed number the table does not hold', () => {
    expect(found('十一届三中全会')).toEqual([['十一届三中全会', 'cpc-plenum-11-3']]);
    const e = getEntry('cpc-plenum-11-3')!;
    expect(e.renderings[0]).toMatchObject({
      en: 'Third Plenary Session of the 11th CPC Central Committee',
      status: 'project',
    });
    expect(e.verified).toBe(false);
    expect(e.event).toMatchObject({ inTable: false, adopted: [] });
    expect(e.event!.dates).toBeUndefined();
    expect(getEntry('cpc-plenum-11-99')).toBeUndefined();
    expect(getEntry('cpc-plenum-x')).toBeUndefined();
  });

  it('gives the pinyin of the Han characters of the printed form', () => {
    expect(match('19届6中全会')[0].pinyin).toBe('jiè zhōng quán huì');
    expect(match('十四届全国人大二次会议')[0].pinyin).toBe('shí sì jiè quán guó rén dà èr cì huì yì');
  });

  it.each([
    ['第二十大城市', '该市跻身全国第二十大城市之列。'],
    ['二十大城市', '全球二十大城市排名发布。'],
    ['十九大项目', '全省十九大项目集中开工。'],
    ['三十九大', '三十九大类商品价格回落。'],
    ['十四五岁', '十四五岁的少年正是长身体的时候。'],
    ['十四五个', '来了十四五个人。'],
    ['共青团的代表大会', '共青团第十九次全国代表大会开幕。'],
  ])('does not take %s for an event', (_label, text) => {
    expect(match(text).filter((m) => getEntry(m.id)?.event)).toEqual([]);
  });

  it('keeps the union congress apart from the Party congress', () => {
    expect(found('学习中国工会十八大精神')).toEqual([['中国工会十八大', 'union-congress-18']]);
  });
});
