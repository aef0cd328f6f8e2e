/**
 * An article's words as the learner sees them: the share of its running words (Chinese words, by
 * occurrence) the learner knows, and how many fall in each HSK level. The word counts of an article
 * come from the text engine once (cached by URL and last change); the known share is recomputed
 * cheaply whenever the vocabulary changes.
 */
import type { LibraryDb } from '../db/database';
import type { StoredArticle } from '../db/records';
import { guard } from '../library/errors';
import type { TextEngine } from '../text/index';
import { knownWords } from './known';
import { effectiveOverrides, type EffectiveOverrides } from '../overrides/model';
import { overrideAdjuster } from '../overrides/adjust';

export const HSK_BUCKETS = ['1', '2', '3', '4', '5', '6', 'none'] as const;
export type HskBucket = (typeof HSK_BUCKETS)[number];

/** Every distinct Chinese word of a text with its count and HSK level (0: none). */
export type WordCounts = Map<string, { count: number; hsk: number }>;

export interface ArticleProfile {
  /** Chinese words, by occurrence. */
  words: number;
  /** Distinct Chinese words. */
  unique: number;
  /** Occurrences of known words. */
  known: number;
  /** known / words (0 for an article without Chinese words). */
  knownShare: number;
  /** Distinct words known. */
  knownUnique: number;
  /** Occurrences per HSK level, 'none' for words outside HSK 1–6. */
  hsk: Record<HskBucket, number>;
}

/**
 * Counts the Chinese words of paragraphs with the engine (loads the dictionary entries for HSK
 * levels), the words cut as the learner's overrides say.
 */
export async function wordCounts(
  engine: TextEngine,
  paragraphs: readonly string[],
  overrides?: EffectiveOverrides,
): Promise<WordCounts> {
  await engine.preloadEntries();
  const adjust = overrideAdjuster(engine, overrides);
  const counts: WordCounts = new Map();
  const levels = new Map<number, number>();
  const levelOf = (ref: number | undefined): number => {
    if (ref === undefined) return 0;
    let level = levels.get(ref);
    if (level === undefined) {
      level = 0;
      for (const e of engine.dictionary.entriesOf(ref)) if (e.hsk > 0 && (level === 0 || e.hsk < level)) level = e.hsk;
      levels.set(ref, level);
    }
    return level;
  };
  for (const paragraph of paragraphs) {
    for (const token of engine.annotate(paragraph, { adjust }).tokens) {
      if (token.kind !== 'han') continue;
      const seen = counts.get(token.text);
      if (seen) seen.count++;
      else counts.set(token.text, { count: 1, hsk: levelOf(token.entry) });
    }
  }
  return counts;
}

/** The profile of counted words against a known set. */
export function profileOf(counts: WordCounts, known: ReadonlySet<string>): ArticleProfile {
  const hsk = Object.fromEntries(HSK_BUCKETS.map((b) => [b, 0])) as Record<HskBucket, number>;
  let words = 0;
  let knownCount = 0;
  let knownUnique = 0;
  for (const [word, { count, hsk: level }] of counts) {
    words += count;
    hsk[level >= 1 && level <= 6 ? (String(level) as HskBucket) : 'none'] += count;
    if (known.has(word)) {
      knownCount += count;
      knownUnique++;
    }
  }
  return {
    words,
    unique: counts.size,
    known: knownCount,
    knownShare: words ? knownCount / words : 0,
    knownUnique,
    hsk,
  };
}

/** Profile of one text. */
export async function articleProfile(
  engine: TextEngine,
  paragraphs: readonly string[],
  known: ReadonlySet<string>,
): Promise<ArticleProfile> {
  return profileOf(await wordCounts(engine, paragraphs), known);
}

/**
 * Profiles of saved articles, with the per-article word counts cached (by URL and `updatedAt`), so
 * recomputing after a vocabulary change only re-reads the known set. One per page.
 */
export class ProfileCache {
  private readonly counts = new Map<string, { updatedAt: number; overrides: string; counts: WordCounts }>();

  constructor(private readonly engine: () => Promise<TextEngine>) {}

  /** The article's word counts; counted again when it or the overrides that apply to it changed. */
  async countsOf(
    article: Pick<StoredArticle, 'url' | 'updatedAt' | 'paragraphs'>,
    overrides?: EffectiveOverrides,
  ): Promise<WordCounts> {
    const key = overrides ? JSON.stringify([overrides.merges, [...overrides.splits]]) : '';
    const cached = this.counts.get(article.url);
    if (cached && cached.updatedAt === article.updatedAt && cached.overrides === key) return cached.counts;
    const counts = await wordCounts(await this.engine(), article.paragraphs, overrides);
    this.counts.set(article.url, { updatedAt: article.updatedAt, overrides: key, counts });
    return counts;
  }

  /** Profiles of the given articles (by URL; all saved articles when omitted) against the current known set. */
  async profiles(db: LibraryDb, urls?: readonly string[]): Promise<Map<string, ArticleProfile>> {
    const known = await knownWords(db);
    const articles = await guard(async () =>
      urls ? (await db.articles.bulkGet([...urls])).filter((a) => a !== undefined) : db.articles.toArray(),
    );
    const overrides = await guard(() => db.overrides.toArray());
    const out = new Map<string, ArticleProfile>();
    for (const article of articles) {
      const counts = await this.countsOf(article, effectiveOverrides(overrides, article.url));
      out.set(article.url, profileOf(counts, known));
    }
    return out;
  }
}
