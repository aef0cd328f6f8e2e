/**
 * Zhuyin (bopomofo) from a numbered pinyin syllable: the same per-word reading the reader shows in
 * pinyin, drawn in another script ("lao2" → "ㄌㄠˊ", "de5" → "˙ㄉㄜ"). The neutral tone keeps its
 * dot; tone 1 has no mark. Anything that is not a pinyin syllable comes back unchanged.
 */
import { normalizeSyllable, splitTone } from '../text/tone';

const INITIALS: [string, string][] = [
  ['zh', 'ㄓ'],
  ['ch', 'ㄔ'],
  ['sh', 'ㄕ'],
  ['b', 'ㄅ'],
  ['p', 'ㄆ'],
  ['m', 'ㄇ'],
  ['f', 'ㄈ'],
  ['d', 'ㄉ'],
  ['t', 'ㄊ'],
  ['n', 'ㄋ'],
  ['l', 'ㄌ'],
  ['g', 'ㄍ'],
  ['k', 'ㄎ'],
  ['h', 'ㄏ'],
  ['j', 'ㄐ'],
  ['q', 'ㄑ'],
  ['x', 'ㄒ'],
  ['r', 'ㄖ'],
  ['z', 'ㄗ'],
  ['c', 'ㄘ'],
  ['s', 'ㄙ'],
];

const FINALS: Record<string, string> = {
  a: 'ㄚ',
  o: 'ㄛ',
  e: 'ㄜ',
  ê: 'ㄝ',
  ai: 'ㄞ',
  ei: 'ㄟ',
  ao: 'ㄠ',
  ou: 'ㄡ',
  an: 'ㄢ',
  en: 'ㄣ',
  ang: 'ㄤ',
  eng: 'ㄥ',
  er: 'ㄦ',
  i: 'ㄧ',
  ia: 'ㄧㄚ',
  io: 'ㄧㄛ',
  ie: 'ㄧㄝ',
  iai: 'ㄧㄞ',
  iao: 'ㄧㄠ',
  iu: 'ㄧㄡ',
  iou: 'ㄧㄡ',
  ian: 'ㄧㄢ',
  in: 'ㄧㄣ',
  iang: 'ㄧㄤ',
  ing: 'ㄧㄥ',
  iong: 'ㄩㄥ',
  u: 'ㄨ',
  ua: 'ㄨㄚ',
  uo: 'ㄨㄛ',
  uai: 'ㄨㄞ',
  ui: 'ㄨㄟ',
  uei: 'ㄨㄟ',
  uan: 'ㄨㄢ',
  un: 'ㄨㄣ',
  uen: 'ㄨㄣ',
  uang: 'ㄨㄤ',
  ong: 'ㄨㄥ',
  ueng: 'ㄨㄥ',
  ü: 'ㄩ',
  üe: 'ㄩㄝ',
  üan: 'ㄩㄢ',
  ün: 'ㄩㄣ',
};

/** y- and w- spellings written as the finals they stand for. */
const Y_W: Record<string, string> = {
  yi: 'i',
  ya: 'ia',
  yo: 'io',
  ye: 'ie',
  yai: 'iai',
  yao: 'iao',
  you: 'iou',
  yan: 'ian',
  yin: 'in',
  yang: 'iang',
  ying: 'ing',
  yong: 'iong',
  yu: 'ü',
  yue: 'üe',
  yuan: 'üan',
  yun: 'ün',
  wu: 'u',
  wa: 'ua',
  wo: 'uo',
  wai: 'uai',
  wei: 'uei',
  wan: 'uan',
  wen: 'uen',
  wang: 'uang',
  weng: 'ueng',
};

const TONE_MARKS = ['', '', 'ˊ', 'ˇ', 'ˋ'];

function rhymeOf(body: string): string | undefined {
  if (body in Y_W) return FINALS[Y_W[body]];
  for (const [latin, zhuyin] of INITIALS) {
    if (!body.startsWith(latin)) continue;
    let final = body.slice(latin.length);
    // zhi chi shi ri zi ci si: the initial alone.
    if (final === 'i' && /^(zh|ch|sh|r|z|c|s)$/.test(latin)) return zhuyin;
    // After j, q, x, "u" is ü.
    if (/^[jqx]$/.test(latin) && final.startsWith('u')) final = 'ü' + final.slice(1);
    const rest = FINALS[final];
    return rest === undefined ? undefined : zhuyin + rest;
  }
  return FINALS[body];
}

/** "lao2" → "ㄌㄠˊ", "zhe3" → "ㄓㄜˇ", "de5" → "˙ㄉㄜ", "huar1" → "ㄏㄨㄚㄦ". */
export function toZhuyin(numbered: string): string {
  const [base, tone] = splitTone(numbered);
  let body = normalizeSyllable(base).toLowerCase();
  let erhua = '';
  if (body.length > 2 && body.endsWith('r') && body !== 'er') {
    const without = body.slice(0, -1);
    if (rhymeOf(without) !== undefined) {
      body = without;
      erhua = 'ㄦ';
    }
  }
  if (body === 'r') return tone === 5 ? 'ㄦ' : 'ㄦ' + TONE_MARKS[tone];
  const rhyme = rhymeOf(body);
  if (rhyme === undefined) return numbered;
  return tone === 5 ? `˙${rhyme}${erhua}` : `${rhyme}${TONE_MARKS[tone]}${erhua}`;
}
