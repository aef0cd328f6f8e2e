/**
 * Searching the glossary: a query matches an entry's headword or variants (Chinese, quotes and
 * separators ignored), its pinyin with or without tones and spaces, or its English renderings.
 */
import type { GlossaryEntry, GlossaryKind } from '@/utils/glossary';

/** The kinds in the order the page shows them. */
export const KIND_ORDER: readonly GlossaryKind[] = [
  'party-formula',
  'policy-programme',
  'labour-union',
  'honour-campaign',
  'institution',
  'newsroom',
];

export type KindFilter = GlossaryKind | 'all';

/** Lower case, tone marks removed, ü and v as u. */
function foldLatin(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[üv]/g, 'u');
}

/** Pinyin for comparison: letters only (no tones, tone numbers, spaces or apostrophes). */
export function foldPinyin(text: string): string {
  return foldLatin(text).replace(/[^a-z]/g, '');
}

/** English for comparison: lower case words separated by single spaces. */
function foldEnglish(text: string): string {
  return foldLatin(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Chinese for comparison: quotes, dots, spaces and punctuation removed. */
function foldChinese(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]/gu, '');
}

/** What one entry is searched by, folded once. */
export interface SearchKey {
  zh: string[];
  pinyin: string;
  en: string[];
}

export function searchKey(entry: GlossaryEntry): SearchKey {
  return {
    zh: [entry.headword, ...entry.variants].map(foldChinese),
    pinyin: [entry.pinyin, ...Object.values(entry.variantPinyin ?? {})].map(foldPinyin).join('|'),
    en: entry.renderings.map((r) => foldEnglish(r.en)),
  };
}

const HAN = /\p{Script=Han}/u;

/** Whether `query` finds the entry; an empty query finds every entry. */
export function matchesQuery(key: SearchKey, query: string): boolean {
  const q = query.trim();
  if (!q) return true;
  if (HAN.test(q)) {
    const zh = foldChinese(q);
    return key.zh.some((form) => form.includes(zh));
  }
  const en = foldEnglish(q);
  if (en && key.en.some((r) => r.includes(en))) return true;
  const py = foldPinyin(q);
  return py.length > 0 && key.pinyin.includes(py);
}

/** The entries of `kind` (or all) that `query` finds, in their order. */
export function filterEntries(
  entries: readonly GlossaryEntry[],
  keys: ReadonlyMap<string, SearchKey>,
  query: string,
  kind: KindFilter,
): GlossaryEntry[] {
  return entries.filter(
    (e) => (kind === 'all' || e.kind === kind) && matchesQuery(keys.get(e.id) ?? searchKey(e), query),
  );
}
