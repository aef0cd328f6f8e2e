/**
 * End-to-end encryption of sync files (WebCrypto): a key derived from the passphrase with
 * PBKDF2-SHA-256 (600,000 iterations, a random salt per device), AES-256-GCM with a random IV per
 * file. A wrong passphrase fails GCM's authentication: it is recognized, never mistaken for data.
 */
export const PBKDF2_ITERATIONS = 600_000;

const derived = new Map<string, Promise<CryptoKey>>();

function b64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function unb64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export { b64 as toBase64, unb64 as fromBase64 };

export function randomBytes(n: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}

/** The AES key for a passphrase and salt (derivations are cached: each costs a noticeable fraction of a second). */
export function deriveKey(passphrase: string, salt: Uint8Array, iterations = PBKDF2_ITERATIONS): Promise<CryptoKey> {
  const id = `${iterations}|${b64(salt)}|${passphrase}`;
  let key = derived.get(id);
  if (!key) {
    key = (async () => {
      const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
        'deriveKey',
      ]);
      return crypto.subtle.deriveKey(
        { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
        material,
        { name: 'AES-GCM', length: 256 },
        false,
        ['encrypt', 'decrypt'],
      );
    })();
    key.catch(() => derived.delete(id));
    derived.set(id, key);
  }
  return key;
}

/** IV (12 bytes) followed by the ciphertext and tag. */
export async function encrypt(key: CryptoKey, plain: Uint8Array): Promise<Uint8Array> {
  const iv = randomBytes(12);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, plain as BufferSource),
  );
  const out = new Uint8Array(12 + sealed.length);
  out.set(iv);
  out.set(sealed, 12);
  return out;
}

/** Rejects when the key is wrong or the data was altered. */
export async function decrypt(key: CryptoKey, data: Uint8Array): Promise<Uint8Array> {
  if (data.length < 28) throw new Error('encrypted data too short');
  return new Uint8Array(
    await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: data.subarray(0, 12) as BufferSource },
      key,
      data.subarray(12) as BufferSource,
    ),
  );
}

const CHECK_TEXT = 'workercn-reader sync passphrase check';

export interface KeyFile {
  format: 'workercn-sync-key';
  version: 1;
  salt: string;
  iterations: number;
  /** CHECK_TEXT encrypted with the key: proves a passphrase right or wrong before any data is read. */
  check: string;
}

export async function makeKeyFile(passphrase: string, salt = randomBytes(16)): Promise<KeyFile> {
  const key = await deriveKey(passphrase, salt);
  const check = await encrypt(key, new TextEncoder().encode(CHECK_TEXT));
  return { format: 'workercn-sync-key', version: 1, salt: b64(salt), iterations: PBKDF2_ITERATIONS, check: b64(check) };
}

export function parseKeyFile(text: string): KeyFile | undefined {
  try {
    const k = JSON.parse(text) as KeyFile;
    if (k.format !== 'workercn-sync-key' || typeof k.salt !== 'string' || typeof k.check !== 'string') return undefined;
    if (typeof k.iterations !== 'number' || k.iterations < 1000 || k.iterations > 10_000_000) return undefined;
    return k;
  } catch {
    return undefined;
  }
}

/** The key of a key file when the passphrase is right; undefined when it is wrong. */
export async function openKeyFile(file: KeyFile, passphrase: string): Promise<CryptoKey | undefined> {
  const key = await deriveKey(passphrase, unb64(file.salt), file.iterations);
  try {
    const text = new TextDecoder().decode(await decrypt(key, unb64(file.check)));
    return text === CHECK_TEXT ? key : undefined;
  } catch {
    return undefined;
  }
}
