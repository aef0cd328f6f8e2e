/**
 * The full-text index's vocabulary: character unigrams and bigrams of normalized text.
 * Chinese has no spaces, so an n-gram index finds any substring: a two-character query is one
 * posting list, a longer one the intersection of its bigrams' lists (then checked as a substring).
 */
import type { StoredArticle } from './records';

/** NFKC (full-width Latin and digits to ASCII) and lower case. Length-preserving for Han text. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Runs of letters and digits: the stretches n-grams are taken from (punctuation splits them). */
export function searchRuns(text: string): string[] {
  return normalizeForSearch(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The grams a query run needs: itself when one character long, else its bigrams. */
export function gramsOfRun(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/** The searchable text of an article: titles and body, one block per line. */
export function searchableText(a: Pick<StoredArticle, 'pretitle' | 'title' | 'subtitle' | 'paragraphs'>): string {
  return [a.pretitle ?? '', a.title, a.subtitle ?? '', ...a.paragraphs].join('\n');
}

/** Every unigram and bigram of the text's runs. */
export function gramsOf(text: string): Set<string> {
  const grams = new Set<string>();
  for (const run of searchRuns(text)) {
    const chars = Array.from(run);
    for (let i = 0; i < chars.length; i++) {
      grams.add(chars[i]);
      if (i + 1 < chars.length) grams.add(chars[i] + chars[i + 1]);
    }
  }
  return grams;
}

export function articleGrams(a: Pick<StoredArticle, 'pretitle' | 'title' | 'subtitle' | 'paragraphs'>): Set<string> {
  return gramsOf(searchableText(a));
}

/** Inserts `id` into an ascending list (no duplicates). */
export function insertSorted(ids: number[], id: number): void {
  const n = ids.length;
  if (n === 0 || ids[n - 1] < id) {
    ids.push(id);
    return;
  }
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid] < id) lo = mid + 1;
    else hi = mid;
  }
  if (ids[lo] !== id) ids.splice(lo, 0, id);
}

export function removeSorted(ids: number[], id: number): void {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid] < id) lo = mid + 1;
    else hi = mid;
  }
  if (ids[lo] === id) ids.splice(lo, 1);
}

/** Ascending intersection of ascending lists. */
export function intersectSorted(lists: number[][]): number[] {
  if (lists.length === 0) return [];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let result = sorted[0];
  for (let k = 1; k < sorted.length && result.length; k++) {
    const other = sorted[k];
    const next: number[] = [];
    let j = 0;
    for (const id of result) {
      while (j < other.length && other[j] < id) j++;
      if (j < other.length && other[j] === id) next.push(id);
    }
    result = next;
  }
  return result;
}
