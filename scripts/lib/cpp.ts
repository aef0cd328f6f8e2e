/**
 * The CPP polyphone benchmark (../shared/data/cpp-dev, Apache-2.0): sentences with one polyphonic
 * character marked, its gold reading, and how a reading is scored against it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CppItem {
  /** The sentence without the ▁ marks. */
  sentence: string;
  /** UTF-16 offset of the polyphonic character. */
  at: number;
  char: string;
  /** Gold reading, numbered, ü spelt ü, neutral tone 5 ("le5", "lü4"). */
  gold: string;
}

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CPP_DIR = path.join(root, '../shared/data/cpp-dev');

export function parseCpp(sent: string, lb: string): CppItem[] {
  const s = sent.split('\n');
  const l = lb.split('\n');
  const out: CppItem[] = [];
  for (let i = 0; i < s.length; i++) {
    const line = s[i].trim();
    if (!line) continue;
    const a = line.indexOf('\u2581');
    const b = line.indexOf('\u2581', a + 1);
    if (a < 0 || b < 0) throw new Error(`CPP line ${i + 1} has no marked character`);
    const char = line.slice(a + 1, b);
    out.push({
      sentence: line.slice(0, a) + char + line.slice(b + 1),
      at: a,
      char,
      gold: normalizeCpp(l[i]),
    });
  }
  return out;
}

export function normalizeCpp(s: string): string {
  return s.trim().toLowerCase().replace(/u:/g, 'ü').replace(/v/g, 'ü').replace(/0$/, '5');
}

export function loadCppDev(dir = CPP_DIR): CppItem[] {
  return parseCpp(readFileSync(path.join(dir, 'dev.sent'), 'utf8'), readFileSync(path.join(dir, 'dev.lb'), 'utf8'));
}

/**
 * Whether `got` is right for `gold`: the same syllable, or, inside a dictionary word, the same
 * letters where one side writes the neutral tone (CC-CEDICT's 知识 zhīshi where CPP has zhi1 shi2).
 */
export function cppRight(got: string, gold: string, inWord: boolean): boolean {
  if (got === gold) return true;
  if (!inWord) return false;
  const letters = (x: string) => x.replace(/[1-5]$/, '');
  return letters(got) === letters(gold) && (got.endsWith('5') || gold.endsWith('5'));
}
