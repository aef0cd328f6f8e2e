/**
 * Sync settings and status in `browser.storage.local`. The credentials are kept only while sync is
 * on: turning it off deletes them. The passphrase never leaves the device.
 */
import { storage } from 'wxt/utils/storage';
import type { SyncErrorCode } from './errors';
import type { SyncReport } from './engine';

export interface SyncSettings {
  url: string;
  username: string;
  password: string;
  folder: string;
  /** End-to-end encryption when set. */
  passphrase?: string;
}

export const DEFAULT_FOLDER = 'workercn-reader';

export interface SyncStatus {
  enabled: boolean;
  /** The server shown to the user (address and folder, never the password). */
  server?: string;
  running: boolean;
  encrypted?: boolean;
  /** Epoch ms of the last sync that completed. */
  lastSync?: number;
  /** Epoch ms of the last attempt. */
  lastAttempt?: number;
  last?: Pick<
    SyncReport,
    'sent' | 'received' | 'changed' | 'byKind' | 'bytesUp' | 'bytesDown' | 'skipped' | 'compacted'
  >;
  error?: { code: SyncErrorCode | 'unknown'; message: string; at: number };
}

export const syncSettingsItem = storage.defineItem<SyncSettings | null>('local:syncSettings', { fallback: null });
export const syncStatusItem = storage.defineItem<SyncStatus>('local:syncStatus', {
  fallback: { enabled: false, running: false },
});

/** The settings keys of browser storage that sync carries between devices. */
export const SYNCED_STORAGE_KEYS = ['settings', 'studySettings'] as const;

/** Checks what the user typed; returns the problem in words, or undefined. */
export function validateSettings(s: Partial<SyncSettings>): string | undefined {
  let url: URL;
  try {
    url = new URL((s.url ?? '').trim());
  } catch {
    return 'Enter the WebDAV address, e.g. https://dav.jianguoyun.com/dav/';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'The address must start with https://';
  if (url.protocol === 'http:' && !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
    return 'Use an https:// address: the password would otherwise travel in clear text.';
  if (!s.username?.trim()) return 'Enter the user name.';
  if (!s.password) return 'Enter the (app) password.';
  return undefined;
}

/** The host permission pattern for the server's origin, e.g. https://dav.jianguoyun.com/* */
export function originPattern(url: string): string {
  const u = new URL(url.trim());
  return `${u.protocol}//${u.hostname}/*`;
}

export function describeServer(s: SyncSettings): string {
  const u = new URL(s.url.trim());
  return `${u.host}${u.pathname.replace(/\/$/, '')}/${(s.folder || DEFAULT_FOLDER).replace(/^\/+/, '')}`;
}
