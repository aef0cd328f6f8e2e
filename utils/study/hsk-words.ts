/**
 * The words of an HSK level (1–6), read from the dictionary's entries asset without building an
 * entry object per line: the HSK field of every line is read in place and only matching headwords
 * are decoded. Read-only use of the format in utils/text/dictionary-format.ts.
 */
import { ENTRIES_FILE, EntryField, decodeEntries } from '../text/dictionary-format';
import type { AssetLoader } from '../text/loader';

const TAB = 9;
const cache = new WeakMap<AssetLoader, Promise<string[][]>>();

/** Headwords (simplified) per HSK level from decompressed entries bytes: index 1–6. */
export function hskLevelsFromEntries(bytes: Uint8Array | ArrayBuffer): string[][] {
  const { eoff, etext } = decodeEntries(bytes);
  const decoder = new TextDecoder();
  const levels: string[][] = [[], [], [], [], [], [], []];
  const seen = new Set<string>();
  for (let e = 0; e + 1 < eoff.length; e++) {
    const start = eoff[e];
    const end = eoff[e + 1];
    // Field starts: after each TAB.
    let field = 0;
    let simplifiedStart = -1;
    let simplifiedEnd = -1;
    let level = 0;
    for (let i = start; i < end; i++) {
      if (etext[i] !== TAB) continue;
      field++;
      if (field === EntryField.Simplified) simplifiedStart = i + 1;
      else if (field === EntryField.Simplified + 1) simplifiedEnd = i;
      else if (field === EntryField.Hsk) {
        const digit = etext[i + 1] - 48;
        const after = etext[i + 2];
        if (digit >= 1 && digit <= 6 && (i + 2 >= end || after === TAB)) level = digit;
        break;
      }
    }
    if (!level || simplifiedStart < 0 || simplifiedEnd < simplifiedStart) continue;
    const word = decoder.decode(etext.subarray(simplifiedStart, simplifiedEnd));
    if (seen.has(word)) continue;
    seen.add(word);
    levels[level].push(word);
  }
  return levels;
}

/** The words of HSK `level` (1–6), loaded once per loader. */
export async function hskWords(loader: AssetLoader, level: number): Promise<string[]> {
  let levels = cache.get(loader);
  if (!levels) {
    levels = loader(ENTRIES_FILE).then(hskLevelsFromEntries);
    levels.catch(() => cache.delete(loader));
    cache.set(loader, levels);
  }
  return [...((await levels)[level] ?? [])];
}

/** The words of HSK levels 1..`upTo`. */
export async function hskWordsUpTo(loader: AssetLoader, upTo: number): Promise<string[]> {
  const out: string[] = [];
  for (let level = 1; level <= upTo; level++) out.push(...(await hskWords(loader, level)));
  return out;
}
