/**
 * The options page's sync section: server settings, "Test connection", turning sync on (which asks
 * the browser for access to that one server) and off (which forgets the credentials), "Sync now",
 * and the status line: the last sync, what came in and went out, the error in words.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging';
import { t } from '@/utils/i18n';
import {
  DEFAULT_FOLDER,
  originPattern,
  syncStatusItem,
  validateSettings,
  type SyncSettings,
  type SyncStatus,
} from '@/utils/sync/config';

const time = (ms: number) => new Date(ms).toLocaleString();

export function statusLines(status: SyncStatus): string[] {
  const lines: string[] = [];
  if (status.running) lines.push(t('syncRunning'));
  if (status.lastSync && status.last)
    lines.push(
      t('syncLast', [
        time(status.lastSync),
        String(status.last.received),
        String(status.last.sent),
        String(status.last.changed),
      ]),
    );
  else if (!status.running && !status.error) lines.push(t('syncNever'));
  if (status.error && (!status.lastSync || status.error.at >= status.lastSync))
    lines.push(t('syncFailed', [time(status.error.at), status.error.message]));
  if (status.last?.skipped.length) lines.push(t('syncSkipped', status.last.skipped.map((s) => s.name).join(', ')));
  return lines;
}

export function SyncSection() {
  const [status, setStatus] = useState<SyncStatus>({ enabled: false, running: false });
  const [form, setForm] = useState<SyncSettings>({ url: '', username: '', password: '', folder: DEFAULT_FOLDER });
  const [note, setNote] = useState<{ text: string; error?: boolean }>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void syncStatusItem.getValue().then(setStatus);
    return syncStatusItem.watch((value) => value && setStatus(value));
  }, []);

  const field = (key: keyof SyncSettings) => ({
    value: form[key] ?? '',
    onInput: (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value }),
  });

  /** Asks for the server's origin; must run first in a click handler (the browser wants a user gesture). */
  const permit = async (): Promise<boolean> => {
    const problem = validateSettings(form);
    if (problem) {
      setNote({ text: problem, error: true });
      return false;
    }
    const pattern = originPattern(form.url);
    const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
    if (!granted) setNote({ text: t('syncPermissionDenied', pattern), error: true });
    return granted;
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setNote({ text: error instanceof Error ? error.message : String(error), error: true });
    } finally {
      setBusy(false);
    }
  };

  const test = async () => {
    if (!(await permit())) return;
    await run(async () => {
      const found = await sendMessage('syncTest', { settings: form });
      setNote({
        text: [
          t('syncTestOk', [String(found.files), String(found.devices)]),
          found.encrypted && !form.passphrase ? t('syncTestEncrypted') : '',
        ]
          .filter(Boolean)
          .join(' '),
      });
    });
  };

  const turnOn = async () => {
    if (!(await permit())) return;
    await run(async () => {
      setNote(undefined);
      setStatus(await sendMessage('syncEnable', { settings: form }));
    });
  };

  const turnOff = () =>
    run(async () => {
      setStatus(await sendMessage('syncDisable'));
      setForm({ url: '', username: '', password: '', folder: DEFAULT_FOLDER });
      setNote(undefined);
    });

  const syncNow = () => run(async () => setStatus(await sendMessage('syncNow')));

  return (
    <section class="sync" aria-labelledby="sync-heading">
      <h2 id="sync-heading">{t('syncHeading')}</h2>
      <p class="hint">{t('syncIntro')}</p>
      {status.enabled ? (
        <div class="sync-on">
          <p>{t('syncOnWith', status.server ?? '')}</p>
          <p class="hint">{status.encrypted ? t('syncEncryptedOn') : t('syncNotEncrypted')}</p>
          <div class="sync-buttons">
            <button type="button" onClick={syncNow} disabled={busy || status.running}>
              {t('syncNowButton')}
            </button>
            <button type="button" onClick={turnOff} disabled={busy}>
              {t('syncTurnOff')}
            </button>
          </div>
          <p class="hint">{t('syncOffNote')}</p>
        </div>
      ) : (
        <form
          class="sync-form"
          onSubmit={(e) => {
            e.preventDefault();
            void turnOn();
          }}
        >
          <label>
            {t('syncUrl')}
            <input type="url" name="url" placeholder="https://dav.jianguoyun.com/dav/" required {...field('url')} />
          </label>
          <label>
            {t('syncUser')}
            <input type="text" name="username" autocomplete="username" required {...field('username')} />
          </label>
          <label>
            {t('syncPassword')}
            <input type="password" name="password" autocomplete="current-password" required {...field('password')} />
          </label>
          <label>
            {t('syncFolder')}
            <input type="text" name="folder" {...field('folder')} />
          </label>
          <label>
            {t('syncPassphrase')}
            <input type="password" name="passphrase" autocomplete="new-password" {...field('passphrase')} />
          </label>
          <div class="sync-buttons">
            <button type="button" onClick={() => void test()} disabled={busy}>
              {t('syncTest')}
            </button>
            <button type="submit" disabled={busy}>
              {t('syncTurnOn')}
            </button>
          </div>
          <p class="hint">{t('syncHelp')}</p>
        </form>
      )}
      {note && (
        <p class={note.error ? 'sync-note error' : 'sync-note'} role={note.error ? 'alert' : 'status'}>
          {note.text}
        </p>
      )}
      <div class="sync-status" role="status" aria-live="polite">
        {(status.enabled || status.error) && statusLines(status).map((line) => <p key={line}>{line}</p>)}
      </div>
    </section>
  );
}
