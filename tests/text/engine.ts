/** Shared engine for the text tests: builds the dictionary assets if a fresh clone lacks them. */
import { getNodeEngine } from '../../scripts/lib/text-modes';
import type { TextEngine } from '../../utils/text/index';

export function engine(): Promise<TextEngine> {
  return getNodeEngine();
}

/** Reading of `word` at its `occurrence`-th place in `sentence`, one syllable per Han character. */
export function readingIn(e: TextEngine, sentence: string, word: string, occurrence = 1): string {
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = sentence.indexOf(word, at + 1);
    if (at < 0) throw new Error(`"${word}" does not occur ${occurrence}× in "${sentence}"`);
  }
  const end = at + word.length;
  const out: string[] = [];
  for (const t of e.annotate(sentence).tokens) {
    if (!t.pinyin) continue;
    const syl = t.pinyin.split(' ');
    let k = 0;
    for (let i = t.start; i < t.end;) {
      const c = sentence.charCodeAt(i);
      const len = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      const han = /\p{Script=Han}/u.test(sentence.slice(i, i + len));
      if (han) {
        if (i >= at && i < end) out.push(syl[k]);
        k++;
      }
      i += len;
    }
  }
  return out.join(' ');
}
