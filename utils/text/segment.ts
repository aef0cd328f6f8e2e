/**
 * Segmentation of running text in one linear pass: Han runs are split by the cheapest path through
 * the dictionary words (cost −ln p from corpus frequencies, one trie walk per position, bounded by the
 * longest headword), numbers, dates, Latin words, spaces and punctuation become their own tokens.
 */
import { COST_SCALE, NOT_A_WORD } from './dictionary-format';
import { NUMERAL_RUN_COST, UNKNOWN_COST } from './costs';
import { isDigit, isHanUnit, isHighSurrogate, isLatin, isLowSurrogate, isSpace } from './chars';
import type { Dictionary } from './dictionary';

export type TokenKind = 'han' | 'number' | 'date' | 'latin' | 'space' | 'punct';

/** A token as the segmenter emits it; annotate() fills in `pinyin` in place. */
export interface Segment {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  pinyin: string;
  /** Dictionary reference: trie node of the headword, or undefined. */
  entry: number | undefined;
  term?: string;
  /** Numbered reading decided before the reading step (a merged person name). */
  syllables?: string[];
}

/**
 * A new token. Every pass makes its tokens here, with all their fields in one order, so that all
 * tokens share one hidden class: the optimised code of the passes then expects one shape, and a
 * shape that only a call's tokens had does not die with them at the next collection (which would
 * discard that code, and the next call would run unoptimised while it is made again).
 */
export function segmentOf(
  text: string,
  start: number,
  end: number,
  kind: TokenKind,
  entry: number | undefined,
  syllables?: string[],
): Segment {
  return { text, start, end, kind, pinyin: '', entry, term: undefined, syllables };
}

const tok = (text: string, start: number, end: number, kind: TokenKind, entry: number | undefined): Segment =>
  segmentOf(text.slice(start, end), start, end, kind, entry);

const UNKNOWN = Math.round(UNKNOWN_COST * COST_SCALE);
/** Chinese numerals; a run of them is one number (三十五, 二〇二四, 一百二十万). */
const NUMERALS = '〇零一二三四五六七八九十百千万亿两';
const NUMERAL_MARKS = '〇零十百千万亿';
/** Code unit → 1 for a numeral, 2 for a numeral that marks a number (十, 〇): no string per character. */
const NUMERAL_CLASS = new Uint8Array(65536);
for (const ch of NUMERALS) NUMERAL_CLASS[ch.charCodeAt(0)] = NUMERAL_MARKS.includes(ch) ? 2 : 1;
/** Split cost of a numeral run: as cheap as a common word, so no dictionary word swallows a digit of it. */
const NUMERAL_COST = Math.round(NUMERAL_RUN_COST * COST_SCALE);

/**
 * End of the numeral run starting at `i` when it reads as a number (two or more numerals with a
 * 十/百/千/万/〇, or three or more digits like 一九四九), a year with 年 included (二〇二四年); else −1.
 */
function numeralRunEnd(text: string, i: number, e: number): number {
  let k = i;
  let marks = 0;
  while (k < e && NUMERAL_CLASS[text.charCodeAt(k)]) {
    if (NUMERAL_CLASS[text.charCodeAt(k)] === 2) marks++;
    k++;
  }
  const n = k - i;
  const decimal = decimalEnd(text, i, k, e);
  if (decimal > 0) return decimal;
  if (n < 2 || (marks === 0 && n < 3) || (n === 2 && text[i] === text[i + 1])) return -1;
  if (k < e && text[k] === '年' && n === 4 && marks <= 1) return k + 1;
  // 三百万 | 千瓦, 两亿 | 千米: no number ends in 万千 or 亿千; the 千 is the unit's (kilo-).
  if (
    n > 2 &&
    k < e &&
    text[k - 1] === '千' &&
    KILO_UNITS.includes(text[k]) &&
    (text[k - 2] === '万' || text[k - 2] === '亿')
  )
    return k - 1;
  return k;
}
/** Digits after the 点 of a decimal (六点五, 零点一, 九十九点八). */
const DECIMAL_DIGITS = '〇零一二三四五六七八九';
/**
 * After a decimal's digits, what makes them a time (五点零五分, 八点一刻, 五点三十分) or an idiom (一点一滴,
 * 两点一线).
 */
const NOT_DECIMAL_AFTER = '分刻秒钟滴线面十百千万亿';

/**
 * End of a decimal written out whose whole part is text[i, k) (百分之五点零, 下降零点一个百分点, 五点一级),
 * or −1: 点 and at least one digit, and after them no 分 or 刻 of a time of day.
 */
function decimalEnd(text: string, i: number, k: number, e: number): number {
  if (k + 1 >= e || text[k] !== '点' || !DECIMAL_DIGITS.includes(text[k + 1])) return -1;
  if (text.slice(i, k).includes('两')) return -1;
  let d = k + 1;
  while (d < e && DECIMAL_DIGITS.includes(text[d])) d++;
  if (d < e && NOT_DECIMAL_AFTER.includes(text[d])) return -1;
  return d;
}
/** What 千 makes a unit of (千瓦 kilowatt, 千米, 千克, 千帕, 千赫, 千焦, 千卡). */
const KILO_UNITS = '瓦米克帕赫焦卡';
const DATE_UNITS = '年月日号';
const ORDINAL = '第'.charCodeAt(0);

export class Segmenter {
  private best = new Int32Array(256);
  private nextEnd = new Int32Array(256);
  private nextNode = new Int32Array(256);
  /**
   * Texts of tokens met before, by trie node (a headword's text is its path from the root) or by
   * code unit (one character): a token shares the string instead of slicing its own copy. Saves an
   * allocation per token, and hashing it (already hashed strings) in every later lookup. Maps, not
   * arrays of the trie's size: a 280,000-slot array costs the engine's start-up more than the
   * lookups it would save.
   */
  private readonly nodeTexts = new Map<number, string>();
  private readonly charTexts = new Map<number, string>();

  constructor(private readonly dict: Dictionary) {}

  /** text.slice(start, end), shared with earlier tokens of the same headword (`node` > 0) or character. */
  private textOf(text: string, start: number, end: number, node: number): string {
    if (node > 0) {
      let s = this.nodeTexts.get(node);
      if (s === undefined) this.nodeTexts.set(node, (s = text.slice(start, end)));
      return s;
    }
    if (end - start !== 1) return text.slice(start, end);
    const c = text.charCodeAt(start);
    let s = this.charTexts.get(c);
    if (s === undefined) this.charTexts.set(c, (s = text[start]));
    return s;
  }

  segment(text: string, from = 0, to = text.length, out: Segment[] = []): Segment[] {
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (isHanUnit(c)) {
        let j = i + 1;
        while (j < to && (isHanUnit(text.charCodeAt(j)) || isLowSurrogate(text.charCodeAt(j)))) j++;
        this.segmentHan(text, i, j, out);
        i = j;
      } else if (isDigit(c)) {
        i = this.number(text, i, to, out);
      } else if (isLatin(c)) {
        let j = i + 1;
        while (j < to) {
          const d = text.charCodeAt(j);
          if (isLatin(d) || isDigit(d)) j++;
          else if ((d === 0x27 || d === 0x2d || d === 0x2e) && j + 1 < to && isLatin(text.charCodeAt(j + 1))) j += 2;
          else break;
        }
        out.push(tok(text, i, j, 'latin', undefined));
        i = j;
      } else if (isSpace(c)) {
        let j = i + 1;
        while (j < to && isSpace(text.charCodeAt(j))) j++;
        out.push(tok(text, i, j, 'space', undefined));
        i = j;
      } else {
        let j = i + (isHighSurrogate(c) && i + 1 < to ? 2 : 1);
        // Runs of one mark (……, ——) stay one token.
        if (c === 0x2026 || c === 0x2014 || c === 0x2500) while (j < to && text.charCodeAt(j) === c) j++;
        out.push(segmentOf(this.textOf(text, i, j, -1), i, j, 'punct', undefined));
        i = j;
      }
    }
    return out;
  }

  /** A number (1,234.5 / 55.4% / 3:30), or a date like 2022年3月25日, 4月28日, 6月. */
  private number(text: string, i: number, to: number, out: Segment[]): number {
    const digitsEnd = (k: number) => {
      while (k < to && isDigit(text.charCodeAt(k))) k++;
      return k;
    };
    // Date: 4-digit year + 年, month 1–12 + 月, day 1–31 + 日/号 after a month.
    let k = i;
    let dateEnd = -1;
    let sawMonth = false;
    for (;;) {
      const e = digitsEnd(k);
      if (e === k || e >= to) break;
      const unit = text[e];
      const n = Number(text.slice(k, e).replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
      const len = e - k;
      if (unit === '年' && len === 4 && dateEnd < 0) {
        dateEnd = k = e + 1;
      } else if (unit === '月' && len <= 2 && n >= 1 && n <= 12 && !sawMonth) {
        dateEnd = k = e + 1;
        sawMonth = true;
      } else if ((unit === '日' || unit === '号') && len <= 2 && n >= 1 && n <= 31 && sawMonth) {
        dateEnd = k = e + 1;
        break;
      } else break;
      if (!DATE_UNITS.includes(text[k - 1])) break;
    }
    if (dateEnd > 0) {
      out.push(tok(text, i, dateEnd, 'date', undefined));
      return dateEnd;
    }
    let j = digitsEnd(i);
    while (j + 1 < to && ',.:，．'.includes(text[j]) && isDigit(text.charCodeAt(j + 1))) {
      // "1,234" and "55.4", but not "1，2" with a CJK comma followed by more than 3 digits
      if (text[j] === '，') break;
      j = digitsEnd(j + 1);
    }
    if (j < to && '%％‰'.includes(text[j])) j++;
    // 120万, 3.5亿, 2万亿: the magnitude belongs to the number (120万 | 千瓦, not 120 | 万千 | 瓦).
    else while (j < to && (text[j] === '万' || text[j] === '亿') && j - i < 24) j++;
    out.push(tok(text, i, j, 'number', undefined));
    return j;
  }

  private segmentHan(text: string, s: number, e: number, out: Segment[]): void {
    const n = e - s;
    if (this.best.length < n + 1) {
      const size = Math.max(n + 1, this.best.length * 2);
      this.best = new Int32Array(size);
      this.nextEnd = new Int32Array(size);
      this.nextNode = new Int32Array(size);
    }
    const best = this.best;
    const nextEnd = this.nextEnd;
    const nextNode = this.nextNode;
    const dict = this.dict;
    const { tcost, tkids, tcode } = dict.core;
    const rootIndex = dict.rootIndex;
    best[n] = 0;
    for (let i = e - 1; i >= s; i--) {
      const r = i - s;
      const c0 = text.charCodeAt(i);
      if (isLowSurrogate(c0) && i > s && isHighSurrogate(text.charCodeAt(i - 1))) {
        best[r] = 0x3fffffff;
        continue;
      }
      const step = isHighSurrogate(c0) && i + 1 < e ? 2 : 1;
      let bestCost = UNKNOWN + best[r + step];
      let bestEnd = i + step;
      let bestNode = -1;
      if (NUMERAL_CLASS[c0]) {
        const k = numeralRunEnd(text, i, e);
        if (k > 0 && NUMERAL_COST + best[k - s] < bestCost) {
          bestCost = NUMERAL_COST + best[k - s];
          bestEnd = k;
        }
      } else if (
        c0 === ORDINAL &&
        i + 1 < e &&
        NUMERAL_CLASS[text.charCodeAt(i + 1)] &&
        numeralRunEnd(text, i + 1, e) > 0
      ) {
        // 第 before a number of several numerals is the ordinal prefix: 第 | 二十 | 个, 第 | 一百 (not
        // 第二 | 十, 第一 | 百). The path through the number is taken whatever the words after 第 cost.
        const own = rootIndex[c0] >= 0 && tcost[rootIndex[c0]] !== NOT_A_WORD ? rootIndex[c0] : -1;
        best[r] = (own > 0 ? tcost[own] : UNKNOWN) + best[r + 1];
        nextEnd[r] = i + 1;
        nextNode[r] = own;
        continue;
      }
      let node = rootIndex[c0];
      let j = i;
      while (node >= 0) {
        j++;
        const cost = tcost[node];
        if (cost !== NOT_A_WORD && (j >= e || !isLowSurrogate(text.charCodeAt(j)))) {
          const total = cost + best[j - s];
          if (total <= bestCost) {
            bestCost = total;
            bestEnd = j;
            bestNode = node;
          }
        }
        if (j >= e) break;
        // child lookup, inlined
        const code = text.charCodeAt(j);
        let lo = tkids[node];
        let hi = tkids[node + 1] - 1;
        node = -1;
        if (hi - lo < 8) {
          for (; lo <= hi; lo++)
            if (tcode[lo] === code) {
              node = lo;
              break;
            }
        } else {
          while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            const v = tcode[mid];
            if (v === code) {
              node = mid;
              break;
            }
            if (v < code) lo = mid + 1;
            else hi = mid - 1;
          }
        }
      }
      best[r] = bestCost;
      nextEnd[r] = bestEnd;
      nextNode[r] = bestNode;
    }
    for (let i = s; i < e;) {
      const r = i - s;
      const end = nextEnd[r];
      // AABB reduplication of a word AB (清清楚楚), split by the costs as A|AB|B: one token.
      if (
        end === i + 1 &&
        end < e &&
        nextEnd[r + 1] === i + 3 &&
        nextEnd[r + 3] === i + 4 &&
        nextNode[r + 1] > 0 &&
        text.charCodeAt(i) === text.charCodeAt(i + 1) &&
        text.charCodeAt(i + 2) === text.charCodeAt(i + 3) &&
        text.charCodeAt(i) !== text.charCodeAt(i + 2)
      ) {
        out.push(tok(text, i, i + 4, 'han', nextNode[r + 1]));
        i += 4;
        continue;
      }
      const node = nextNode[r] > 0 ? nextNode[r] : undefined;
      out.push(segmentOf(this.textOf(text, i, end, node ?? -1), i, end, 'han', node));
      i = end;
    }
  }
}

/**
 * A suffix taken by a word that the split left short: the plural 们 (工 | 人们 → 工人 | 们) and the
 * erhua 儿 (钻 | 劲儿 → 钻劲 | 儿, where 钻 alone would read zuàn, in 钻劲 zuān). A token X们 or X儿
 * after a one-character token P becomes PX | 们 (儿) when PX is a headword and PX们 (PX儿) is not.
 */
const MEN = '们'.charCodeAt(0);
const ER = '儿'.charCodeAt(0);

export function splitSuffixes(tokens: Segment[], dict: Dictionary): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const p = tokens[i - 1];
    if (t.kind !== 'han' || p.kind !== 'han' || t.text.length !== 2 || p.text.length !== 1) continue;
    const suffix = t.text.charCodeAt(1);
    if (suffix !== MEN && suffix !== ER) continue;
    const node = dict.nodeOf(p.text + t.text[0]);
    if (node <= 0 || dict.nodeOf(p.text + t.text) > 0) continue;
    const mid = p.end + 1;
    const rest = t.text[1];
    // Two tokens for two: replaced in place (no splice).
    tokens[i - 1] = segmentOf(p.text + t.text[0], p.start, mid, 'han', node);
    tokens[i] = segmentOf(rest, mid, t.end, 'han', dict.nodeOf(rest) > 0 ? dict.nodeOf(rest) : undefined);
  }
}
