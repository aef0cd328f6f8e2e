/**
 * The Chinese words of the article the reader shows, counted once per article (linear in its
 * tokens): how often each occurs, its reading and the first sentence it appears in. From these and
 * what the learner knows come the header's verdict ("94% known · 23 new words") and the preview's
 * ranking of new words.
 */
import type { ReaderArticle, WordInfo } from '@/components/reader/model';
import { knowStateOf } from '@/components/reader/model';
import { sentenceAround, sentenceMarkAfter } from './sentence';

export interface ArticleWord {
  word: string;
  count: number;
  /** Numbered syllables of the first occurrence. */
  syllables: string[];
  /** The sentence of the first occurrence. */
  sentence: string;
  /** Order of first occurrence. */
  order: number;
}

const HAN = /\p{Script=Han}/u;

/** Every Chinese word of the article and its parts (edition pages read in full). */
export function articleWords(article: ReaderArticle): Map<string, ArticleWord> {
  const out = new Map<string, ArticleWord>();
  const visit = (a: ReaderArticle) => {
    for (const paragraph of a.paragraphs) {
      let text: string | undefined;
      let offset = 0;
      // The sentence last found and the mark that closes it: the next words up to that mark are in
      // the same sentence, so each sentence is scanned once (linear in the paragraph).
      let sentence = '';
      let sentenceEnd = -1;
      for (const token of paragraph.tokens) {
        const word = token.word;
        if (word && token.syllables.length > 0 && HAN.test(word)) {
          const seen = out.get(word);
          if (seen) seen.count++;
          else {
            text ??= paragraph.tokens.map((t) => t.text).join('');
            if (offset >= sentenceEnd) {
              sentence = sentenceAround(text, offset);
              sentenceEnd = sentenceMarkAfter(text, offset);
            }
            out.set(word, {
              word,
              count: 1,
              syllables: token.syllables,
              sentence,
              order: out.size,
            });
          }
        }
        offset += token.text.length;
      }
    }
    for (const part of a.parts ?? []) visit(part);
  };
  visit(article);
  return out;
}

export interface KnownShare {
  /** Running Chinese words. */
  words: number;
  /** Occurrences of known words / running words (0 without words). */
  share: number;
  /** Distinct words neither known nor in the vocabulary. */
  newWords: number;
  /** Distinct words in the vocabulary, not yet known. */
  learning: number;
}

export function knownShare(
  words: ReadonlyMap<string, ArticleWord>,
  known: ReadonlySet<string> = new Set(),
  vocabulary: ReadonlySet<string> = new Set(),
): KnownShare {
  let total = 0;
  let knownCount = 0;
  let newWords = 0;
  let learning = 0;
  for (const w of words.values()) {
    total += w.count;
    const state = knowStateOf(w.word, known, vocabulary);
    if (state === 'known') knownCount += w.count;
    else if (state === 'learning') learning++;
    else newWords++;
  }
  return { words: total, share: total ? knownCount / total : 0, newWords, learning };
}

/**
 * A plain verdict on the known share, after the comfort rule of extensive reading (about 98 % of
 * running words known reads with ease; below about 90 % it is study rather than reading).
 */
export function verdictOf(share: number): 'easy' | 'stretch' | 'hard' {
  if (share >= 0.98) return 'easy';
  return share >= 0.9 ? 'stretch' : 'hard';
}

export interface PreviewWord extends ArticleWord {
  hsk: number;
  gloss: string;
}

/**
 * The article's new words, most useful first: by how often the article uses them, then by how
 * common they are (lower HSK level first; words in no level after level 6), then by first
 * occurrence.
 */
export function rankNewWords(
  words: ReadonlyMap<string, ArticleWord>,
  info: ReadonlyMap<string, WordInfo>,
  known: ReadonlySet<string> = new Set(),
  vocabulary: ReadonlySet<string> = new Set(),
): PreviewWord[] {
  const rank = (hsk: number) => (hsk >= 1 && hsk <= 6 ? hsk : 7);
  return [...words.values()]
    .filter((w) => knowStateOf(w.word, known, vocabulary) === 'new')
    .map((w) => ({ ...w, hsk: info.get(w.word)?.hsk ?? 0, gloss: info.get(w.word)?.gloss ?? '' }))
    .sort((a, b) => b.count - a.count || rank(a.hsk) - rank(b.hsk) || a.order - b.order);
}
