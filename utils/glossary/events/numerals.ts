/** Chinese numerals (一 … 九十九) and Arabic digits, as the paper writes the numbers of meetings and plans. */

const DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** The value of 1–99 written in Chinese numerals (十四, 二十, 二十一) or Arabic digits (14); else undefined. */
export function parseNumber(s: string): number | undefined {
  if (/^\d{1,3}$/.test(s)) {
    const n = Number(s);
    return n > 0 ? n : undefined;
  }
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s.length === 0) return undefined;
  const [, tens, ten, units] = m;
  if (!ten) return tens && !units ? DIGIT[tens] : undefined;
  return (tens ? DIGIT[tens] : 1) * 10 + (units ? DIGIT[units] : 0);
}

/** 1–99 in Chinese numerals, the way the paper writes them: 14 → 十四, 20 → 二十, 21 → 二十一. */
export function chineseNumber(n: number): string {
  if (n < 10) return CN[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : CN[tens]}十${CN[n % 10]}`;
}

const ORD_WORDS = ['', 'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];

/** 1 → "1st", 12 → "12th", 22 → "22nd". */
export function ordinal(n: number): string {
  const r100 = n % 100;
  const r10 = n % 10;
  const suffix = r100 >= 11 && r100 <= 13 ? 'th' : r10 === 1 ? 'st' : r10 === 2 ? 'nd' : r10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** 6 → "Sixth" (up to ten; then the numeric ordinal). */
export function ordinalWord(n: number): string {
  return ORD_WORDS[n] ?? ordinal(n);
}

/** Fixed readings of every character the numbered-event forms use (none of them is read two ways there). */
const READING: Record<string, string> = {
  一: 'yī',
  二: 'èr',
  三: 'sān',
  四: 'sì',
  五: 'wǔ',
  六: 'liù',
  七: 'qī',
  八: 'bā',
  九: 'jiǔ',
  十: 'shí',
  中: 'zhōng',
  国: 'guó',
  共: 'gòng',
  产: 'chǎn',
  党: 'dǎng',
  的: 'de',
  第: 'dì',
  届: 'jiè',
  全: 'quán',
  会: 'huì',
  次: 'cì',
  代: 'dài',
  表: 'biǎo',
  大: 'dà',
  央: 'yāng',
  委: 'wěi',
  员: 'yuán',
  体: 'tǐ',
  议: 'yì',
  工: 'gōng',
  人: 'rén',
  民: 'mín',
  政: 'zhèng',
  协: 'xié',
  治: 'zhì',
  商: 'shāng',
  个: 'gè',
  年: 'nián',
  规: 'guī',
  划: 'huà',
  计: 'jì',
  纲: 'gāng',
  要: 'yào',
  常: 'cháng',
  两: 'liǎng',
};

/** Pinyin of an event form: one syllable per Han character, digits and other characters skipped. */
export function eventPinyin(form: string): string {
  const out: string[] = [];
  for (const ch of form) {
    if (/\p{Script=Han}/u.test(ch)) out.push(READING[ch] ?? '');
  }
  return out.join(' ');
}

/** True when every Han character of the form has a reading above. */
export function hasReadings(form: string): boolean {
  for (const ch of form) if (/\p{Script=Han}/u.test(ch) && !READING[ch]) return false;
  return true;
}
