/**
 * How library records become synced fields and back. Articles: every stored field but the local
 * ones (document number, derived keys), and one field per tag (`tag:<lower-case tag>` = its
 * spelling, `null` once removed), so adding and removing tags on two devices merge tag by tag.
 * Tags are listed in the order they were synced (their stamps); tags synced together keep the
 * order the device listed them in (`tagrank:<lower-case tag>`, sent only along with the tag).
 * Words: every field. Cards: which word and direction and when created; their FSRS state is
 * replayed from the merged review log. Review log entries: key `cardId@time`.
 */
import type { Table } from 'dexie';
import type { LibraryDb } from '../db/database';
import {
  anyOfChunked,
  BULK_CHUNK,
  bulkAddChunked,
  bulkDeleteChunked,
  bulkGetChunked,
  bulkPutChunked,
  byKey,
} from '../db/bulk';
import type { ReviewCard, ReviewLogEntry, StoredArticle, VocabularyEntry } from '../db/records';
import { canonicalUrl, normalizeTags, twinKeyOf } from '../db/records';
import { articleGrams } from '../db/grams';
import { GramIndexBatch } from '../db/search-index';
import { writeEncountersOf } from '../library/upsert';
import { asStudyCard, newCard, parseCardId } from '../study/cards';
import { replay } from '../study/scheduler';
import type { Direction } from '../study/types';
import { compareStamp } from './merge';
import { validOverride, type WordOverride } from '../overrides/model';
import { DELETED, type EntityKind, type FieldMeta } from './types';

export const TAG_PREFIX = 'tag:';
/** A tag's place among the tags synced with it (the device's list order); never sent on its own. */
export const TAG_RANK_PREFIX = 'tagrank:';
const ARTICLE_LOCAL = new Set(['url', 'seq', 'twinKey', 'page', 'tags']);

export function entityId(kind: EntityKind, key: string): string {
  return `${kind}:${key}`;
}

export function splitEntityId(id: string): { kind: EntityKind; key: string } {
  const at = id.indexOf(':');
  return { kind: id.slice(0, at) as EntityKind, key: id.slice(at + 1) };
}

export function reviewKey(log: Pick<ReviewLogEntry, 'cardId' | 'time'>): string {
  return `${log.cardId}@${log.time}`;
}

function parseReviewKey(key: string): { cardId: string; time: number } {
  const at = key.lastIndexOf('@');
  return { cardId: key.slice(0, at), time: Number(key.slice(at + 1)) };
}

function defined(record: object, skip?: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (v !== undefined && !skip?.has(k)) out[k] = v;
  return out;
}

export function articleFields(a: StoredArticle): Record<string, unknown> {
  const out = defined(a, ARTICLE_LOCAL);
  for (const tag of a.tags) out[TAG_PREFIX + tag.toLowerCase()] = tag;
  return out;
}

export function wordFields(w: VocabularyEntry): Record<string, unknown> {
  return defined(w, new Set(['word']));
}

export function cardFields(c: ReviewCard): Record<string, unknown> {
  const card = asStudyCard(c);
  return { word: card.word, direction: card.direction, createdAt: card.createdAt };
}

/** An override's fields: all but its id (the key). */
export function overrideFields(o: WordOverride): Record<string, unknown> {
  return defined(o, new Set(['id']));
}

export function reviewFields(r: ReviewLogEntry): Record<string, unknown> {
  return { cardId: r.cardId, time: r.time, rating: r.rating, before: r.before };
}

function strip(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) if (v !== null && v !== undefined && k !== DELETED) out[k] = v;
  return out;
}

/** An article from its merged fields; undefined when they are not a whole article. */
export function buildArticle(
  url: string,
  values: Record<string, unknown>,
  metas: Record<string, FieldMeta>,
  seq: number,
): StoredArticle | undefined {
  const plain = strip(values);
  // Tags by stamp (the order they were added in), those added together by the device's order,
  // then by key: the same order on every device whatever order the changes came in. (`tagOrder`
  // is what files of an earlier version may hold.)
  const order = Array.isArray(plain.tagOrder) ? (plain.tagOrder as unknown[]).map((t) => String(t).toLowerCase()) : [];
  const rank = (k: string) => {
    const key = k.slice(TAG_PREFIX.length);
    const r = plain[TAG_RANK_PREFIX + key];
    if (typeof r === 'number' && Number.isFinite(r)) return r;
    const at = order.indexOf(key);
    return at < 0 ? Infinity : at;
  };
  const byRank = (a: string, b: string) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra === rb ? 0 : ra < rb ? -1 : 1;
  };
  const tags = Object.keys(plain)
    .filter((k) => k.startsWith(TAG_PREFIX))
    .sort((a, b) => compareStamp(metas[a], metas[b]) || byRank(a, b) || (a < b ? -1 : 1))
    .map((k) => String(plain[k]));
  for (const k of Object.keys(plain)) if (k.startsWith(TAG_RANK_PREFIX)) delete plain[k];
  for (const k of Object.keys(plain)) if (k.startsWith(TAG_PREFIX)) delete plain[k];
  delete plain.tagOrder;
  if (typeof plain.title !== 'string' || typeof plain.date !== 'string' || !Array.isArray(plain.paragraphs))
    return undefined;
  const base = plain as Partial<StoredArticle>;
  const record: StoredArticle = {
    family: 'other',
    html: '',
    images: [],
    terms: [],
    stats: { chars: 0, words: 0 },
    savedAt: 0,
    updatedAt: 0,
    progress: 0,
    state: 'unread',
    ...base,
    title: plain.title,
    date: plain.date,
    paragraphs: plain.paragraphs as string[],
    url,
    urls: [...new Set([url, ...((base.urls ?? []) as string[]).map(canonicalUrl)])],
    twinKey: twinKeyOf(plain.date, plain.title),
    seq,
    tags: normalizeTags(tags),
  };
  if (record.edition) record.page = record.edition.page;
  return record;
}

export function buildWord(word: string, values: Record<string, unknown>): VocabularyEntry {
  return {
    pinyin: '',
    definition: '',
    sentence: '',
    contexts: [],
    addedAt: 0,
    updatedAt: 0,
    known: false,
    ...(strip(values) as Partial<VocabularyEntry>),
    word,
  };
}

export function buildReview(key: string, values: Record<string, unknown>): ReviewLogEntry | undefined {
  const v = strip(values) as Partial<ReviewLogEntry>;
  const parsed = parseReviewKey(key);
  if (!v.rating || !v.before) return undefined;
  return { cardId: v.cardId ?? parsed.cardId, time: v.time ?? parsed.time, rating: v.rating, before: v.before };
}

/** The library's records a batch of synced ids refers to, read in a few bulk requests. */
export interface LibraryRecords {
  articles: Map<string, StoredArticle>;
  words: Map<string, VocabularyEntry>;
  cards: Map<string, ReviewCard>;
  overrides: Map<string, WordOverride>;
  /** Review log rows by key `cardId@time` (every row with that key). */
  reviews: Map<string, ReviewLogEntry[]>;
}

/** Reads the records of `ids` (`kind:key`); a kind with many ids is read whole (one request). */
export async function readRecords(db: LibraryDb, ids: Iterable<string>): Promise<LibraryRecords> {
  const keys: Record<EntityKind, string[]> = { article: [], word: [], card: [], review: [], setting: [], override: [] };
  for (const id of ids) {
    const { kind, key } = splitEntityId(id);
    keys[kind]?.push(key);
  }
  const get = async <T>(table: Table<T, string>, list: string[], key: (r: T) => string): Promise<Map<string, T>> => {
    if (!list.length) return new Map();
    if (list.length > 256 && list.length * 2 > (await table.count())) return byKey(await table.toArray(), key);
    return byKey(await bulkGetChunked(table, list), key);
  };
  const reviews = new Map<string, ReviewLogEntry[]>();
  if (keys.review.length) {
    const rows =
      keys.review.length > 256 && keys.review.length * 2 > (await db.reviewLog.count())
        ? await db.reviewLog.toArray()
        : await anyOfChunked(
            db.reviewLog,
            '[cardId+time]',
            keys.review.map((k) => {
              const { cardId, time } = parseReviewKey(k);
              return [cardId, time];
            }),
          );
    for (const r of rows) {
      const k = reviewKey(r);
      const list = reviews.get(k);
      if (list) list.push(r);
      else reviews.set(k, [r]);
    }
  }
  return {
    articles: await get(db.articles, keys.article, (a) => a.url),
    words: await get(db.vocabulary, keys.word, (w) => w.word),
    cards: await get(db.cards, keys.card, (c) => c.id),
    overrides: await get(db.overrides, keys.override, (o) => o.id),
    reviews,
  };
}

/** One record's synced fields as the library holds them; undefined when it holds none. */
export function fieldsOf(records: LibraryRecords, kind: EntityKind, key: string): Record<string, unknown> | undefined {
  switch (kind) {
    case 'article': {
      const a = records.articles.get(key);
      return a && articleFields(a);
    }
    case 'word': {
      const w = records.words.get(key);
      return w && wordFields(w);
    }
    case 'card': {
      const c = records.cards.get(key);
      return c && cardFields(c);
    }
    case 'review': {
      const r = records.reviews.get(key)?.[0];
      return r && reviewFields(r);
    }
    case 'override': {
      const o = records.overrides.get(key);
      return o && overrideFields(o);
    }
    default:
      return undefined;
  }
}

/** Reads one record's synced fields from the library; undefined when it holds none. */
export async function readFields(
  db: LibraryDb,
  kind: EntityKind,
  key: string,
): Promise<Record<string, unknown> | undefined> {
  return fieldsOf(await readRecords(db, [entityId(kind, key)]), kind, key);
}

/**
 * The writes of one merge, collected per table and stored in bulk by `flush` (inside the caller's
 * transaction), with what follows from them: search postings, glossary encounters, FSRS replays.
 * `records` are the library's records before the merge (from `readRecords`).
 */
export class RecordWrites {
  private readonly articles = new Map<string, StoredArticle | null>();
  private readonly words = new Map<string, VocabularyEntry | null>();
  private readonly cards = new Map<string, ReviewCard | null>();
  private readonly overrides = new Map<string, WordOverride | null>();
  private readonly reviewDeletes: number[] = [];
  private readonly reviewAdds: ReviewLogEntry[] = [];
  private readonly grams = new GramIndexBatch();
  readonly cardsToReplay = new Set<string>();
  private seq = 0;

  constructor(
    private readonly records: LibraryRecords,
    /** The next free document number. */
    firstSeq: number,
  ) {
    this.seq = firstSeq;
  }

  static async start(db: LibraryDb, records: LibraryRecords): Promise<RecordWrites> {
    return new RecordWrites(records, (((await db.articles.orderBy('seq').lastKey()) as number | undefined) ?? 0) + 1);
  }

  /** Writes (or, with `values` undefined, deletes) one record; returns its `updatedAt` when it has one. */
  write(
    kind: EntityKind,
    key: string,
    values: Record<string, unknown> | undefined,
    metas: Record<string, FieldMeta>,
  ): number | undefined {
    switch (kind) {
      case 'article': {
        const existing = this.records.articles.get(key);
        if (!values) {
          if (!existing) return undefined;
          this.articles.set(key, null);
          this.grams.remove(existing.seq, articleGrams(existing));
          return undefined;
        }
        const seq = existing?.seq ?? this.seq++;
        const record = buildArticle(key, values, metas, seq);
        if (!record) return undefined;
        this.articles.set(key, record);
        if (existing) this.grams.replace(seq, articleGrams(existing), articleGrams(record));
        else this.grams.add(seq, articleGrams(record));
        return record.updatedAt;
      }
      case 'word': {
        if (!values) {
          this.words.set(key, null);
          return undefined;
        }
        const record = buildWord(key, values);
        this.words.set(key, record);
        return record.updatedAt;
      }
      case 'card': {
        if (!values) this.cards.set(key, null);
        else {
          const existing = this.records.cards.get(key);
          const v = strip(values);
          const parsed = parseCardId(key);
          const card = existing
            ? { ...asStudyCard(existing), createdAt: Number(v.createdAt ?? asStudyCard(existing).createdAt) }
            : newCard(
                String(v.word ?? parsed.word),
                (v.direction as Direction | undefined) ?? parsed.direction,
                Number(v.createdAt ?? 0),
              );
          card.id = key;
          this.cards.set(key, card);
          this.cardsToReplay.add(key);
        }
        return undefined;
      }
      case 'override': {
        // A record that makes no sense (or no longer fits its key) is left out rather than stored.
        const record = values ? validOverride(strip(values)) : null;
        this.overrides.set(key, !record || record.id !== key ? null : record);
        return record?.updatedAt;
      }
      case 'review': {
        const { cardId } = parseReviewKey(key);
        for (const r of this.records.reviews.get(key) ?? []) if (r.id !== undefined) this.reviewDeletes.push(r.id);
        const record = values && buildReview(key, values);
        if (record) this.reviewAdds.push(record);
        this.cardsToReplay.add(cardId);
        return undefined;
      }
      default:
        return undefined;
    }
  }

  /** Stores everything collected, then replays the cards whose log or record changed. */
  async flush(db: LibraryDb): Promise<void> {
    const split = <T>(m: Map<string, T | null>) => {
      const puts: T[] = [];
      const deletes: string[] = [];
      for (const [k, v] of m)
        if (v) puts.push(v);
        else deletes.push(k);
      return { puts, deletes };
    };
    const articles = split(this.articles);
    await bulkDeleteChunked(db.articles, articles.deletes);
    await bulkPutChunked(db.articles, articles.puts);
    for (let i = 0; i < articles.deletes.length; i += BULK_CHUNK)
      await db.encounters
        .where('url')
        .anyOf(articles.deletes.slice(i, i + BULK_CHUNK))
        .delete();
    await writeEncountersOf(db, articles.puts);
    await this.grams.flush(db.grams);
    for (const [table, m] of [
      [db.vocabulary, this.words],
      [db.cards, this.cards],
      [db.overrides, this.overrides],
    ] as [Table<unknown, string>, Map<string, unknown>][]) {
      const { puts, deletes } = split(m);
      await bulkDeleteChunked(table, deletes);
      await bulkPutChunked(table, puts);
    }
    await bulkDeleteChunked(db.reviewLog, this.reviewDeletes);
    await bulkAddChunked(db.reviewLog, this.reviewAdds);
    await replayCards(db, this.cardsToReplay);
  }
}

/** Recomputes a card's FSRS state from its whole (merged) review log. */
export async function replayCard(db: LibraryDb, cardId: string): Promise<void> {
  await replayCards(db, [cardId]);
}

/** Recomputes the FSRS state of cards from their whole (merged) review logs, in bulk. */
export async function replayCards(db: LibraryDb, ids: Iterable<string>): Promise<void> {
  const list = [...new Set(ids)].sort();
  if (!list.length) return;
  const stored = await bulkGetChunked(db.cards, list);
  const logs = new Map<string, ReviewLogEntry[]>();
  const add = (r: ReviewLogEntry) => {
    const l = logs.get(r.cardId);
    if (l) l.push(r);
    else logs.set(r.cardId, [r]);
  };
  if (list.length > 64) for (const r of await db.reviewLog.orderBy('[cardId+time]').toArray()) add(r);
  else
    for (const id of list)
      for (const r of await db.reviewLog.where('[cardId+time]').between([id, -Infinity], [id, Infinity]).toArray())
        add(r);
  const out: ReviewCard[] = [];
  stored.forEach((card, i) => {
    if (card) out.push(replay(asStudyCard(card), logs.get(list[i]) ?? []));
  });
  await bulkPutChunked(db.cards, out);
}
