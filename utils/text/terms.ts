/**
 * The hook for the glossary: a term matcher finds glossary terms in a text. Each span becomes one
 * token pointing to the term id; its pinyin, when given, overrides the dictionary's.
 */
export interface TermSpan {
  /** UTF-16 offsets into the annotated text, end exclusive. */
  start: number;
  end: number;
  /** Glossary term id. */
  id: string;
  /** Space-separated syllables, one per Han character, in tone marks (as the glossary stores them). */
  pinyin?: string;
}

export type TermMatcher = (text: string) => TermSpan[];

/** Sorted, non-overlapping spans (earlier, then longer, wins) inside [0, length). */
export function normalizeSpans(spans: TermSpan[], length: number): TermSpan[] {
  const sorted = spans
    .filter((s) => s.start >= 0 && s.end <= length && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TermSpan[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue;
    out.push(s);
    at = s.end;
  }
  return out;
}
