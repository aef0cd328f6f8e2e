/**
 * The shapes of sync: a change (one field of one record, stamped), what the device remembers of
 * every synced record (`syncShadow`), its outbox, the server files it merged, its own counters.
 */
import type { Hlc } from './hlc';

/**
 * What is synced: articles, vocabulary (with known words), cards, review log entries, settings,
 * and the learner's word merges and splits (`override`, key: the override's id).
 */
export type EntityKind = 'article' | 'word' | 'card' | 'review' | 'setting' | 'override';
export const ENTITY_KINDS: readonly EntityKind[] = ['article', 'word', 'card', 'review', 'setting', 'override'];

/** The field that says whether a record exists: `true` is a tombstone. */
export const DELETED = '$del';

/** One field of one record set to a value (JSON; `null` for absent) at a stamp by a device. */
export interface Change {
  /** Kind. */
  k: EntityKind;
  /** The record's key (an article's URL, a word, a card id, `cardId@time`, a settings key). */
  i: string;
  /** Field name (`$del` for existence, `tag:<key>` for one tag of an article). */
  f: string;
  v: unknown;
  h: Hlc;
  /** Device id. */
  d: string;
}

/** A superseded value of a field, kept as history (small values only). */
export interface PastValue {
  v: unknown;
  h: Hlc;
  d: string;
}

/** The winning stamp of one field and a hash of its value; the value itself while the record is not in the library. */
export interface FieldMeta {
  h: Hlc;
  d: string;
  /** Hash of the value's canonical JSON. */
  x: string;
  /** The value, kept only while the record is not materialized (deleted, or not complete yet). */
  v?: unknown;
}

/** Table `syncShadow`: one synced record (key `kind:key`). */
export interface SyncShadowEntry {
  id: string;
  f: Record<string, FieldMeta>;
  /** History: the latest superseded values of small fields, newest first. */
  p?: Record<string, PastValue[]>;
  /** The record's `updatedAt` when last captured or written (a quick "unchanged" test). */
  u?: number;
}

/**
 * Table `syncOutbox`: local changes waiting to be uploaded, in capture order: a row holds many
 * (`changes`); rows written by an earlier version hold one (`change`).
 */
export interface SyncOutboxEntry {
  n?: number;
  change?: Change;
  changes?: Change[];
}

/** The changes of an outbox row, whichever version wrote it. */
export function outboxChanges(row: SyncOutboxEntry): Change[] {
  return row.changes ?? (row.change ? [row.change] : []);
}

/** Table `syncFiles`: a file of the server already merged (or written) by this device. */
export interface SyncFileRecord {
  name: string;
  device: string;
  seq: number;
  type: 'changes' | 'snapshot';
  at: number;
  /** For snapshots: the change files whose content it holds. */
  covers?: string[];
}

/** Table `syncMeta`: `deviceId`, `clock`, `nextSeq` and other counters. */
export interface SyncMetaEntry {
  key: string;
  value: unknown;
}
