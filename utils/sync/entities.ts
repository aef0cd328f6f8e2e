/**
 * How library records become synced fields and back. Articles: every stored field but the local
 * ones (document number, derived keys), and one field per tag (`tag:<lower-case tag>` = its
 * spelling, `null` once removed), so adding and removing tags on two devices merge tag by tag.
 * Tags are listed in the order they were synced (their stamps); tags synced together keep the
 * order the device listed them in (`tagrank:<lower-case tag>`, sent only along with the tag).
 * Words: every field. Cards: which word and direction and when created; their FSRS state is
 * replayed from the merged review log. Review log entries: key `cardId@time`.
 */
import type { LibraryDb } from '../db/database';
import type { ReviewCard, ReviewLogEntry, StoredArticle, VocabularyEntry } from '../db/records';
import { canonicalUrl, normalizeTags, twinKeyOf } from '../db/records';
import { articleGrams } from '../db/grams';
import type { GramIndexBatch } from '../db/search-index';
import { writeEncounters } from '../library/upsert';
import { asStudyCard, newCard, parseCardId } from '../study/cards';
import { replay } from '../study/scheduler';
import type { Direction } from '../study/types';
import { compareStamp } from './merge';
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

/** Reads one record's synced fields from the library; undefined when it holds none. */
export async function readFields(
  db: LibraryDb,
  kind: EntityKind,
  key: string,
): Promise<Record<string, unknown> | undefined> {
  switch (kind) {
    case 'article': {
      const a = await db.articles.get(key);
      return a && articleFields(a);
    }
    case 'word': {
      const w = await db.vocabulary.get(key);
      return w && wordFields(w);
    }
    case 'card': {
      const c = await db.cards.get(key);
      return c && cardFields(c);
    }
    case 'review': {
      const { cardId, time } = parseReviewKey(key);
      const r = await db.reviewLog.where('[cardId+time]').equals([cardId, time]).first();
      return r && reviewFields(r);
    }
    default:
      return undefined;
  }
}

/** Writes (or, with `values` undefined, deletes) one record; returns its `updatedAt` when it has one. */
export async function writeRecord(
  db: LibraryDb,
  kind: EntityKind,
  key: string,
  values: Record<string, unknown> | undefined,
  metas: Record<string, FieldMeta>,
  ctx: { grams: GramIndexBatch; nextSeq: () => Promise<number>; cardsToReplay: Set<string> },
): Promise<number | undefined> {
  switch (kind) {
    case 'article': {
      const existing = await db.articles.get(key);
      if (!values) {
        if (!existing) return undefined;
        await db.articles.delete(key);
        await db.encounters.where('url').equals(key).delete();
        ctx.grams.remove(existing.seq, articleGrams(existing));
        return undefined;
      }
      const seq = existing?.seq ?? (await ctx.nextSeq());
      const record = buildArticle(key, values, metas, seq);
      if (!record) return undefined;
      await db.articles.put(record);
      if (existing) ctx.grams.replace(seq, articleGrams(existing), articleGrams(record));
      else ctx.grams.add(seq, articleGrams(record));
      await writeEncounters(db, record);
      return record.updatedAt;
    }
    case 'word': {
      if (!values) {
        await db.vocabulary.delete(key);
        return undefined;
      }
      const record = buildWord(key, values);
      await db.vocabulary.put(record);
      return record.updatedAt;
    }
    case 'card': {
      if (!values) await db.cards.delete(key);
      else {
        const existing = await db.cards.get(key);
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
        await db.cards.put(card);
        ctx.cardsToReplay.add(key);
      }
      return undefined;
    }
    case 'review': {
      const { cardId, time } = parseReviewKey(key);
      await db.reviewLog.where('[cardId+time]').equals([cardId, time]).delete();
      const record = values && buildReview(key, values);
      if (record) await db.reviewLog.add(record);
      ctx.cardsToReplay.add(cardId);
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Recomputes a card's FSRS state from its whole (merged) review log. */
export async function replayCard(db: LibraryDb, cardId: string): Promise<void> {
  const stored = await db.cards.get(cardId);
  if (!stored) return;
  const log = await db.reviewLog.where('[cardId+time]').between([cardId, -Infinity], [cardId, Infinity]).toArray();
  await db.cards.put(replay(asStudyCard(stored), log));
}
