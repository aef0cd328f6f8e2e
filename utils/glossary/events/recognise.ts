/**
 * The recogniser for numbered events: Party congresses (党的二十大, 中国共产党第二十次全国代表大会),
 * plenary sessions (十九届六中全会, 二十届中央委员会第三次全体会议, and a bare 六中全会 once the
 * article has named the term), trade-union congresses (中国工会第十八次全国代表大会, 中国工会十八大),
 * NPC and CPPCC sessions (十四届全国人大二次会议, 全国政协十四届二次会议), five-year plans (十四五,
 * “十四五”规划, 第十五个五年规划). Numbers in Chinese numerals or Arabic digits.
 *
 * It works on the matcher's compact text (folded, whitespace removed) and returns spans in it.
 */
import { parseNumber } from './numerals';

export type EventKeyFamily =
  | 'party-congress'
  | 'cc-plenum'
  | 'union-congress'
  | 'npc-session'
  | 'cppcc-session'
  | 'npc-standing-committee'
  | 'five-year-plan'
  | 'five-year-period';

export interface EventKey {
  family: EventKeyFamily;
  number: number;
  session?: number;
}

export interface EventSpan {
  /** Offsets in the compact text, end exclusive. */
  start: number;
  end: number;
  key: EventKey;
}

/** What one article has named so far: the Central Committee term a bare M中全会 belongs to. */
export interface EventScope {
  ccTerm?: number;
}

const N = '([一二三四五六七八九十]{1,3}|\\d{1,2})';
/** Not inside a longer number, not after 第 (第二十大城市: the twentieth-largest city). */
const FREE = '(?<![一二三四五六七八九十百千万零〇两第\\d])';
const PARTY = '(中国共产党|中共|党的)';

const RE = {
  plenum: new RegExp(`${FREE}${PARTY}?第?${N}届(?:(?:中央委员会|中央)第?${N}次全体会议|${N}中全会)`, 'g'),
  barePlenum: new RegExp(`${FREE}([一二三四五六七八九])中全会`, 'g'),
  congressFull: new RegExp(`${PARTY}第${N}次全国代表大会`, 'g'),
  congressShort: new RegExp(`${FREE}${PARTY}?${N}大`, 'g'),
  union: new RegExp(`中国工会(?:第${N}次全国代表大会|${N}大)`, 'g'),
  npc: new RegExp(
    `${FREE}第?${N}届全国(?:人大|人民代表大会)(常委会|常务委员会)?第?${N}次会议|全国人大${N}届${N}次会议`,
    'g',
  ),
  cppcc: new RegExp(
    `全国政协${N}届${N}次会议|${FREE}第?${N}届全国政协第?${N}次会议|(?:中国人民政治协商会议|全国政协|政协)第${N}届全国委员会第${N}次会议`,
    'g',
  ),
  planFull: new RegExp(`${FREE}第${N}个五年(规划|计划)(纲要)?`, 'g'),
  planShort: new RegExp(`${FREE}十([一二三四五六七八九])五(规划|计划)?(纲要)?`, 'g'),
};

/** Characters after a bare 十九大 that show it is the congress (代表, 精神, 报告, 以来 …), not 十九大项目. */
const AFTER_BARE_CONGRESS = new Set([
  ...'代报精以党胜召开闭期前后上的和与及提作强明确部修通选主新决要重是为将已对时当、，。；：！？”’）》】 ",.;:!?)\n',
]);
/** Characters after a bare 十四五 that make it a count (十四五岁, 十四五个人), not the plan. */
const COUNTERS = new Set([
  ...'岁个名人位分天年月日号元斤米里次层户家件条只本张台辆公千万百亿倍成届一二三四五六七八九十',
]);

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : parseNumber(s);
}

const inRange = (n: number | undefined, lo: number, hi: number): n is number => n !== undefined && n >= lo && n <= hi;

/** Every numbered event in the compact text, in order; `scope` carries the named CC term across calls. */
export function recogniseEvents(cs: string, scope: EventScope = {}): EventSpan[] {
  // Cheap gate: every form contains one of these characters.
  if (!/[会大五]/.test(cs)) return [];
  const found: (EventSpan & { term?: number; bare?: boolean })[] = [];
  const push = (m: RegExpExecArray, key: EventKey, extra: { term?: number; bare?: boolean } = {}) =>
    found.push({ start: m.index, end: m.index + m[0].length, key, ...extra });

  for (const m of cs.matchAll(RE.plenum)) {
    const term = num(m[2]);
    const session = num(m[3] ?? m[4]);
    if (inRange(term, 1, 30) && inRange(session, 1, 9))
      push(m, { family: 'cc-plenum', number: term, session }, { term });
  }
  for (const m of cs.matchAll(RE.barePlenum)) {
    push(m, { family: 'cc-plenum', number: 0, session: num(m[1])! }, { bare: true });
  }
  for (const m of cs.matchAll(RE.congressFull)) {
    const n = num(m[2]);
    if (inRange(n, 1, 30)) push(m, { family: 'party-congress', number: n });
  }
  for (const m of cs.matchAll(RE.congressShort)) {
    const prefixed = m[1] !== undefined;
    const n = num(m[2]);
    if (!prefixed) {
      // Bare: Chinese numerals 十一 … 二十九 only, followed by what a congress is followed by.
      if (!/^[一二三四五六七八九十]+$/.test(m[2]) || !inRange(n, 11, 29)) continue;
      const after = cs[m.index + m[0].length];
      if (after !== undefined && !AFTER_BARE_CONGRESS.has(after)) continue;
      // 中国工会十八大 is the union's congress (handled below).
      if (cs.endsWith('中国工会', m.index)) continue;
    } else if (!inRange(n, 1, 30)) continue;
    push(m, { family: 'party-congress', number: n! });
  }
  for (const m of cs.matchAll(RE.union)) {
    const n = num(m[1] ?? m[2]);
    if (inRange(n, 1, 30)) push(m, { family: 'union-congress', number: n });
  }
  for (const m of cs.matchAll(RE.npc)) {
    const standing = m[2] !== undefined;
    const term = num(m[1] ?? m[4]);
    const session = num(m[3] ?? m[5]);
    if (!inRange(term, 1, 30) || !inRange(session, 1, standing ? 99 : 9)) continue;
    push(m, { family: standing ? 'npc-standing-committee' : 'npc-session', number: term, session });
  }
  for (const m of cs.matchAll(RE.cppcc)) {
    const term = num(m[1] ?? m[3] ?? m[5]);
    const session = num(m[2] ?? m[4] ?? m[6]);
    if (inRange(term, 1, 30) && inRange(session, 1, 9)) push(m, { family: 'cppcc-session', number: term, session });
  }
  for (const m of cs.matchAll(RE.planFull)) {
    const n = num(m[1]);
    if (inRange(n, 1, 30)) push(m, { family: 'five-year-plan', number: n });
  }
  for (const m of cs.matchAll(RE.planShort)) {
    const n = 10 + parseNumber(m[1])!;
    const abbrev = 3;
    if (m[2] !== undefined) {
      push(m, { family: 'five-year-plan', number: n });
      // The period inside the plan's name (十四五规划 → 十四五).
      found.push({ start: m.index, end: m.index + abbrev, key: { family: 'five-year-period', number: n } });
      continue;
    }
    const after = cs[m.index + abbrev];
    if (after !== undefined && COUNTERS.has(after)) continue;
    found.push({ start: m.index, end: m.index + abbrev, key: { family: 'five-year-period', number: n } });
  }

  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: EventSpan[] = [];
  for (const f of found) {
    if (f.term !== undefined) scope.ccTerm = f.term;
    if (f.bare) {
      // A bare 六中全会 inside a longer form already found is not a second event.
      if (out.some((o) => o.start <= f.start && o.end >= f.end)) continue;
      if (scope.ccTerm === undefined) continue;
      out.push({ start: f.start, end: f.end, key: { ...f.key, number: scope.ccTerm } });
      continue;
    }
    out.push({ start: f.start, end: f.end, key: f.key });
  }
  return out;
}
