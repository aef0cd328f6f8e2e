/**
 * The reader's view of the text engine: a paragraph becomes tokens with numbered syllables (so tone
 * style and colours are display choices), the sandhi variant where 一/不 change, the word to look
 * up, and glossary terms (pinyin fixed by the entry).
 */
import type { NameMemory, TextEngine, TermMatcher } from '../text';
import { applySandhi, marksToNumbered } from '../text/tone';
import type { ReaderToken } from '@/components/reader/model';
import type { ParagraphAnnotator } from './prepare';
import type { EffectiveOverrides } from '../overrides/model';
import { overrideAdjuster } from '../overrides/adjust';

const HAN = /\p{Script=Han}/u;

/** `overrides`: the learner's merges and splits that apply to the article (utils/overrides). */
export function createParagraphAnnotator(
  engine: TextEngine,
  terms?: TermMatcher,
  overrides?: EffectiveOverrides,
): ParagraphAnnotator {
  const adjust = overrideAdjuster(engine, overrides);
  // The article's paragraphs come in order: a name met in one is a name in the next ones.
  const names: NameMemory = new Set();
  return (text) => {
    const { tokens } = engine.annotate(text, { tones: 'numbers', terms, adjust, names });
    const out: ReaderToken[] = [];
    for (const token of tokens) {
      const syllables = token.pinyin ? token.pinyin.split(' ') : [];
      if (!token.term) {
        const word = token.kind === 'han' || token.kind === 'latin' ? token.text : undefined;
        out.push({ text: token.text, syllables, word });
        continue;
      }
      // A glossary term keeps the entry's pinyin (given in tone marks: made numbered like the rest)
      // but is drawn as its words, so a long formula can break across lines and each word in it
      // still opens its own card.
      const termSyllables = syllables.map(marksToNumbered);
      let s = 0;
      engine.annotate(token.text, { tones: 'numbers', adjust }).tokens.forEach((part, i) => {
        const count = part.pinyin ? part.pinyin.split(' ').length : 0;
        out.push({
          text: part.text,
          syllables: termSyllables.slice(s, s + count),
          word: part.kind === 'han' || part.kind === 'latin' ? part.text : undefined,
          termId: token.term,
          termStart: i === 0,
        });
        s += count;
      });
    }
    addSandhi(out);
    return out;
  };
}

/** Fills `sandhi` on the tokens whose 一 or 不 changes tone before the next syllable. Linear. */
function addSandhi(tokens: ReaderToken[]): void {
  if (!tokens.some((t) => t.text.includes('一') || t.text.includes('不'))) return;
  const chars: string[] = [];
  const syllables: string[] = [];
  const owner: number[] = [];
  tokens.forEach((token, i) => {
    if (token.syllables.length === 0) {
      // A break in the run of syllables: punctuation and numbers stop the sandhi context.
      chars.push(' ');
      syllables.push('');
      owner.push(-1);
      return;
    }
    let s = 0;
    for (const ch of token.text) {
      if (!HAN.test(ch)) continue;
      chars.push(ch);
      syllables.push(token.syllables[s++] ?? '');
      owner.push(i);
    }
  });
  const changed = applySandhi(chars, syllables);
  const cursor = new Map<number, number>();
  for (let k = 0; k < changed.length; k++) {
    const i = owner[k];
    if (i < 0) continue;
    const at = cursor.get(i) ?? 0;
    cursor.set(i, at + 1);
    if (changed[k] !== syllables[k]) {
      const token = tokens[i];
      token.sandhi ??= token.syllables.slice();
      token.sandhi[at] = changed[k];
    }
  }
}
