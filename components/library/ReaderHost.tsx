/**
 * The reader over the library page, in a shadow root like on the site (its styles isolated both
 * ways): a saved article, annotated from the stored text, nothing fetched.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Reader, type ReaderState } from '@/components/reader/Reader';
import readerCss from '@/components/reader/reader.css?inline';
import {
  DEFAULT_SETTINGS,
  getSettings,
  updateSettings,
  watchSettings,
  type ReaderSettings,
} from '@/utils/reader/settings';
import type { ReaderServices } from '@/components/reader/model';

const NO_SERVICES: ReaderServices = {
  lookup: async (word) => ({ word, entries: [], characters: [] }),
  term: () => undefined,
  formatSyllable: (s) => s,
  toneOf: () => 5,
};

const prefersDarkNow = () => typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;

export function ReaderHost({
  state,
  services,
  onClose,
}: {
  state: ReaderState;
  services: ReaderServices | null;
  onClose: () => void;
}) {
  const hostRef = useRef<HTMLElement | null>(null);
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_SETTINGS);
  const [prefersDark, setPrefersDark] = useState(prefersDarkNow);

  useEffect(() => {
    let live = true;
    void getSettings().then((s) => live && setSettings(s));
    const stop = watchSettings((s) => live && setSettings(s));
    const media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
    const onScheme = () => setPrefersDark(Boolean(media?.matches));
    media?.addEventListener('change', onScheme);
    const host = document.createElement('workercn-reader');
    host.attachShadow({ mode: 'open' });
    document.body.append(host);
    hostRef.current = host;
    const overflow = document.documentElement.style.overflow;
    document.documentElement.style.overflow = 'hidden';
    return () => {
      live = false;
      stop();
      media?.removeEventListener('change', onScheme);
      render(null, host.shadowRoot!);
      host.remove();
      hostRef.current = null;
      document.documentElement.style.overflow = overflow;
    };
  }, []);

  useEffect(() => {
    const shadow = hostRef.current?.shadowRoot;
    if (!shadow) return;
    render(
      <>
        <style>{readerCss}</style>
        <Reader
          state={state}
          services={services ?? NO_SERVICES}
          settings={settings}
          prefersDark={prefersDark}
          onSettingsChange={(patch) => {
            setSettings((s) => ({ ...s, ...patch }));
            void updateSettings(patch);
          }}
          onClose={onClose}
          save={{ status: 'saved', onSave: () => undefined }}
        />
      </>,
      shadow,
    );
  });

  return null;
}
