/** The sentence around a position in a paragraph: what a word is stored with in the vocabulary. */

const END = new Set(['。', '！', '？', '；', '!', '?', '…']);
const CLOSE = new Set(['”', '’', '」', '』', '）', ')', '"']);

export function sentenceAround(text: string, offset: number): string {
  const at = Math.max(0, Math.min(offset, text.length));
  let start = at;
  while (start > 0 && !END.has(text[start - 1])) start--;
  // A closing quote right after the end mark belongs to the previous sentence.
  while (start < at && CLOSE.has(text[start])) start++;
  let end = at;
  while (end < text.length && !END.has(text[end])) end++;
  while (end < text.length && END.has(text[end])) end++;
  while (end < text.length && CLOSE.has(text[end])) end++;
  return text.slice(start, end).trim();
}

/**
 * Where the sentence mark closing the sentence at `offset` is (text.length if none): every offset
 * before it, from `offset` on, that is not itself a mark or a closing quote, has the same sentence.
 */
export function sentenceMarkAfter(text: string, offset: number): number {
  let end = Math.max(0, offset);
  while (end < text.length && !END.has(text[end])) end++;
  return end;
}
