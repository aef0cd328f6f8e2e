/**
 * Production answers, graded from what the learner typed: the pinyin of a word (tone numbers or
 * tone marks, with or without spaces; toneless accepted with a note), the hanzi for a meaning
 * (typed with the system's input method), and the tones alone. Each grade becomes an FSRS rating.
 */
import { marksToNumbered, splitTone } from '../text/tone';
import type { Rating } from './types';

export type PinyinVerdict = 'right' | 'toneless' | 'tones' | 'wrong' | 'empty';

export interface PinyinGrade {
  verdict: PinyinVerdict;
  rating: Rating;
  /** Per expected syllable: whether its tone was right (only for 'right' and 'tones'). */
  toneRight?: boolean[];
}

/** ü however it is typed (ü, v, u:) as one letter; lower case. */
const letters = (s: string) => s.toLowerCase().replace(/u:/g, 'v').replace(/ü/g, 'v');

/** Expected syllables (tone marks or numbers, space separated) as [letters, tone] pairs. */
function expectedSyllables(pinyin: string): [string, number][] {
  return pinyin
    .normalize('NFC')
    .split(/[\s'’·-]+/)
    .filter(Boolean)
    .map((s) => {
      const [base, tone] = splitTone(marksToNumbered(s));
      return [letters(base), tone];
    });
}

/**
 * Reads an answer into its letters and, per letter position, the tone typed at it: a tone mark on
 * the letter, or a digit right after it (0 and 5 are the neutral tone).
 */
function readAnswer(answer: string): { text: string; toneAt: Map<number, number> } {
  let text = '';
  const toneAt = new Map<number, number>();
  for (const ch of answer.normalize('NFC').replace(/u:/gi, 'v')) {
    if (/[\s'’·-]/.test(ch)) continue;
    if (/[0-5]/.test(ch)) {
      if (text.length > 0) toneAt.set(text.length - 1, ch === '0' ? 5 : Number(ch));
      continue;
    }
    const numbered = marksToNumbered(ch);
    const [base, tone] = splitTone(numbered);
    if (tone !== 5 && base.length === 1) {
      toneAt.set(text.length, tone);
      text += letters(base);
    } else text += letters(ch);
  }
  return { text, toneAt };
}

/** Grades a typed pinyin against the word's reading. */
export function gradePinyin(answer: string, expected: string): PinyinGrade {
  if (!answer.trim()) return { verdict: 'empty', rating: 1 };
  const syllables = expectedSyllables(expected);
  const { text, toneAt } = readAnswer(answer);
  if (text !== syllables.map(([l]) => l).join('')) return { verdict: 'wrong', rating: 1 };
  // No tone typed: right only where every syllable is neutral (的 "de").
  if (toneAt.size === 0 && syllables.some(([, tone]) => tone !== 5)) return { verdict: 'toneless', rating: 2 };
  let at = 0;
  const toneRight = syllables.map(([l, tone]) => {
    let given: number | undefined;
    for (let i = at; i < at + l.length; i++) given = toneAt.get(i) ?? given;
    at += l.length;
    return (given ?? 5) === tone;
  });
  return toneRight.every(Boolean)
    ? { verdict: 'right', rating: 3, toneRight }
    : { verdict: 'tones', rating: 1, toneRight };
}

/** Grades the tones alone ("14", "1 4", "2 5"), against the word's reading. */
export function gradeTones(answer: string, expected: string): PinyinGrade {
  const tones = expectedSyllables(expected).map(([, tone]) => tone);
  const given = [...answer.replace(/[^0-5]/g, '')].map((d) => (d === '0' ? 5 : Number(d)));
  if (given.length === 0) return { verdict: 'empty', rating: 1 };
  if (given.length !== tones.length) return { verdict: 'wrong', rating: 1 };
  const toneRight = tones.map((tone, i) => given[i] === tone);
  return toneRight.every(Boolean)
    ? { verdict: 'right', rating: 3, toneRight }
    : { verdict: 'tones', rating: 1, toneRight };
}

/** The reading without tones, for the tone drill's prompt ("gōng jiàng" → "gong jiang"). */
export function toneless(pinyin: string): string {
  return expectedSyllables(pinyin)
    .map(([l]) => l.replace(/v/g, 'ü'))
    .join(' ');
}

export type HanziVerdict = 'right' | 'wrong' | 'empty';

/** Grades hanzi typed for a meaning: the word itself (spaces and punctuation ignored). */
export function gradeHanzi(answer: string, word: string): { verdict: HanziVerdict; rating: Rating } {
  const typed = answer.replace(/[\s\p{P}]/gu, '');
  if (!typed) return { verdict: 'empty', rating: 1 };
  return typed === word ? { verdict: 'right', rating: 3 } : { verdict: 'wrong', rating: 1 };
}
