/**
 * Glossary entries for numbered events: one per row of the event table (and one per five-year
 * period), and, for a well-formed number the table does not hold (二十届五中全会 before it is added),
 * an entry built from the number alone that says so.
 */
import { AS_OF, SRC } from '../entries/sources';
import type { EventFacts, GlossaryEntry, GlossaryKind } from '../types';
import { chineseNumber, eventPinyin, ordinal, ordinalWord } from './numerals';
import type { EventKey, EventKeyFamily } from './recognise';
import { EVENT_TABLE, type EventRow } from './table';

const ID_PREFIX: Record<EventKeyFamily, string> = {
  'party-congress': 'cpc-congress',
  'cc-plenum': 'cpc-plenum',
  'union-congress': 'union-congress',
  'npc-session': 'npc-session',
  'cppcc-session': 'cppcc-session',
  'npc-standing-committee': 'npc-standing-committee',
  'five-year-plan': 'five-year-plan',
  'five-year-period': 'five-year-period',
};

const sameKey = (r: { family: string; number: number; session?: number }, k: EventKey) =>
  r.family === k.family && r.number === k.number && (r.session ?? 0) === (k.session ?? 0);

/** The table row of an event (a period's row is its plan's). */
export function rowOf(key: EventKey): EventRow | undefined {
  const k: EventKey = key.family === 'five-year-period' ? { family: 'five-year-plan', number: key.number } : key;
  return EVENT_TABLE.find((r) => sameKey(r, k));
}

/** The entry id of an event: the hand-written entry's where the table names one, else a built one. */
export function eventId(key: EventKey): string {
  if (key.family !== 'five-year-period') {
    const row = rowOf(key);
    if (row?.entryId) return row.entryId;
  }
  return [ID_PREFIX[key.family], key.number, key.session].filter((x) => x !== undefined).join('-');
}

/** The event an id stands for, when it is an event id (built or hand-written). */
export function parseEventId(id: string): EventKey | undefined {
  const hand = EVENT_TABLE.find((r) => r.entryId === id);
  if (hand) return { family: hand.family, number: hand.number, session: hand.session };
  for (const [family, prefix] of Object.entries(ID_PREFIX) as [EventKeyFamily, string][]) {
    if (!id.startsWith(`${prefix}-`)) continue;
    const nums = id
      .slice(prefix.length + 1)
      .split('-')
      .map(Number);
    const two = family !== 'party-congress' && family !== 'union-congress' && !family.startsWith('five-year');
    if (nums.length !== (two ? 2 : 1) || nums.some((n) => !Number.isInteger(n))) return undefined;
    // The ranges the recogniser accepts: terms and plans 1–30, sessions 1–9 (Standing Committee sessions up to 99).
    const sessionMax = family === 'npc-standing-committee' ? 99 : 9;
    if (nums[0] < 1 || nums[0] > 30 || (two && (nums[1] < 1 || nums[1] > sessionMax))) return undefined;
    if (family === 'five-year-period' && (nums[0] < 11 || nums[0] > 19)) return undefined;
    const key: EventKey = two ? { family, number: nums[0], session: nums[1] } : { family, number: nums[0] };
    return eventId(key) === id ? key : undefined;
  }
  return undefined;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "8–11 Nov 2021", "25 Oct 2017", "Oct 2013", "2008", "30 Sep – 2 Oct 2025"; undefined without dates. */
export function formatDates(start?: string, end?: string): string | undefined {
  if (!start) return undefined;
  const part = (d: string) => {
    const [y, m, day] = d.split('-');
    return { y, m: m ? MONTHS[Number(m) - 1] : undefined, d: day ? String(Number(day)) : undefined };
  };
  const a = part(start);
  const one = (p: ReturnType<typeof part>) => [p.d, p.m, p.y].filter(Boolean).join(' ');
  if (!end || end === start) return one(a);
  const b = part(end);
  if (a.y === b.y && a.m === b.m && a.d && b.d) return `${a.d}–${b.d} ${a.m} ${a.y}`;
  return `${one(a)} – ${one(b)}`;
}

/** Years a five-year plan covers (the plans ran from 1953, with 1963–65 between the 2nd and 3rd). */
export function planYears(n: number): [number, number] {
  const start = n === 1 ? 1953 : n === 2 ? 1958 : 1966 + 5 * (n - 3);
  return [start, start + 4];
}

interface Shape {
  kind: GlossaryKind;
  name: string;
  headword: string;
  variants: string[];
  collocations: string[];
  example: string;
  by: string;
  related: string[];
  what: string;
}

function shape(key: EventKey): Shape {
  const n = key.number;
  const m = key.session ?? 0;
  const cn = chineseNumber(n);
  const cm = chineseNumber(m);
  switch (key.family) {
    case 'party-congress':
      return {
        kind: 'party-formula',
        name: `${ordinal(n)} National Congress of the Communist Party of China`,
        headword: `党的${cn}大`,
        variants: [`中国共产党第${cn}次全国代表大会`, `中共${cn}大`],
        collocations: [`学习贯彻党的${cn}大精神`],
        example: `深入学习贯彻党的${cn}大精神。`,
        by: 'CPC Central Committee (convened the congress)',
        related: ['xi-jinping-thought'],
        what: 'Party congresses meet every five years, elect the Central Committee and set the line for the next period.',
      };
    case 'cc-plenum':
      return {
        kind: 'party-formula',
        name: `${ordinalWord(m)} Plenary Session of the ${ordinal(n)} CPC Central Committee`,
        headword: `党的${cn}届${cm}中全会`,
        variants: [`${cn}届${cm}中全会`, `中共${cn}届${cm}中全会`, `${cn}届中央委员会第${cm}次全体会议`],
        collocations: [`学习贯彻党的${cn}届${cm}中全会精神`, `${cm}中全会精神`],
        example: `认真学习贯彻党的${cn}届${cm}中全会精神。`,
        by: `${ordinal(n)} CPC Central Committee`,
        related: [eventId({ family: 'party-congress', number: n })],
        what: `A full meeting of the Central Committee elected by the ${ordinal(n)} Party Congress. Once the article has named the term (${cn}届), the paper writes just ${cm}中全会, which is matched then.`,
      };
    case 'union-congress':
      return {
        kind: 'institution',
        name: `${ordinal(n)} National Congress of Chinese Trade Unions`,
        headword: `中国工会第${cn}次全国代表大会`,
        variants: [`中国工会${cn}大`],
        collocations: [`学习贯彻中国工会${cn}大精神`],
        example: `学习贯彻中国工会${cn}大精神。`,
        by: 'All-China Federation of Trade Unions',
        related: ['trade-union-congress', 'acftu'],
        what: 'The congress of the Chinese trade unions meets every five years, elects the ACFTU executive committee and amends the union constitution.',
      };
    case 'npc-session':
      return {
        kind: 'institution',
        name: `${ordinalWord(m)} Session of the ${ordinal(n)} National People's Congress`,
        headword: `${cn}届全国人大${cm}次会议`,
        variants: [`第${cn}届全国人民代表大会第${cm}次会议`],
        collocations: [`${cn}届全国人大${cm}次会议开幕`],
        example: `${cn}届全国人大${cm}次会议在北京开幕。`,
        by: "National People's Congress",
        related: ['npc', 'two-sessions', eventId({ family: 'cppcc-session', number: n, session: m })],
        what: 'The NPC meets in full once a year, normally in March, together with the CPPCC (全国两会).',
      };
    case 'cppcc-session':
      return {
        kind: 'institution',
        name: `${ordinalWord(m)} Session of the ${ordinal(n)} National Committee of the Chinese People's Political Consultative Conference`,
        headword: `全国政协${cn}届${cm}次会议`,
        variants: [`中国人民政治协商会议第${cn}届全国委员会第${cm}次会议`],
        collocations: [`全国政协${cn}届${cm}次会议闭幕`],
        example: `全国政协${cn}届${cm}次会议在北京开幕。`,
        by: "National Committee of the Chinese People's Political Consultative Conference",
        related: ['cppcc', 'two-sessions', eventId({ family: 'npc-session', number: n, session: m })],
        what: 'The CPPCC National Committee meets in full once a year, opening a day before the NPC session (全国两会).',
      };
    case 'npc-standing-committee':
      return {
        kind: 'institution',
        name: `${ordinal(m)} Session of the Standing Committee of the ${ordinal(n)} National People's Congress`,
        headword: `${cn}届全国人大常委会第${cm}次会议`,
        variants: [],
        collocations: [`${cn}届全国人大常委会第${cm}次会议审议`],
        example: `${cn}届全国人大常委会第${cm}次会议在北京举行。`,
        by: "Standing Committee of the National People's Congress",
        related: ['npc-standing-committee'],
        what: 'The Standing Committee meets about every two months and passes most national laws.',
      };
    case 'five-year-plan': {
      const [a, b] = planYears(n);
      const word = n >= 11 ? '规划' : '计划';
      return {
        kind: 'policy-programme',
        name: `${ordinal(n)} Five-Year Plan (${a}–${b})`,
        headword: `第${cn}个五年${word}`,
        variants: n >= 11 && n <= 19 ? [`十${chineseNumber(n - 10)}五${word}`] : [],
        collocations: [`编制“十${chineseNumber(n - 10)}五”规划`],
        example: `科学编制第${cn}个五年${word}。`,
        by: "CPC Central Committee (recommendations); National People's Congress (adoption)",
        related: n >= 11 && n <= 19 ? [eventId({ family: 'five-year-period', number: n })] : [],
        what: `The national plan for economic and social development for ${a}–${b}. From the 11th plan (2006) it is called 规划 instead of 计划.`,
      };
    }
    case 'five-year-period': {
      const [a, b] = planYears(n);
      return {
        kind: 'policy-programme',
        name: `${ordinal(n)} Five-Year Plan period (${a}–${b})`,
        headword: `十${chineseNumber(n - 10)}五`,
        variants: [],
        collocations: [`“十${chineseNumber(n - 10)}五”时期`],
        example: `“十${chineseNumber(n - 10)}五”时期经济社会发展的主要目标。`,
        by: "CPC Central Committee; National People's Congress",
        related: [eventId({ family: 'five-year-plan', number: n })],
        what: `The short name of the ${ordinal(n)} five-year plan and of its period, ${a}–${b}: 十 (ten) + ${chineseNumber(n - 10)} + 五 (five-year).`,
      };
    }
  }
}

/** The facts the tooltip and the glossary page show for an event. */
export function eventFacts(key: EventKey): EventFacts {
  const row = rowOf(key);
  const s = shape(key);
  const years = key.family.startsWith('five-year') ? planYears(key.number) : undefined;
  return {
    family: key.family,
    number: key.number,
    session: key.session,
    name: s.name,
    dates: years ? `${years[0]}–${years[1]}` : formatDates(row?.start, row?.end),
    start: row?.start,
    end: row?.end,
    adoptedOn: key.family.startsWith('five-year') ? formatDates(row?.start) : undefined,
    adopted: row?.adopted ?? [],
    fact: row?.fact,
    inTable: row !== undefined,
  };
}

/** A built entry for an event (a hand-written entry exists for rows with `entryId`; use that). */
export function buildEventEntry(key: EventKey): GlossaryEntry {
  const row = rowOf(key);
  const s = shape(key);
  const facts = eventFacts(key);
  const adopted = facts.adopted.map((d) => `《${d.zh}》 (${d.en})`).join('; ');
  const when = facts.adoptedOn ? `outline adopted ${facts.adoptedOn}` : facts.dates;
  const note = row
    ? [
        s.what,
        when ? `Dates: ${when}.` : 'Its dates are not given here: not established for this glossary.',
        adopted ? `Adopted: ${adopted}.` : '',
        facts.fact ?? '',
        'Recognised in Chinese numerals and Arabic digits.',
      ]
        .filter(Boolean)
        .join(' ')
    : `${s.what} Unverified: this meeting is not in the glossary's event table, so the name is built from its number and no dates or documents are given.`;
  const date =
    row?.end ??
    row?.start ??
    (key.family === 'five-year-plan' || key.family === 'five-year-period' ? '2025-10' : undefined);
  const variantPinyin = Object.fromEntries(s.variants.map((v) => [v, eventPinyin(v)]));
  return {
    id: eventId(key),
    headword: s.headword,
    pinyin: eventPinyin(s.headword),
    kind: s.kind,
    renderings: row
      ? [{ en: s.name, source: row.source === SRC.xinhua ? SRC.xinhua : row.source, date, status: 'official' }]
      : [{ en: s.name, source: SRC.project, status: 'project' }],
    gloss: facts.dates ? `${s.name}, ${facts.dates}.` : `${s.name}.`,
    note,
    origin: { by: s.by, date: row?.start ?? 'unknown' },
    collocations: s.collocations,
    example: s.example,
    exampleSource: 'constructed',
    related: s.related.filter((r) => r !== eventId(key)),
    variants: s.variants,
    variantPinyin: s.variants.length > 0 ? variantPinyin : undefined,
    event: facts,
    asOf: AS_OF,
    verified: row !== undefined,
  };
}

/** Every key the table holds, with the five-year periods (十一五 … 十五五), in table order. */
export function tableKeys(): EventKey[] {
  const keys: EventKey[] = [];
  for (const r of EVENT_TABLE) {
    keys.push({ family: r.family, number: r.number, session: r.session });
    if (r.family === 'five-year-plan' && r.number >= 11 && r.number <= 19)
      keys.push({ family: 'five-year-period', number: r.number });
  }
  return keys;
}
