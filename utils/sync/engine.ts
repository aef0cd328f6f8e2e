/**
 * One sync: list the folder, check the passphrase against every device's key file, fetch the files
 * not merged yet (newest snapshot of each device first, then change files no merged snapshot
 * covers), capture and merge in one transaction, upload the outbox as new change files, and now
 * and then compact into a snapshot. Any failure before the merge leaves the library as it was; a
 * failure after it leaves the outbox for the next sync. Unreadable files are skipped and retried.
 */
import type { LibraryDb } from '../db/database';
import {
  CorruptFileError,
  dataFileName,
  decodePayload,
  EncryptedFileError,
  encodePayload,
  keyFileName,
  parseFileName,
  type SyncPayload,
} from './codec';
import { makeKeyFile, openKeyFile, parseKeyFile } from './crypto';
import { SyncError } from './errors';
import { captureAndMerge } from './local';
import { deviceId, getMeta, setMeta } from './meta';
import { snapshotChanges } from './snapshot';
import { outboxChanges, type Change, type SyncFileRecord, type SyncOutboxEntry } from './types';
import type { RemoteFile, Transport } from './webdav';

export interface SyncOptions {
  passphrase?: string;
  /** Settings to sync, read from browser storage (key → value). */
  readSettings?: () => Promise<Record<string, unknown>>;
  writeSettings?: (values: Record<string, unknown>) => Promise<void>;
  /** Compact when this device has at least this many change files on the server (default 24). */
  compactAfter?: number;
  /** Changes per uploaded file (about; default CHANGES_PER_FILE). */
  changesPerFile?: number;
  now?: () => number;
}

export interface SyncReport {
  at: number;
  /** Changes uploaded. */
  sent: number;
  /** Changes received from other devices. */
  received: number;
  /** Records of the library changed by what came in. */
  changed: number;
  byKind: Record<string, number>;
  filesIn: number;
  filesOut: number;
  bytesUp: number;
  bytesDown: number;
  /** Files that could not be read this time (with why); they are tried again next time. */
  skipped: { name: string; why: string }[];
  compacted: boolean;
}

const decoder = new TextDecoder();

/**
 * Changes per uploaded file: a first sync of a large library goes up in a few requests of a few
 * megabytes (a request per record would take minutes, and some services limit request rates).
 */
export const CHANGES_PER_FILE = 50_000;

async function keysFor(
  transport: Transport,
  files: RemoteFile[],
  device: string,
  passphrase: string | undefined,
): Promise<{ keys: Map<string, CryptoKey>; own?: CryptoKey; writeOwn?: Uint8Array }> {
  const keys = new Map<string, CryptoKey>();
  const keyFiles = files.map((f) => parseFileName(f.name)).filter((n) => n?.type === 'key');
  if (!passphrase) return { keys };
  for (const n of keyFiles) {
    const file = parseKeyFile(decoder.decode(await transport.get(n!.name)));
    if (!file) continue;
    const key = await openKeyFile(file, passphrase);
    if (!key) throw new SyncError('passphrase');
    keys.set(n!.device, key);
  }
  if (keys.has(device)) return { keys, own: keys.get(device) };
  const file = await makeKeyFile(passphrase);
  const own = await openKeyFile(file, passphrase);
  keys.set(device, own!);
  return { keys, own, writeOwn: new TextEncoder().encode(JSON.stringify(file)) };
}

export async function runSync(db: LibraryDb, transport: Transport, options: SyncOptions = {}): Promise<SyncReport> {
  const now = options.now ?? Date.now;
  const device = await deviceId(db);
  const report: SyncReport = {
    at: now(),
    sent: 0,
    received: 0,
    changed: 0,
    byKind: {},
    filesIn: 0,
    filesOut: 0,
    bytesUp: 0,
    bytesDown: 0,
    skipped: [],
    compacted: false,
  };
  const listing = await transport.list();
  const present = new Set(listing.map((f) => f.name));
  const { keys, own, writeOwn } = await keysFor(transport, listing, device, options.passphrase);

  // What to fetch.
  const merged = new Map((await db.syncFiles.toArray()).map((r) => [r.name, r]));
  const covered = new Set<string>();
  for (const r of merged.values()) for (const c of r.covers ?? []) covered.add(c);
  const names = listing.map((f) => parseFileName(f.name)).filter((n) => n && n.type !== 'key') as {
    type: 'changes' | 'snapshot';
    device: string;
    seq: number;
    name: string;
  }[];
  const newestSnapshot = new Map<string, (typeof names)[number]>();
  for (const n of names)
    if (n.type === 'snapshot' && n.device !== device && (newestSnapshot.get(n.device)?.seq ?? -1) < n.seq)
      newestSnapshot.set(n.device, n);

  const incoming: Change[] = [];
  const records: SyncFileRecord[] = [];
  const fetch = async (n: (typeof names)[number]): Promise<SyncPayload | undefined> => {
    let bytes: Uint8Array;
    try {
      bytes = await transport.get(n.name);
    } catch (error) {
      if (error instanceof SyncError && error.status === 404) return undefined; // removed meanwhile
      throw error;
    }
    try {
      return await decodePayload(bytes, n, keys.get(n.device));
    } catch (error) {
      if (error instanceof EncryptedFileError)
        throw new SyncError(error.reason === 'no-key' ? 'passphrase-needed' : 'passphrase');
      if (error instanceof CorruptFileError) {
        report.skipped.push({ name: n.name, why: error.message });
        return undefined;
      }
      throw error;
    }
  };
  for (const n of newestSnapshot.values()) {
    if (merged.has(n.name)) continue;
    const payload = await fetch(n);
    if (!payload) continue;
    for (const change of payload.changes) incoming.push(change);
    const covers = (payload.covers ?? []).filter((c) => present.has(c));
    for (const c of covers) covered.add(c);
    records.push({ name: n.name, device: n.device, seq: n.seq, type: 'snapshot', at: now(), covers });
    report.filesIn++;
  }
  for (const n of names) {
    if (n.type !== 'changes' || n.device === device || merged.has(n.name) || covered.has(n.name)) continue;
    const payload = await fetch(n);
    if (!payload) continue;
    for (const change of payload.changes) incoming.push(change);
    records.push({ name: n.name, device: n.device, seq: n.seq, type: 'changes', at: now() });
    report.filesIn++;
  }
  report.received = incoming.length;

  // Merge, with this device's own changes captured first, in one transaction.
  const settings = options.readSettings ? await options.readSettings() : undefined;
  const outcome = await captureAndMerge(db, incoming, { settings, merged: records, wallClock: now });
  report.changed = outcome.changed;
  report.byKind = outcome.byKind;
  if (options.writeSettings && Object.keys(outcome.settings).length) await options.writeSettings(outcome.settings);

  // Upload. Own change files the server holds but this device never confirmed are failed
  // attempts (cut off, or answered too late): their changes are still in the outbox.
  if (writeOwn) await transport.put(keyFileName(device), writeOwn);
  for (const n of names)
    if (n.device === device && n.type === 'changes' && !merged.has(n.name)) await transport.remove(n.name);
  const perFile = options.changesPerFile ?? CHANGES_PER_FILE;
  for (;;) {
    // Whole outbox rows, in order, up to about `perFile` changes.
    const rows: SyncOutboxEntry[] = [];
    const changes: Change[] = [];
    await db.syncOutbox
      .orderBy('n')
      .until(() => changes.length >= perFile)
      .each((row) => {
        rows.push(row);
        for (const c of outboxChanges(row)) changes.push(c);
      });
    if (!rows.length) break;
    const seq = await db.transaction('rw', db.syncMeta, async () => {
      const next = await getMeta<number>(db, 'nextSeq', 1);
      await setMeta(db, 'nextSeq', next + 1); // a number is never used twice, even after a failed upload
      return next;
    });
    const name = dataFileName(device, seq, 'changes');
    const payload: SyncPayload = {
      format: 'workercn-sync',
      version: 1,
      type: 'changes',
      device,
      seq,
      createdAt: now(),
      changes,
    };
    await transport.put(name, await encodePayload(payload, own));
    await db.transaction('rw', db.syncOutbox, db.syncFiles, async () => {
      await db.syncOutbox.bulkDelete(rows.map((r) => r.n!));
      await db.syncFiles.put({ name, device, seq, type: 'changes', at: now() });
    });
    report.sent += changes.length;
    report.filesOut++;
  }

  // Compaction: when this device has many change files, one snapshot replaces them.
  const ownFiles = (await db.syncFiles.where('name').startsWith(`wcr-${device}-`).toArray()).filter(
    (r) => r.type === 'changes',
  );
  if (ownFiles.length >= (options.compactAfter ?? 24)) {
    await compact(db, transport, device, own, present, now);
    report.compacted = true;
  }
  report.bytesUp = transport.bytes.up;
  report.bytesDown = transport.bytes.down;
  return report;
}

/**
 * Writes a snapshot, reads it back to make sure it is whole, and only then removes this device's
 * change files and older snapshots that it covers. Other devices' files are theirs to remove.
 */
async function compact(
  db: LibraryDb,
  transport: Transport,
  device: string,
  key: CryptoKey | undefined,
  present: Set<string>,
  now: () => number,
): Promise<void> {
  const known = await db.syncFiles.toArray();
  const covers = [
    ...new Set([
      ...known.filter((r) => r.type === 'changes' && (present.has(r.name) || r.device === device)).map((r) => r.name),
      ...known.flatMap((r) => (r.covers ?? []).filter((c) => present.has(c))),
    ]),
  ].sort();
  const changes = await snapshotChanges(db);
  const seq = await db.transaction('rw', db.syncMeta, async () => {
    const next = await getMeta<number>(db, 'nextSeq', 1);
    await setMeta(db, 'nextSeq', next + 1);
    return next;
  });
  const payload: SyncPayload = {
    format: 'workercn-sync',
    version: 1,
    type: 'snapshot',
    device,
    seq,
    createdAt: now(),
    covers,
    changes,
  };
  const name = dataFileName(device, seq, 'snapshot');
  await transport.put(name, await encodePayload(payload, key));
  const back = await decodePayload(await transport.get(name), { device, seq, type: 'snapshot' }, key);
  if (back.changes.length !== changes.length) throw new SyncError('server', undefined, 'snapshot read back incomplete');
  const mine = known.filter((r) => r.device === device);
  await db.syncFiles.put({ name, device, seq, type: 'snapshot', at: now(), covers });
  for (const r of mine) {
    if (r.type === 'changes' && !covers.includes(r.name)) continue;
    await transport.remove(r.name);
    await db.syncFiles.delete(r.name);
  }
  // Older own snapshots listed on the server (from before a reinstall, say).
  for (const n of present) {
    const p = parseFileName(n);
    if (p && p.type === 'snapshot' && p.device === device && n !== name) await transport.remove(n);
  }
}
