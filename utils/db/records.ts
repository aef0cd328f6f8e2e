/**
 * The records the library database stores, one interface per table, and the mapping from an
 * extracted article (`ArticleInput`) to the stored shape.
 */

/** Page families of workercn.cn (kept in step with utils/site/types.ts `PageFamily`). */
export type ArticleFamily = 'epaper' | 'epaper-legacy' | 'portal' | 'portal-legacy' | 'other';

export type ReadingState = 'unread' | 'reading' | 'done';

/** Where an article stands in the printed paper. */
export interface EditionInfo {
  /** Issue date, YYYY-MM-DD. */
  date: string;
  /** Page number in that issue (1-based). */
  page: number;
  /** Page name, e.g. 要闻, 新闻. */
  pageName?: string;
  /** The article's number on the page, where the e-paper gives it. */
  articleNo?: number;
  /** URL of the e-paper page (page.html). */
  pageUrl?: string;
}

export interface ArticleImage {
  url: string;
  caption?: string;
}

/** A glossary term met in the article and how often. */
export interface ArticleTerm {
  /** Glossary entry id (utils/glossary). */
  id: string;
  /** Headword. */
  term: string;
  /** Main English rendering. */
  en: string;
  count: number;
}

export interface ArticleStats {
  /** Han characters in the body. */
  chars: number;
  /** Words (segmented) in the body. */
  words: number;
  /** Words per HSK level, e.g. { '1': 120, '2': 80, ..., 'none': 40 }. */
  hsk?: Record<string, number>;
}

/** The fields an extractor produces: the integration maps its `Article` onto this. */
export interface ArticleInput {
  url: string;
  family: ArticleFamily;
  edition?: EditionInfo;
  pretitle?: string;
  title: string;
  subtitle?: string;
  byline?: string;
  source?: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  paragraphs: string[];
  /** Sanitized HTML of the body. */
  html: string;
  images?: ArticleImage[];
  terms?: ArticleTerm[];
  stats?: ArticleStats;
  tags?: string[];
}

/** One saved article (table `articles`, key `url`). */
export interface StoredArticle {
  /** Canonical URL of the first copy saved: the key. */
  url: string;
  /** Every canonical URL this article is known under (the key, and e-paper/portal twins). */
  urls: string[];
  /** `date|normalized title`: how e-paper and portal copies of one article are recognized. */
  twinKey: string;
  /** Order in which articles entered this library (1, 2, ...): the search index's document id. */
  seq: number;
  family: ArticleFamily;
  edition?: EditionInfo;
  /** Edition page number, flattened for its index (absent for portal articles). */
  page?: number;
  pretitle?: string;
  title: string;
  subtitle?: string;
  byline?: string;
  source?: string;
  date: string;
  paragraphs: string[];
  html: string;
  images: ArticleImage[];
  terms: ArticleTerm[];
  stats: ArticleStats;
  /** Epoch ms when first saved. */
  savedAt: number;
  /** Epoch ms of the last change of content, tags, state or progress. */
  updatedAt: number;
  tags: string[];
  /** Reading progress, 0..1. */
  progress: number;
  state: ReadingState;
}

/** Table `encounters`: a glossary term met in a saved article (key `[termId+url]`). */
export interface GlossaryEncounter {
  termId: string;
  url: string;
  term: string;
  en: string;
  count: number;
}

/**
 * Table `grams`: one block of a posting list of the full-text index (key `[g+b]`). A gram's list
 * is split in blocks of `GRAM_BLOCK` document numbers, so saving an article rewrites only the
 * blocks it falls in, however large the library grows.
 */
export interface GramPosting {
  /** A normalized character unigram or bigram. */
  g: string;
  /** Block number: every id in `ids` is in [b × GRAM_BLOCK, (b + 1) × GRAM_BLOCK). */
  b: number;
  /** `seq` of every article containing the gram, ascending. */
  ids: number[];
}

/** Table `vocabulary`: a word the reader collected (key `word`; adding it again merges). */
export interface VocabularyEntry {
  word: string;
  pinyin: string;
  definition: string;
  /** The sentence it was first met in. */
  sentence: string;
  articleUrl?: string;
  /** Every further sentence it was added from (deduplicated). */
  contexts: { sentence: string; articleUrl?: string }[];
  addedAt: number;
  updatedAt: number;
  known: boolean;
  /** Glossary entry id when the word is a glossary term. */
  termId?: string;
  /** Typed answers whose tones were wrong, less drills answered right since (not indexed). */
  toneMisses?: number;
}

export type CardPhase = 'new' | 'learning' | 'review' | 'relearning';

/** Scheduling state of one card. */
export interface CardState {
  phase: CardPhase;
  /** Epoch ms when next due. */
  due: number;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  lastReview?: number;
}

/** Table `cards`: review state of one vocabulary word (key `id` = the word). */
export interface ReviewCard extends CardState {
  id: string;
}

/** Table `reviewLog`: one review (key `++id`, unique per `[cardId+time]`). */
export interface ReviewLogEntry {
  id?: number;
  cardId: string;
  time: number;
  /** 1 again, 2 hard, 3 good, 4 easy. */
  rating: 1 | 2 | 3 | 4;
  /** The card's state before this review. */
  before: CardState;
}

/** Table `settings`: a snapshot of the extension's settings (key `++id`). */
export interface SettingsSnapshot {
  id?: number;
  takenAt: number;
  /** Version of the settings shape. */
  version: number;
  settings: Record<string, unknown>;
}

/** Table `jobs`: a batch save (a page or a day of the e-paper), persisted so it can resume. */
export interface BatchJob {
  id: string;
  label: string;
  urls: string[];
  /** URLs saved so far. */
  done: string[];
  /** URLs that failed in the last attempt, with the reason. */
  failed: { url: string; error: string }[];
  status: 'pending' | 'running' | 'paused' | 'finished';
  createdAt: number;
  updatedAt: number;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const TRACKING_PARAM = /^(utm_|spm$|from$|share|isappinstalled$|wfr$)/i;

/**
 * The canonical form of an article URL: https, lower-case host, no fragment, no tracking
 * parameters, remaining parameters sorted. Non-URLs are returned trimmed.
 */
export function canonicalUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  if (url.protocol === 'http:') url.protocol = 'https:';
  url.hash = '';
  // Plain string handling: URLSearchParams iterators are not iterable in Firefox content scripts.
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair && !TRACKING_PARAM.test(safeDecode(pair.split('=')[0])));
  kept.sort();
  url.search = kept.length ? `?${kept.join('&')}` : '';
  return url.toString();
}

/** A title reduced to its letters and digits (NFKC, lower case): the same in e-paper and portal copies. */
export function normalizeTitle(title: string): string {
  return (
    title
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join('');
}

export function twinKeyOf(date: string, title: string): string {
  return `${date}|${normalizeTitle(title)}`;
}

/** E-paper and portal copies are twins; two copies from the same side never are. */
export function familySide(family: ArticleFamily): 'epaper' | 'portal' | 'other' {
  return family.startsWith('epaper') ? 'epaper' : family.startsWith('portal') ? 'portal' : 'other';
}

/** A tag trimmed, NFKC-normalized, inner whitespace collapsed; empty when nothing is left. */
export function normalizeTag(tag: string): string {
  return tag.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

/** Tags normalized, deduplicated (case-insensitively), empty ones dropped, first spelling kept. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = normalizeTag(raw);
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

function countHan(paragraphs: readonly string[]): number {
  let n = 0;
  for (const p of paragraphs) n += (p.match(/\p{Script=Han}/gu) ?? []).length;
  return n;
}

/**
 * The stored record for a freshly extracted article: unread, no progress, saved `now`.
 * `seq` is 0 until the database assigns one.
 */
export function toStoredArticle(input: ArticleInput, now: number): StoredArticle {
  const url = canonicalUrl(input.url);
  const record: StoredArticle = {
    url,
    urls: [url],
    twinKey: twinKeyOf(input.date, input.title),
    seq: 0,
    family: input.family,
    title: input.title.trim(),
    date: input.date,
    paragraphs: [...input.paragraphs],
    html: input.html,
    images: (input.images ?? []).map((i) => ({ ...i })),
    terms: (input.terms ?? []).map((t) => ({ ...t })),
    stats: input.stats ? { ...input.stats } : { chars: countHan(input.paragraphs), words: 0 },
    savedAt: now,
    updatedAt: now,
    tags: normalizeTags(input.tags ?? []),
    progress: 0,
    state: 'unread',
  };
  if (input.edition) {
    record.edition = { ...input.edition };
    record.page = input.edition.page;
  }
  for (const key of ['pretitle', 'subtitle', 'byline', 'source'] as const) {
    const value = input[key]?.trim();
    if (value) record[key] = value;
  }
  return record;
}
