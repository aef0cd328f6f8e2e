/**
 * Background feature: sync on start, a while after the library changes (debounced), every half
 * hour (an alarm, so it survives the MV3 service worker stopping), and on demand from the options
 * page; one sync at a time; the status (last sync, what came in and went out, the error in words)
 * in browser storage for the options page.
 */
import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { onMessage } from '../messaging';
import { sharedLibraryDb } from '../library/api';
import { notifyStudyChange } from '../study/changes';
import { runSync } from './engine';
import { SyncError } from './errors';
import { WebDavTransport } from './webdav';
import {
  describeServer,
  originPattern,
  syncSettingsItem,
  syncStatusItem,
  SYNCED_STORAGE_KEYS,
  validateSettings,
  type SyncSettings,
  type SyncStatus,
} from './config';
import { parseFileName } from './codec';
import { resetSyncState } from './reset';

export const SYNC_ALARM = 'workercn-sync';
/** The debounce after a change: an alarm too, so it fires even if the service worker stopped meanwhile. */
export const SYNC_SOON_ALARM = 'workercn-sync-soon';
const PERIOD_MINUTES = 30;
const DEBOUNCE_MS = 20_000;
const LIBRARY_TABLES = ['/articles', '/vocabulary', '/cards', '/reviewLog', '/overrides'];

let running: Promise<SyncStatus> | undefined;
let again = false;
let quietUntil = 0;

async function setStatus(patch: Partial<SyncStatus>): Promise<SyncStatus> {
  const next = { ...(await syncStatusItem.getValue()), ...patch };
  await syncStatusItem.setValue(next);
  return next;
}

function transportFor(s: SyncSettings, timeoutMs?: number): WebDavTransport {
  return new WebDavTransport({ url: s.url, username: s.username, password: s.password, folder: s.folder, timeoutMs });
}

async function hasPermission(s: SyncSettings): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(s.url)] });
  } catch {
    return false;
  }
}

async function syncOnce(): Promise<SyncStatus> {
  const settings = await syncSettingsItem.getValue();
  if (!settings) return setStatus({ enabled: false, running: false });
  const at = Date.now();
  await setStatus({ running: true, lastAttempt: at });
  try {
    if (!(await hasPermission(settings))) throw new SyncError('permission');
    const db = await sharedLibraryDb();
    const report = await runSync(db, transportFor(settings), {
      passphrase: settings.passphrase || undefined,
      readSettings: async () => (await browser.storage.local.get([...SYNCED_STORAGE_KEYS])) as Record<string, unknown>,
      writeSettings: async (values) => {
        await browser.storage.local.set(values);
      },
    });
    if (report.changed) notifyStudyChange();
    const { sent, received, changed, byKind, bytesUp, bytesDown, skipped, compacted } = report;
    return await setStatus({
      running: false,
      lastSync: report.at,
      last: { sent, received, changed, byKind, bytesUp, bytesDown, skipped, compacted },
      error: undefined,
    });
  } catch (error) {
    const e =
      error instanceof SyncError
        ? { code: error.code, message: error.message }
        : { code: 'unknown' as const, message: error instanceof Error ? error.message : String(error) };
    return setStatus({ running: false, error: { ...e, at: Date.now() } });
  } finally {
    quietUntil = Date.now() + 3000;
  }
}

/** Runs a sync now, or once more right after the one running. */
export function syncNow(): Promise<SyncStatus> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    let status: SyncStatus;
    do {
      again = false;
      status = await syncOnce();
    } while (again);
    return status;
  })().finally(() => {
    running = undefined;
  });
  return running;
}

/** A sync a little after the last change (each change moves it later). */
function scheduleSoon(): void {
  void browser.alarms.create(SYNC_SOON_ALARM, { when: Date.now() + DEBOUNCE_MS });
}

/** Checks the address, the account and the folder (creating it), and says what it found. */
async function testConnection(settings: SyncSettings): Promise<{ files: number; encrypted: boolean; devices: number }> {
  const problem = validateSettings(settings);
  if (problem) throw new Error(problem);
  const files = await transportFor(settings, 15_000).list();
  const ours = files.map((f) => parseFileName(f.name)).filter((n) => n !== undefined);
  return {
    files: ours.length,
    encrypted: ours.some((n) => n.type === 'key'),
    devices: new Set(ours.map((n) => n.device)).size,
  };
}

export function setupSync(): void {
  onMessage('syncStatus', () => syncStatusItem.getValue());
  onMessage('syncNow', () => syncNow());
  onMessage('syncTest', ({ settings }) => testConnection(settings));
  onMessage('syncEnable', async ({ settings }) => {
    const problem = validateSettings(settings);
    if (problem) throw new Error(problem);
    if (!(await hasPermission(settings))) throw new SyncError('permission');
    const previous = await syncSettingsItem.getValue();
    const clean: SyncSettings = {
      url: settings.url.trim(),
      username: settings.username.trim(),
      password: settings.password,
      folder: settings.folder.trim(),
      ...(settings.passphrase ? { passphrase: settings.passphrase } : {}),
    };
    // Another server or folder: start afresh there (everything is sent; merging is idempotent).
    if (!previous || describeServer(previous) !== describeServer(clean)) await resetSyncState(await sharedLibraryDb());
    await syncSettingsItem.setValue(clean);
    await setStatus({ enabled: true, server: describeServer(clean), encrypted: !!clean.passphrase, error: undefined });
    await browser.alarms.create(SYNC_ALARM, { periodInMinutes: PERIOD_MINUTES });
    return syncNow();
  });
  onMessage('syncDisable', async () => {
    const previous = await syncSettingsItem.getValue();
    await syncSettingsItem.setValue(null);
    await browser.alarms.clear(SYNC_ALARM);
    await resetSyncState(await sharedLibraryDb());
    if (previous) {
      try {
        await browser.permissions.remove({ origins: [originPattern(previous.url)] });
      } catch {
        // Already gone, or the browser keeps granted hosts: nothing to forget then.
      }
    }
    const cleared: SyncStatus = { enabled: false, running: false };
    await syncStatusItem.setValue(cleared);
    return cleared;
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM || alarm.name === SYNC_SOON_ALARM)
      void syncSettingsItem.getValue().then((s) => s && syncNow());
  });
  // Changes of the library from any page or the background itself (Dexie tells every context).
  Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
    if (running || Date.now() < quietUntil) return;
    if (Object.keys(parts).some((k) => LIBRARY_TABLES.some((t) => k.includes(t)))) scheduleSoon();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SYNCED_STORAGE_KEYS.some((k) => k in changes) && !running && Date.now() >= quietUntil)
      scheduleSoon();
  });
  // On browser start: a sync at once.
  browser.runtime.onStartup.addListener(() => {
    void syncSettingsItem.getValue().then((s) => s && syncNow());
  });
  // Whenever the background starts (or the service worker wakes): the alarm in place, no stale "running".
  void syncSettingsItem.getValue().then(async (s) => {
    if (!s) return;
    if (!(await browser.alarms.get(SYNC_ALARM)))
      await browser.alarms.create(SYNC_ALARM, { periodInMinutes: PERIOD_MINUTES });
    if (!running) await setStatus({ running: false });
  });
}
