/**
 * Reader settings: stored in `browser.storage.local` (versioned), shared by every tab and by the
 * options page; changes reach open readers through `watchSettings`.
 */
import { storage } from 'wxt/utils/storage';
import { AUTO_OPEN_DEFAULT, SETTINGS_KEY, autoOpenOf } from './auto-open';

export type Theme = 'system' | 'light' | 'dark' | 'sepia';
/** 'unknown': new and learning words only; 'hsk': words above `pinyinHskAbove` (and words in no HSK level). */
export type PinyinMode = 'all' | 'unknown' | 'hsk' | 'off';
export type ToneColors = 'none' | 'pleco';
export type ToneStyle = 'marks' | 'numbers' | 'zhuyin';
/** How words are marked by what the learner knows of them: new, learning (in the vocabulary), known. */
export type KnowState = 'off' | 'underline' | 'background';

export interface ReaderSettings {
  theme: Theme;
  /** Body text size in CSS pixels. */
  fontSize: number;
  lineHeight: number;
  pinyin: PinyinMode;
  toneColors: ToneColors;
  toneStyle: ToneStyle;
  /** Show the tone changes of 一 and 不 in context instead of citation tones. */
  sandhi: boolean;
  /** Open the reader by itself on article pages. */
  autoOpen: boolean;
  /** Mark words new / learning / known in the text (off by default). */
  knowState: KnowState;
  /** In pinyin mode 'hsk': pinyin only above this HSK level (1–6). */
  pinyinHskAbove: number;
}

export const DEFAULT_SETTINGS: ReaderSettings = {
  theme: 'system',
  fontSize: 20,
  lineHeight: 2,
  pinyin: 'all',
  toneColors: 'none',
  toneStyle: 'marks',
  sandhi: false,
  autoOpen: AUTO_OPEN_DEFAULT,
  knowState: 'off',
  pinyinHskAbove: 2,
};

export const FONT_SIZES = { min: 14, max: 32 };
export const LINE_HEIGHTS = { min: 1.4, max: 2.8 };

const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;
const clamp = (value: unknown, { min, max }: { min: number; max: number }, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;

/** Any stored value (older, partial, hand-edited) made into valid settings; unknown keys dropped. */
export function normalizeSettings(raw: unknown): ReaderSettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  return {
    theme: oneOf(r.theme, ['system', 'light', 'dark', 'sepia'], d.theme),
    fontSize: clamp(r.fontSize, FONT_SIZES, d.fontSize),
    lineHeight: clamp(r.lineHeight, LINE_HEIGHTS, d.lineHeight),
    pinyin: oneOf(r.pinyin, ['all', 'unknown', 'hsk', 'off'], d.pinyin),
    toneColors: oneOf(r.toneColors, ['none', 'pleco'], d.toneColors),
    toneStyle: oneOf(r.toneStyle, ['marks', 'numbers', 'zhuyin'], d.toneStyle),
    sandhi: typeof r.sandhi === 'boolean' ? r.sandhi : d.sandhi,
    autoOpen: autoOpenOf(r),
    knowState: oneOf(r.knowState, ['off', 'underline', 'background'], d.knowState),
    pinyinHskAbove: Math.round(clamp(r.pinyinHskAbove, { min: 1, max: 6 }, d.pinyinHskAbove)),
  };
}

export const settingsItem = storage.defineItem<ReaderSettings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function getSettings(): Promise<ReaderSettings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function updateSettings(patch: Partial<ReaderSettings>): Promise<ReaderSettings> {
  const next = normalizeSettings({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(callback: (settings: ReaderSettings) => void): () => void {
  return settingsItem.watch((value) => callback(normalizeSettings(value)));
}
