/**
 * Anki in one click (optional): turning it on asks the browser for access to AnkiConnect on this
 * machine; then choose the deck and note type, map its fields, and send the words being studied.
 * Words already in the deck are found and left alone. When AnkiConnect refuses the extension's
 * origin (its `webCorsOriginList`; the usual 403 in Firefox) the panel says what to add where.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '@/utils/i18n';
import {
  AnkiConnect,
  AnkiError,
  ANKI_ORIGINS,
  guessFieldMap,
  NOTE_SOURCES,
  type NoteSource,
} from '@/utils/study/anki-connect';
import { noteValues, sendToAnki, type SendResult } from '@/utils/study/anki-notes';
import { GLOBAL_SCOPE, effectiveOverrides } from '@/utils/overrides/model';
import { getAnkiSettings, updateAnkiSettings, type AnkiSettings } from '@/utils/study/anki-settings';
import { rowOf } from '@/utils/study/export';
import { loadTextEngine } from '@/utils/text/index';
import type { StoredArticle } from '@/utils/db/records';
import type { StudyServices } from './services';

const SOURCE_LABELS: Record<NoteSource, MessageKey> = {
  hanzi: 'ankiSourceHanzi',
  pinyin: 'ankiSourcePinyin',
  meaning: 'ankiSourceMeaning',
  sentence: 'ankiSourceSentence',
  sentencePinyin: 'ankiSourceSentencePinyin',
  source: 'ankiSourceSource',
  date: 'ankiSourceDate',
  page: 'ankiSourcePage',
  glossaryEnglish: 'ankiSourceGlossaryEnglish',
};

interface Connection {
  version: number;
  decks: string[];
  models: string[];
  fields: string[];
}

const extensionOrigin = () => {
  try {
    return new URL(browser.runtime.getURL('/')).origin;
  } catch {
    return location.origin;
  }
};

function Problem({ error }: { error: unknown }) {
  // Without the host permission a browser hides a refusal behind CORS: it looks like no answer at all.
  if (error instanceof AnkiError && (error.problem === 'forbidden' || error.problem === 'unreachable')) {
    const forbidden = error.problem === 'forbidden';
    return (
      <div class="anki-guide" role="alert" data-testid={forbidden ? 'anki-forbidden' : 'anki-unreachable'}>
        <p>{t(forbidden ? 'ankiForbidden' : 'ankiUnreachable')}</p>
        {!forbidden && <p>{t('ankiMaybeRefused')}</p>}
        <ol>
          <li>{t('ankiForbiddenStep1')}</li>
          <li>
            {t('ankiForbiddenStep2')} <code>"{extensionOrigin()}"</code>
          </li>
          <li>{t('ankiForbiddenStep3')}</li>
        </ol>
      </div>
    );
  }
  return <p role="alert">{t('ankiFailed', error instanceof Error ? error.message : String(error))}</p>;
}

export function AnkiPanel({ services }: { services: StudyServices }) {
  const [settings, setSettings] = useState<AnkiSettings | null>(null);
  const [connection, setConnection] = useState<Connection | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<SendResult | null>(null);

  // Saves one after another, so two quick changes (deck, then note type) both stay.
  const [queue] = useState<{ last: Promise<unknown> }>(() => ({ last: Promise.resolve() }));
  const save = (patch: Partial<AnkiSettings>) => {
    const next = queue.last.then(async () => setSettings(await updateAnkiSettings(patch)));
    queue.last = next.catch(() => undefined);
    return next;
  };

  const connect = async (s: AnkiSettings) => {
    setError(null);
    setConnection(null);
    try {
      const client = new AnkiConnect(s.url);
      const version = await client.connect();
      const [decks, models] = await Promise.all([client.deckNames(), client.modelNames()]);
      const deck = decks.includes(s.deck) ? s.deck : (decks[0] ?? '');
      const model = models.includes(s.model) ? s.model : (models[0] ?? '');
      const fields = model ? await client.modelFieldNames(model) : [];
      const known = Object.keys(s.fieldMap).join('|') === fields.join('|');
      const next = await updateAnkiSettings({ deck, model, fieldMap: known ? s.fieldMap : guessFieldMap(fields) });
      setSettings(next);
      setConnection({ version, decks, models, fields });
    } catch (e) {
      setError(e);
    }
  };

  useEffect(() => {
    void getAnkiSettings().then((s) => {
      setSettings(s);
      if (s.enabled) void connect(s);
    });
  }, []);

  if (!settings) return null;

  const toggle = (on: boolean) => {
    if (!on) {
      void browser.permissions?.remove({ origins: ANKI_ORIGINS }).catch(() => false);
      setConnection(null);
      setError(null);
      void save({ enabled: false });
      return;
    }
    // Asked inside the click, as the browser requires.
    const asked = browser.permissions?.request({ origins: ANKI_ORIGINS }) ?? Promise.resolve(true);
    void asked.then(
      async (granted) => {
        if (!granted) {
          setError(new Error(t('ankiNoPermission')));
          return;
        }
        const next = await updateAnkiSettings({ enabled: true });
        setSettings(next);
        await connect(next);
      },
      (e: unknown) => setError(e),
    );
  };

  const chooseModel = async (model: string) => {
    try {
      const fields = await new AnkiConnect(settings.url).modelFieldNames(model);
      await save({ model, fieldMap: guessFieldMap(fields) });
      setConnection((c) => c && { ...c, fields });
    } catch (e) {
      setError(e);
    }
  };

  const send = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const db = services.db;
      const entries = (await db.vocabulary.orderBy('addedAt').toArray()).filter((e) => !e.known);
      const engine = services.loader ? await loadTextEngine(services.loader) : undefined;
      const articles = new Map<string, StoredArticle | undefined>();
      const overrides = await db.overrides.toArray();
      const items = [];
      for (const entry of entries) {
        const url = entry.articleUrl;
        if (url && !articles.has(url)) articles.set(url, await db.articles.get(url));
        const article = url ? articles.get(url) : undefined;
        const own = effectiveOverrides(overrides, article?.url ?? url ?? GLOBAL_SCOPE);
        items.push({
          word: entry.word,
          values: noteValues(entry, article, engine, own),
          tags: rowOf(entry, article).tags,
        });
      }
      setResult(await sendToAnki(new AnkiConnect(settings.url), settings, items));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="anki" aria-labelledby="anki-title">
      <h2 id="anki-title">{t('ankiTitle')}</h2>
      <p class="muted">{t('ankiHelp')}</p>
      <label class="row">
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => toggle((e.currentTarget as HTMLInputElement).checked)}
          data-testid="anki-enable"
        />{' '}
        {t('ankiEnable')}
      </label>
      {error !== null && <Problem error={error} />}
      {settings.enabled && connection && (
        <div class="anki-setup" data-testid="anki-setup">
          <p class="muted small" data-testid="anki-connected">
            {t('ankiConnected', String(connection.version))}
          </p>
          <label class="row">
            {t('ankiDeck')}{' '}
            <select
              value={settings.deck}
              onChange={(e) => void save({ deck: (e.currentTarget as HTMLSelectElement).value })}
              data-testid="anki-deck"
            >
              {connection.decks.map((d) => (
                <option value={d}>{d}</option>
              ))}
            </select>
          </label>
          <label class="row">
            {t('ankiModel')}{' '}
            <select
              value={settings.model}
              onChange={(e) => void chooseModel((e.currentTarget as HTMLSelectElement).value)}
              data-testid="anki-model"
            >
              {connection.models.map((m) => (
                <option value={m}>{m}</option>
              ))}
            </select>
          </label>
          <table class="anki-fields" data-testid="anki-fields">
            <caption>{t('ankiFieldMap')}</caption>
            <tbody>
              {connection.fields.map((field) => (
                <tr>
                  <th scope="row">{field}</th>
                  <td>
                    <select
                      aria-label={field}
                      value={settings.fieldMap[field] ?? ''}
                      onChange={(e) =>
                        void save({
                          fieldMap: {
                            ...settings.fieldMap,
                            [field]: (e.currentTarget as HTMLSelectElement).value as NoteSource | '',
                          },
                        })
                      }
                    >
                      <option value="">{t('ankiSourceNone')}</option>
                      {NOTE_SOURCES.map((s) => (
                        <option value={s}>{t(SOURCE_LABELS[s])}</option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" disabled={busy} onClick={() => void send()} data-testid="anki-send">
            {busy ? t('ankiSending') : t('ankiSend')}
          </button>
          {result && (
            <p role="status" data-testid="anki-result">
              {t('ankiResult', [String(result.added.length), String(result.duplicates.length)])}
              {result.failed.length > 0 &&
                ` · ${t('ankiResultFailed', result.failed.map((f) => `${f.word}: ${f.error}`).join('; '))}`}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
