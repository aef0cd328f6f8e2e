/**
 * The reader over the page: a shadow root (styles isolated both ways) holding the Preact <Reader>.
 * The article is extracted and annotated once per page; closing keeps it for the next opening.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Reader, type ReaderState } from '@/components/reader/Reader';
import readerCss from '@/components/reader/reader.css?inline';
import type { ReaderHandle } from '@/utils/reader/reader-api';
import {
  DEFAULT_SETTINGS,
  getSettings,
  updateSettings,
  watchSettings,
  type ReaderSettings,
} from '@/utils/reader/settings';
import type { ReaderServices } from '@/components/reader/model';
import { loadPageForReader, type LoadedPage } from './load-page';
import { sendMessage } from '@/utils/messaging';
import type { SaveControl } from '@/components/reader/Reader';

export function createReaderOverlay(): ReaderHandle {
  let host: HTMLElement | null = null;
  let returnFocus: Element | null = null;
  let savedOverflow = '';
  // Started once: extraction works on a clone of the page as it was when the reader first opened.
  let loading: Promise<LoadedPage> | null = null;

  const close = () => {
    if (!host) return;
    render(null, host.shadowRoot!);
    host.remove();
    host = null;
    document.documentElement.style.overflow = savedOverflow;
    if (returnFocus instanceof HTMLElement) returnFocus.focus();
  };

  const open = () => {
    if (host) return;
    loading ??= loadPageForReader(document, location.href);
    returnFocus = document.activeElement;
    host = document.createElement('workercn-reader');
    const shadow = host.attachShadow({ mode: 'open' });
    document.documentElement.append(host);
    savedOverflow = document.documentElement.style.overflow;
    document.documentElement.style.overflow = 'hidden';
    render(
      <>
        <style>{readerCss}</style>
        <ReaderApp loading={loading} onClose={close} />
      </>,
      shadow,
    );
  };

  return { open, close, isOpen: () => host !== null };
}

const NO_SERVICES: ReaderServices = {
  lookup: async (word) => ({ word, entries: [], characters: [] }),
  term: () => undefined,
  formatSyllable: (s) => s,
  toneOf: () => 5,
};

function ReaderApp({ loading, onClose }: { loading: Promise<LoadedPage>; onClose: () => void }) {
  const [state, setState] = useState<ReaderState>({ status: 'loading' });
  const [services, setServices] = useState<ReaderServices>(NO_SERVICES);
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_SETTINGS);
  const [input, setInput] = useState<LoadedPage['input']>(null);
  const [saveStatus, setSaveStatus] = useState<Pick<SaveControl, 'status' | 'message'>>({ status: 'unsaved' });
  const [words, setWords] = useState<{ known: ReadonlySet<string>; vocabulary: ReadonlySet<string> }>({
    known: new Set(),
    vocabulary: new Set(),
  });
  const [prefersDark, setPrefersDark] = useState(() => matchMedia('(prefers-color-scheme: dark)').matches);

  useEffect(() => {
    let live = true;
    void getSettings().then((s) => live && setSettings(s));
    sendMessage('getWordStates').then(
      (states) => live && setWords({ known: new Set(states.known), vocabulary: new Set(states.vocabulary) }),
      () => undefined,
    );
    const stopWatching = watchSettings((s) => live && setSettings(s));
    loading.then(
      (result) => {
        if (!live) return;
        if (result.services) setServices(result.services);
        setState(result.state);
        setInput(result.input);
        if (result.input) {
          void sendMessage('isSaved', { url: result.input.url }).then(
            ({ saved }) => live && saved && setSaveStatus({ status: 'saved' }),
            () => undefined,
          );
        }
      },
      (error: unknown) =>
        live && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    const media = matchMedia('(prefers-color-scheme: dark)');
    const onScheme = () => setPrefersDark(media.matches);
    media.addEventListener('change', onScheme);
    return () => {
      live = false;
      stopWatching();
      media.removeEventListener('change', onScheme);
    };
  }, [loading]);

  return (
    <Reader
      state={state}
      services={services}
      settings={settings}
      prefersDark={prefersDark}
      onSettingsChange={(patch) => {
        setSettings((s) => ({ ...s, ...patch }));
        void updateSettings(patch);
      }}
      onClose={onClose}
      originalUrl={location.href}
      study={{
        ...words,
        addWord: async (word) => {
          await sendMessage('addWord', { ...word, article: input ?? undefined });
          setWords((w) => ({ ...w, vocabulary: new Set(w.vocabulary).add(word.word) }));
          // The article is saved along with the word.
          if (input) setSaveStatus({ status: 'saved' });
        },
        setKnown: async (word, known) => {
          await sendMessage('setKnown', { word, known });
          setWords((w) => {
            const next = new Set(w.known);
            if (known) next.add(word);
            else next.delete(word);
            return { ...w, known: next };
          });
        },
      }}
      save={
        input
          ? {
              ...saveStatus,
              onSave: () => {
                setSaveStatus({ status: 'saving' });
                sendMessage('saveArticle', { article: input }).then(
                  () => setSaveStatus({ status: 'saved' }),
                  (error: unknown) =>
                    setSaveStatus({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
                );
              },
            }
          : undefined
      }
    />
  );
}
