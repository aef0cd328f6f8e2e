/**
 * Sync files: names, and bytes. Every file of a device carries its id in the name, so two devices
 * never write the same file:
 *   wcr-<device>-<seq>.changes    changes of one upload (append-only: never rewritten)
 *   wcr-<device>-<seq>.snapshot   a compaction: the whole merged state as this device knew it
 *   wcr-<device>.key              the device's salt and a passphrase check (encrypted folders)
 * Bytes: "WCRSYNC1", a mode byte (0 plain, 1 encrypted), then gzip(JSON) — encrypted: the salt
 * (16 bytes) and AES-GCM(gzip(JSON)). Anything else in the folder is not ours and is left alone.
 */
import { decrypt, encrypt } from './crypto';
import { isChange } from './apply';
import type { Change } from './types';

const MAGIC = new TextEncoder().encode('WCRSYNC1');
const NAME = /^wcr-([a-z0-9]{8,40})-(\d{8})\.(changes|snapshot)$/;
const KEY_NAME = /^wcr-([a-z0-9]{8,40})\.key$/;

export type SyncFileName =
  | { type: 'changes' | 'snapshot'; device: string; seq: number; name: string }
  | { type: 'key'; device: string; name: string };

export function parseFileName(name: string): SyncFileName | undefined {
  const m = NAME.exec(name);
  if (m) return { type: m[3] as 'changes' | 'snapshot', device: m[1], seq: Number(m[2]), name };
  const k = KEY_NAME.exec(name);
  if (k) return { type: 'key', device: k[1], name };
  return undefined;
}

export function dataFileName(device: string, seq: number, type: 'changes' | 'snapshot'): string {
  return `wcr-${device}-${String(seq).padStart(8, '0')}.${type}`;
}

export function keyFileName(device: string): string {
  return `wcr-${device}.key`;
}

export interface SyncPayload {
  format: 'workercn-sync';
  version: 1;
  type: 'changes' | 'snapshot';
  device: string;
  seq: number;
  createdAt: number;
  /** Snapshots: the change files whose content they hold. */
  covers?: string[];
  changes: Change[];
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

export class CorruptFileError extends Error {
  constructor(why: string) {
    super(why);
    this.name = 'CorruptFileError';
  }
}

/** Thrown for an encrypted file without the passphrase, or with the wrong one. */
export class EncryptedFileError extends Error {
  constructor(readonly reason: 'no-key' | 'wrong-key') {
    super(reason);
    this.name = 'EncryptedFileError';
  }
}

export async function encodePayload(payload: SyncPayload, key?: CryptoKey): Promise<Uint8Array> {
  const gz = await pipe(new TextEncoder().encode(JSON.stringify(payload)), new CompressionStream('gzip'));
  const body = key ? await encrypt(key, gz) : gz;
  const out = new Uint8Array(MAGIC.length + 1 + body.length);
  out.set(MAGIC);
  out[MAGIC.length] = key ? 1 : 0;
  out.set(body, MAGIC.length + 1);
  return out;
}

/** Decodes and checks a file; `key` is the sending device's key (encrypted folders). */
export async function decodePayload(
  bytes: Uint8Array,
  expected: { device: string; seq: number; type: string },
  key?: CryptoKey,
): Promise<SyncPayload> {
  if (bytes.length < MAGIC.length + 1 || MAGIC.some((b, i) => bytes[i] !== b))
    throw new CorruptFileError('not a sync file');
  const mode = bytes[MAGIC.length];
  let body = bytes.subarray(MAGIC.length + 1);
  if (mode === 1) {
    if (!key) throw new EncryptedFileError('no-key');
    try {
      body = await decrypt(key, body);
    } catch {
      throw new EncryptedFileError('wrong-key');
    }
  } else if (mode !== 0) throw new CorruptFileError(`unknown mode ${mode}`);
  let payload: SyncPayload;
  try {
    payload = JSON.parse(new TextDecoder().decode(await pipe(body, new DecompressionStream('gzip')))) as SyncPayload;
  } catch (error) {
    throw new CorruptFileError(`unreadable (${error instanceof Error ? error.message : String(error)})`);
  }
  if (
    payload?.format !== 'workercn-sync' ||
    payload.type !== expected.type ||
    payload.device !== expected.device ||
    payload.seq !== expected.seq ||
    !Array.isArray(payload.changes)
  )
    throw new CorruptFileError('content does not match its name');
  if (!payload.changes.every(isChange)) throw new CorruptFileError('malformed change');
  if (
    payload.covers !== undefined &&
    !(Array.isArray(payload.covers) && payload.covers.every((c) => typeof c === 'string'))
  )
    throw new CorruptFileError('malformed snapshot');
  return payload;
}
