/**
 * Build time: the transliteration character class (utils/text/transliteration.ts) from CC-CEDICT's
 * foreign names. A foreign name is a proper-noun headword (capitalised pinyin) whose English is just
 * a name (Zelenskyy, Kaspersky, Auschwitz) that does not spell the headword's pinyin (a Chinese name
 * does: 黄陂 Huangpi). For every character: the share of the headwords holding it that are foreign
 * names, and its commonest reading in them (勒 lè in 钱德勒, 缪 miù in 缪尔).
 */
import type { SourceEntry } from './build-assets';

const NAME = /^[A-Z][\p{L}'-]+(?: (?:de |von |van |al-|la |le )?[A-Z][\p{L}'-]+){0,3}$/u;
const NOT_A_PERSON_OR_PLACE =
  /Department|University|Group|Company|Party|Committee|Bank|Province|Ministry|Association|Institute|Bureau|Office|Council|Academy|Agency|Corporation|School|College|Temple|Daily|News|Press|Army|Republic|Kingdom|Union|Federation|League|Hall|Station|Mountain|Lake|River|Bay|Island|Road|Street|Bridge|Palace/;
const toneless = (s: string) =>
  s
    .replace(/[1-5]/g, '')
    .replace(/u:/g, 'u')
    .replace(/[\s·,'-]/g, '')
    .toLowerCase();

/** Minimum number of foreign names a character must appear in to be scored. */
export const TRANSLIT_MIN_NAMES = 2;

export function isForeignName(e: SourceEntry): boolean {
  const chars = [...e.simplified];
  if (chars.length < 2 || !/^[A-Z]/.test(e.pinyin) || e.pinyin.split(' ').length !== chars.length) return false;
  const head = (e.definitions[0] ?? '').split(/[(;,]/)[0].trim();
  if (!NAME.test(head) || NOT_A_PERSON_OR_PLACE.test(head)) return false;
  const py = toneless(e.pinyin);
  const en = toneless(head);
  return !(en.startsWith(py.slice(0, 4)) || py.startsWith(en.slice(0, 4)));
}

/**
 * `chars[i]` has score `scores[i]` (the foreign share in tenths, 0–9) and reading `readings` word i
 * (numbered) in foreign names.
 */
export function transliterationChars(entries: readonly SourceEntry[]): {
  chars: string;
  scores: string;
  readings: string;
} {
  const total = new Map<string, number>();
  const foreign = new Map<string, Map<string, number>>();
  for (const e of entries) {
    const chars = [...e.simplified];
    for (const ch of new Set(chars)) total.set(ch, (total.get(ch) ?? 0) + 1);
    if (!isForeignName(e)) continue;
    const syl = e.pinyin.toLowerCase().replace(/u:/g, 'ü').split(' ');
    chars.forEach((ch, k) => {
      if (!/^\p{Script=Han}$/u.test(ch) || !/^[a-zü]+[1-5]$/.test(syl[k])) return;
      const m = foreign.get(ch) ?? new Map<string, number>();
      m.set(syl[k], (m.get(syl[k]) ?? 0) + 1);
      foreign.set(ch, m);
    });
  }
  let chars = '';
  const scores: number[] = [];
  const readings: string[] = [];
  for (const [ch, m] of [...foreign].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let n = 0;
    let best = '';
    let bestN = 0;
    for (const [r, c] of m) {
      n += c;
      if (c > bestN) [best, bestN] = [r, c];
    }
    if (n < TRANSLIT_MIN_NAMES) continue;
    chars += ch;
    scores.push(Math.min(9, Math.floor((10 * n) / (total.get(ch) ?? n))));
    readings.push(best);
  }
  return { chars, scores: scores.join(''), readings: readings.join(' ') };
}
