/** The AnkiConnect export's settings, in `browser.storage.local` (off until the user turns it on). */
import { storage } from 'wxt/utils/storage';
import { ANKI_DEFAULT_URL, NOTE_SOURCES, type NoteSource } from './anki-connect';

export interface AnkiSettings {
  enabled: boolean;
  url: string;
  deck: string;
  model: string;
  /** Note type field → what fills it ('' leaves it empty). */
  fieldMap: Record<string, NoteSource | ''>;
}

export const DEFAULT_ANKI_SETTINGS: AnkiSettings = {
  enabled: false,
  url: ANKI_DEFAULT_URL,
  deck: '',
  model: '',
  fieldMap: {},
};

export function normalizeAnkiSettings(raw: unknown): AnkiSettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const map: Record<string, NoteSource | ''> = {};
  if (typeof r.fieldMap === 'object' && r.fieldMap !== null) {
    for (const [k, v] of Object.entries(r.fieldMap as Record<string, unknown>))
      map[k] = NOTE_SOURCES.includes(v as NoteSource) ? (v as NoteSource) : '';
  }
  const str = (v: unknown, d: string) => (typeof v === 'string' ? v : d);
  const url = str(r.url, ANKI_DEFAULT_URL);
  return {
    enabled: r.enabled === true,
    url: /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/?$/.test(url) ? url : ANKI_DEFAULT_URL,
    deck: str(r.deck, ''),
    model: str(r.model, ''),
    fieldMap: map,
  };
}

const item = storage.defineItem<AnkiSettings>('local:ankiConnect', { fallback: DEFAULT_ANKI_SETTINGS });

export async function getAnkiSettings(): Promise<AnkiSettings> {
  return normalizeAnkiSettings(await item.getValue());
}

export async function updateAnkiSettings(patch: Partial<AnkiSettings>): Promise<AnkiSettings> {
  const next = normalizeAnkiSettings({ ...(await getAnkiSettings()), ...patch });
  await item.setValue(next);
  return next;
}
