/** Pinyin syllable forms: tone numbers ("zhong1", "lu:4", "de5") to tone marks, and 一/不 sandhi. */

const MARKS: Record<string, string> = {
  a: 'āáǎàa',
  e: 'ēéěèe',
  i: 'īíǐìi',
  o: 'ōóǒòo',
  u: 'ūúǔùu',
  ü: 'ǖǘǚǜü',
  A: 'ĀÁǍÀA',
  E: 'ĒÉĚÈE',
  I: 'ĪÍǏÌI',
  O: 'ŌÓǑÒO',
  U: 'ŪÚǓÙU',
  Ü: 'ǕǗǙǛÜ',
};

export type ToneStyle = 'marks' | 'numbers';

/** Splits "zhong1" into ["zhong", 1]; a syllable without a digit has tone 5 (neutral). */
export function splitTone(syllable: string): [string, number] {
  const last = syllable.charCodeAt(syllable.length - 1);
  if (last >= 49 && last <= 53) return [syllable.slice(0, -1), last - 48];
  return [syllable, 5];
}

/** Normalises CC-CEDICT spellings: "u:" and "v" become "ü". */
export function normalizeSyllable(syllable: string): string {
  return syllable.replace(/u:/g, 'ü').replace(/U:/g, 'Ü').replace(/v/g, 'ü').replace(/V/g, 'Ü');
}

/** "zhong1" → "zhōng", "lu:4" → "lǜ", "de5" → "de". Non-pinyin input is returned unchanged. */
export function numberedToMarks(numbered: string): string {
  const [base0, tone] = splitTone(numbered);
  const base = normalizeSyllable(base0);
  if (tone === 5) return base;
  const lower = base.toLowerCase();
  let at = lower.indexOf('a');
  if (at < 0) at = lower.indexOf('e');
  if (at < 0) at = lower.indexOf('ou');
  if (at < 0) {
    for (let i = lower.length - 1; i >= 0; i--) {
      if ('iouü'.includes(lower[i])) {
        at = i;
        break;
      }
    }
  }
  if (at < 0) {
    // Syllabic m/n/ng (e.g. "m2", "ng4"): leave the number off, keep the letters.
    return base;
  }
  const vowel = base[at];
  const marks = MARKS[vowel];
  if (!marks) return base;
  return base.slice(0, at) + marks[tone - 1] + base.slice(at + 1);
}

/** Returns the syllable in the requested style ("zhōng" or "zhong1"; neutral tone as "de" or "de5"). */
export function formatSyllable(numbered: string, style: ToneStyle): string {
  if (style === 'numbers') {
    const [base, tone] = splitTone(numbered);
    return normalizeSyllable(base) + tone;
  }
  return numberedToMarks(numbered);
}

/** Tone of a numbered syllable (1–5), 0 when it is not one. */
export function toneOf(numbered: string): number {
  return /[a-zü:]+[1-5]?$/i.test(numbered) ? splitTone(numbered)[1] : 0;
}

/**
 * Tone sandhi of 一 and 不 as spoken, over a sequence of (character, numbered syllable) pairs.
 * 不 bu4 → bu2 before a 4th tone; 一 yi1 → yi2 before a 4th tone, yi4 before 1st/2nd/3rd tones,
 * except where 一 is a number read in isolation: after 第 or another numeral, before a numeral,
 * 月 or the end.
 */
export function applySandhi(chars: string[], syllables: string[]): string[] {
  const out = syllables.slice();
  const numerals = '零〇一二三四五六七八九十百千万亿两第';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch !== '一' && ch !== '不') continue;
    if (ch === '不' && syllables[i] !== 'bu4') continue;
    if (ch === '一' && syllables[i] !== 'yi1') continue;
    const next = syllables[i + 1];
    const nextChar = chars[i + 1];
    if (!next || !nextChar) continue;
    const tone = toneOf(next);
    if (ch === '不') {
      if (tone === 4) out[i] = 'bu2';
      continue;
    }
    const prev = chars[i - 1];
    if (prev && numerals.includes(prev)) continue;
    if (numerals.includes(nextChar) || nextChar === '月' || nextChar === '号' || nextChar === '日') continue;
    if (tone === 4 || (tone === 5 && nextChar === '个')) out[i] = 'yi2';
    else if (tone >= 1 && tone <= 3) out[i] = 'yi4';
  }
  return out;
}

const MARKED: Record<string, [string, number]> = {};
for (const [plain, marks] of Object.entries(MARKS)) {
  for (let tone = 0; tone < 4; tone++) MARKED[marks[tone]] = [plain, tone + 1];
}

/** "zhōng" → "zhong1", "lǜ" → "lü4", "de" → "de5"; a syllable that already ends in a digit is kept. */
export function marksToNumbered(syllable: string): string {
  if (!syllable || /[1-5]$/.test(syllable)) return syllable;
  let tone = 5;
  let out = '';
  for (const ch of syllable) {
    const marked = MARKED[ch];
    if (marked) {
      out += marked[0];
      tone = marked[1];
    } else out += ch;
  }
  return out + tone;
}
