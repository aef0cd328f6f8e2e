/** What every place that shows the reader needs: its settings, the system's colour scheme, placeholder services. */
import { useEffect, useState } from 'preact/hooks';
import {
  DEFAULT_SETTINGS,
  getSettings,
  updateSettings,
  watchSettings,
  type ReaderSettings,
} from '@/utils/reader/settings';
import type { ReaderServices } from './model';

/** Services for the moments before the text engine has loaded: nothing to look up yet. */
export const NO_SERVICES: ReaderServices = {
  lookup: async (word) => ({ word, entries: [], characters: [] }),
  term: () => undefined,
  formatSyllable: (s) => s,
  toneOf: () => 5,
};

/** The stored reading settings, kept in step with every other tab; the setter stores a change. */
export function useReaderSettings(): [ReaderSettings, (patch: Partial<ReaderSettings>) => void] {
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let live = true;
    void getSettings().then((s) => live && setSettings(s));
    const stop = watchSettings((s) => live && setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const change = (patch: Partial<ReaderSettings>) => {
    setSettings((s) => ({ ...s, ...patch }));
    void updateSettings(patch);
  };
  return [settings, change];
}

const darkQuery = () => (typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null);

/** Whether the system prefers a dark scheme, following changes. */
export function usePrefersDark(): boolean {
  const [dark, setDark] = useState(() => Boolean(darkQuery()?.matches));
  useEffect(() => {
    const media = darkQuery();
    const onChange = () => setDark(Boolean(media?.matches));
    media?.addEventListener('change', onChange);
    return () => media?.removeEventListener('change', onChange);
  }, []);
  return dark;
}
