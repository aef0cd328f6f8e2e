/**
 * Change capture: compares the library with what sync last knew of it (`syncShadow`) and turns
 * every difference into stamped changes in the outbox. Whatever wrote the library (reader,
 * library page, review page, backup import), the difference is seen; nothing needs to report it.
 */
import type { LibraryDb } from '../db/database';
import type { HybridClock } from './hlc';
import { bulkPutChunked } from '../db/bulk';
import type { StoredArticle } from '../db/records';
import {
  replayCards,
  articleFields,
  cardFields,
  entityId,
  reviewFields,
  reviewKey,
  wordFields,
  overrideFields,
  TAG_PREFIX,
  TAG_RANK_PREFIX,
} from './entities';
import { isAlive, mergeEntity } from './merge';
import { DELETED, type Change, type EntityKind, type SyncOutboxEntry, type SyncShadowEntry } from './types';

/** Changes per outbox row. */
export const OUTBOX_ROW = 2000;
import { hashValue, orNull } from './values';

export interface CaptureContext {
  db: LibraryDb;
  device: string;
  clock: HybridClock;
  /** Settings to sync (key → value), read from browser storage by the caller. */
  settings?: Record<string, unknown>;
}

/** The tables capture reads and writes (one transaction with the merge). */
export const SYNC_TABLES = (db: LibraryDb) => [
  db.articles,
  db.grams,
  db.encounters,
  db.vocabulary,
  db.cards,
  db.reviewLog,
  db.overrides,
  db.syncShadow,
  db.syncOutbox,
  db.syncFiles,
  db.syncMeta,
];

async function shadowsOf(db: LibraryDb, kind: EntityKind): Promise<Map<string, SyncShadowEntry>> {
  const rows = await db.syncShadow.where('id').startsWith(`${kind}:`).toArray();
  return new Map(rows.map((r) => [r.id, r]));
}

/** The changes that take a shadow entry to `fields` (a creation when it is not alive). */
function diff(shadow: SyncShadowEntry | undefined, fields: Record<string, unknown>): [string, unknown][] {
  if (!isAlive(shadow)) {
    const all: [string, unknown][] = Object.entries(fields).map(([f, v]) => [f, orNull(v)]);
    for (const f of Object.keys(shadow?.f ?? {})) if (f !== DELETED && !(f in fields)) all.push([f, null]);
    all.push([DELETED, false]);
    return all;
  }
  const out: [string, unknown][] = [];
  const names = new Set([...Object.keys(fields), ...Object.keys(shadow!.f)]);
  names.delete(DELETED);
  for (const f of names) {
    const value = orNull(fields[f]);
    const meta = shadow!.f[f];
    if (!meta) {
      if (value !== null) out.push([f, value]);
    } else if (meta.x !== hashValue(value)) out.push([f, value]);
  }
  return out;
}

/** Captures every local difference into the outbox; call inside a transaction over SYNC_TABLES. Returns the changes. */
export async function captureLocal(ctx: CaptureContext): Promise<Change[]> {
  const { db } = ctx;
  const captured: Change[] = [];
  // Cards whose state must follow their (merged) review log again.
  const cards = new Set<string>();
  // Writes are collected and stored once per kind (a library holds tens of thousands of records).
  const shadowPuts = new Map<string, SyncShadowEntry>();
  // The outbox holds changes in rows of up to OUTBOX_ROW, not one row per change.
  const outbox: Change[] = [];
  const flush = async () => {
    if (shadowPuts.size) await bulkPutChunked(db.syncShadow, [...shadowPuts.values()]);
    const rows: SyncOutboxEntry[] = [];
    for (let i = 0; i < outbox.length; i += OUTBOX_ROW) rows.push({ changes: outbox.slice(i, i + OUTBOX_ROW) });
    if (rows.length) await db.syncOutbox.bulkAdd(rows);
    shadowPuts.clear();
    outbox.length = 0;
  };
  const record = (
    kind: EntityKind,
    key: string,
    shadow: SyncShadowEntry | undefined,
    fieldChanges: [string, unknown][],
    updatedAt?: number,
  ) => {
    const id = entityId(kind, key);
    if (fieldChanges.length === 0) {
      if (shadow && updatedAt !== undefined && shadow.u !== updatedAt) shadowPuts.set(id, { ...shadow, u: updatedAt });
      return;
    }
    const h = ctx.clock.tick();
    const changes: Change[] = fieldChanges.map(([f, v]) => ({ k: kind, i: key, f, v, h, d: ctx.device }));
    const merged = mergeEntity(shadow ?? { id, f: {} }, changes);
    if (updatedAt !== undefined) merged.entry.u = updatedAt;
    shadowPuts.set(id, merged.entry);
    for (const change of changes) {
      outbox.push(change);
      captured.push(change);
    }
    if (kind === 'card') cards.add(key);
    if (kind === 'review') cards.add(key.slice(0, key.lastIndexOf('@')));
  };
  const tombstones = async (kind: EntityKind, shadows: Map<string, SyncShadowEntry>, seen: Set<string>) => {
    for (const [id, shadow] of shadows) {
      if (seen.has(id) || !isAlive(shadow)) continue;
      record(kind, id.slice(kind.length + 1), shadow, [[DELETED, true]]);
    }
    await flush();
  };

  // Articles: the large fields are compared only when `updatedAt` moved; tags, state and
  // progress always (a backup import can change tags without moving it).
  {
    const shadows = await shadowsOf(db, 'article');
    const seen = new Set<string>();
    const changed: StoredArticle[] = [];
    await db.articles.each((a) => {
      const id = entityId('article', a.url);
      seen.add(id);
      const shadow = shadows.get(id);
      if (isAlive(shadow) && shadow!.u === a.updatedAt) {
        const quick: Record<string, unknown> = { state: a.state, progress: a.progress };
        for (const tag of a.tags) quick[TAG_PREFIX + tag.toLowerCase()] = tag;
        const same =
          Object.entries(quick).every(([f, v]) => shadow!.f[f]?.x === hashValue(v)) &&
          Object.keys(shadow!.f).every(
            (f) => !f.startsWith(TAG_PREFIX) || f in quick || shadow!.f[f].x === hashValue(null),
          );
        if (same) return;
      }
      changed.push(a);
    });
    for (const a of changed) {
      const shadow = shadows.get(entityId('article', a.url));
      // A tag's place goes along with the tag (and only then: places that moved as others were
      // removed are not sent, so merging sends nothing back).
      const changes = diff(shadow, articleFields(a)).filter(([f]) => !f.startsWith(TAG_RANK_PREFIX));
      for (const [f, v] of [...changes])
        if (f.startsWith(TAG_PREFIX) && v !== null)
          changes.push([TAG_RANK_PREFIX + f.slice(TAG_PREFIX.length), a.tags.indexOf(String(v))]);
      record('article', a.url, shadow, changes, a.updatedAt);
    }
    await tombstones('article', shadows, seen);
  }
  {
    const shadows = await shadowsOf(db, 'word');
    const seen = new Set<string>();
    for (const w of await db.vocabulary.toArray()) {
      const id = entityId('word', w.word);
      seen.add(id);
      const shadow = shadows.get(id);
      record('word', w.word, shadow, diff(shadow, wordFields(w)), w.updatedAt);
    }
    await tombstones('word', shadows, seen);
  }
  {
    const shadows = await shadowsOf(db, 'card');
    const seen = new Set<string>();
    for (const c of await db.cards.toArray()) {
      const id = entityId('card', c.id);
      seen.add(id);
      const shadow = shadows.get(id);
      record('card', c.id, shadow, diff(shadow, cardFields(c)));
    }
    await tombstones('card', shadows, seen);
  }
  {
    // Review log entries never change: only new and removed ones matter.
    const shadows = await shadowsOf(db, 'review');
    const seen = new Set<string>();
    for (const r of await db.reviewLog.toArray()) {
      const key = reviewKey(r);
      const id = entityId('review', key);
      seen.add(id);
      const shadow = shadows.get(id);
      if (isAlive(shadow)) continue;
      record('review', key, shadow, diff(shadow, reviewFields(r)));
    }
    await tombstones('review', shadows, seen);
  }
  {
    const shadows = await shadowsOf(db, 'override');
    const seen = new Set<string>();
    for (const o of await db.overrides.toArray()) {
      const id = entityId('override', o.id);
      seen.add(id);
      const shadow = shadows.get(id);
      record('override', o.id, shadow, diff(shadow, overrideFields(o)), o.updatedAt);
    }
    await tombstones('override', shadows, seen);
  }
  if (ctx.settings) {
    const shadows = await shadowsOf(db, 'setting');
    for (const [key, value] of Object.entries(ctx.settings)) {
      if (value === undefined) continue;
      const shadow = shadows.get(entityId('setting', key));
      record('setting', key, shadow, diff(shadow, { value }));
    }
    await flush();
  }
  await replayCards(db, cards);
  return captured;
}
