/**
 * The reader over the library page, in a shadow root like on the site (its styles isolated both
 * ways): a saved article, annotated from the stored text, nothing fetched.
 */
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Reader, type ReaderState } from '@/components/reader/Reader';
import readerCss from '@/components/reader/reader.css?inline';
import type { ReaderServices } from '@/components/reader/model';
import { NO_SERVICES, usePrefersDark, useReaderSettings } from '@/components/reader/hooks';
import type { OverrideControl } from '@/components/reader/WordOverrides';

export function ReaderHost({
  state,
  services,
  onClose,
  overrides,
}: {
  state: ReaderState;
  services: ReaderServices | null;
  onClose: () => void;
  /** "Treat as one word" / "split here" (absent: not offered). */
  overrides?: OverrideControl;
}) {
  const hostRef = useRef<HTMLElement | null>(null);
  const [settings, changeSettings] = useReaderSettings();
  const prefersDark = usePrefersDark();

  useEffect(() => {
    const host = document.createElement('workercn-reader');
    host.attachShadow({ mode: 'open' });
    document.body.append(host);
    hostRef.current = host;
    const overflow = document.documentElement.style.overflow;
    document.documentElement.style.overflow = 'hidden';
    return () => {
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
          onSettingsChange={changeSettings}
          onClose={onClose}
          save={{ status: 'saved', onSave: () => undefined }}
          overrides={overrides}
        />
      </>,
      shadow,
    );
  });

  return null;
}
