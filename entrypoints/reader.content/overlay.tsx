/**
 * The reader over the page: a shadow root (styles isolated both ways) holding the Preact <Reader>.
 * The page's article is extracted and annotated once; closing keeps it for the next opening.
 * Links to other articles of the paper open inside the reader (with Back), and an e-paper page can
 * have all its articles read here one after another.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Reader, type SaveControl } from '@/components/reader/Reader';
import readerCss from '@/components/reader/reader.css?inline';
import type { ReaderHandle } from '@/utils/reader/reader-api';
import { NO_SERVICES, usePrefersDark, useReaderSettings } from '@/components/reader/hooks';
import type { ReaderServices, StudyControl } from '@/components/reader/model';
import { sendMessage } from '@/utils/messaging';
import { call, prop } from '@/utils/site/unclobbered';
import { buildPageReport } from '@/utils/site/page-report';
import { loadPageForReader, type LoadedPage } from './load-page';
import { loadAllArticles, loadUrlForReader, withParts, type ReadAllProgress } from './navigate';
import { fitViewport } from './viewport';
import { useTabOverrides } from './overrides';
import { afterNextPaint } from '@/components/reader/idle';

/** The page's root element and createElement through the prototypes (a page's named elements shadow them on `document`). */
const pageRoot = () => prop<HTMLElement>(document, 'documentElement')!;

/**
 * A closed reader stays rendered: with `content-visibility: hidden` the browser skips it yet keeps
 * its layout, so reopening only paints it again (display: none would throw the layout of every
 * word away, and reopening would lay it all out anew). Where that is not supported, display: none.
 * The host is a block box either way (content-visibility needs one; the reader inside is fixed).
 */
const keepsLayoutWhenHidden = typeof CSS !== 'undefined' && !!CSS.supports?.('content-visibility', 'hidden');
const HIDDEN = keepsLayoutWhenHidden ? (['content-visibility', 'hidden'] as const) : (['display', 'none'] as const);

function setHidden(host: HTMLElement, hidden: boolean): void {
  host.hidden = hidden;
  // Important: whatever the page's styles say of [hidden] or of unknown elements.
  if (hidden) host.style.setProperty(HIDDEN[0], HIDDEN[1], 'important');
  else host.style.removeProperty(HIDDEN[0]);
}

/**
 * A click on the backdrop this soon after opening is not a request to close: it is the second tap
 * of someone who tapped the launcher twice (the reader appeared under the finger).
 */
const DISMISS_AFTER_MS = 600;

/** How long the reader waits for the article before it shows itself with "loading". */
const LOADING_AFTER_MS = 80;

export function createReaderOverlay(): ReaderHandle & { preload(): void } {
  let host: HTMLElement | null = null;
  let first: Promise<LoadedPage> | null = null;
  // Extraction works on a clone of the page as it is when the reader first opens (or is hovered).
  const preload = () => {
    first ??= loadPageForReader(document, location.href);
  };
  let open = false;
  let openedAt = 0;
  let returnFocus: Element | null = null;
  let savedOverflow = '';
  let restoreViewport = () => undefined as void;

  // Closing hides the reader and keeps it rendered: reopening is instant and keeps the place.
  const close = () => {
    if (!host || !open) return;
    open = false;
    setHidden(host, true);
    pageRoot().style.overflow = savedOverflow;
    restoreViewport();
    if (returnFocus instanceof HTMLElement) returnFocus.focus();
  };
  const dismiss = () => {
    if (performance.now() - openedAt >= DISMISS_AFTER_MS) close();
  };

  const show = () => {
    if (open) return;
    open = true;
    openedAt = performance.now();
    returnFocus = prop<Element | null>(document, 'activeElement') ?? null;
    savedOverflow = pageRoot().style.overflow;
    pageRoot().style.overflow = 'hidden';
    restoreViewport = fitViewport();
    if (host) {
      setHidden(host, false);
      host.shadowRoot?.querySelector<HTMLElement>('.close')?.focus();
      return;
    }
    host = call<HTMLElement>(document, 'createElement', 'workercn-reader');
    if (keepsLayoutWhenHidden) host.style.setProperty('display', 'block', 'important');
    const shadow = host.attachShadow({ mode: 'open' });
    pageRoot().append(host);
    preload();
    const loading = first!;
    // The reader is drawn once, with its first screen, when the article comes quickly: a frame of
    // "loading" before it would only delay the text. A slow article shows "loading" meanwhile.
    let drawn = false;
    const draw = (ready?: LoadedPage) => {
      if (drawn) return;
      drawn = true;
      render(
        <>
          <style>{readerCss}</style>
          <ReaderApp first={loading} ready={ready} onClose={close} onDismiss={dismiss} />
        </>,
        shadow,
      );
    };
    const slow = setTimeout(draw, LOADING_AFTER_MS);
    loading.then(draw, () => draw()).finally(() => clearTimeout(slow));
  };

  return { open: show, preload, close, isOpen: () => open };
}

/** One page shown in the reader: the tab's own page, or one followed from it. */
interface View {
  url: string;
  page: LoadedPage | null;
  error?: string;
  save: Pick<SaveControl, 'status' | 'message'>;
  readAll?: ReadAllProgress;
  failed: { title: string; error: string }[];
}

const newView = (url: string): View => ({ url, page: null, save: { status: 'unsaved' }, failed: [] });
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `ready`: the page's article when it had arrived before the reader was drawn (`first`, resolved). */
function ReaderApp({
  first,
  ready,
  onClose,
  onDismiss,
}: {
  first: Promise<LoadedPage>;
  ready?: LoadedPage;
  onClose: () => void;
  onDismiss: () => void;
}) {
  const [views, setViews] = useState<View[]>(() => [{ ...newView(location.href), page: ready ?? null }]);
  const [services, setServices] = useState<ReaderServices>(ready?.services ?? NO_SERVICES);
  const [words, setWords] = useState<{ known: ReadonlySet<string>; vocabulary: ReadonlySet<string> }>({
    known: new Set(),
    vocabulary: new Set(),
  });
  const [settings, changeSettings] = useReaderSettings();
  const prefersDark = usePrefersDark();
  const view = views[views.length - 1];
  const depth = views.length;

  /** Changes the view at `index` (views below the top stay as they were). */
  const update = (index: number, patch: Partial<View>) =>
    setViews((all) => all.map((v, i) => (i === index ? { ...v, ...patch } : v)));

  /** What follows a page on screen: the rest of its article, whether it is saved. */
  const shown = (index: number, page: LoadedPage) => {
    // The rest of the article is drawn after the first screen has reached the screen.
    const rest = page.complete;
    if (rest) afterNextPaint(() => show(index, rest()));
    if (page.input) {
      sendMessage('isSaved', { url: page.input.url }).then(
        ({ saved }) => saved && update(index, { save: { status: 'saved' } }),
        () => undefined,
      );
    }
  };
  const show = (index: number, loading: Promise<LoadedPage>) => {
    loading.then(
      (page) => {
        if (page.services) setServices(page.services);
        update(index, { page });
        shown(index, page);
      },
      (error: unknown) => update(index, { error: message(error) }),
    );
  };

  useEffect(() => {
    if (ready) shown(0, ready);
    else show(0, first);
    sendMessage('getWordStates').then(
      (states) =>
        // No words yet: keep the empty sets, so the paragraphs are not drawn again for nothing.
        (states.known.length > 0 || states.vocabulary.length > 0) &&
        setWords({ known: new Set(states.known), vocabulary: new Set(states.vocabulary) }),
      () => undefined,
    );
  }, [first]);

  const navigate = (url: string) => {
    const index = depth;
    setViews((all) => [...all, newView(url)]);
    show(index, loadUrlForReader(url));
  };

  const input = view.page?.input ?? null;
  const index = depth - 1;
  const save = (): void => {
    if (!input) return;
    update(index, { save: { status: 'saving' } });
    sendMessage('saveArticle', { article: input }).then(
      () => update(index, { save: { status: 'saved' } }),
      (error: unknown) => update(index, { save: { status: 'error', message: message(error) } }),
    );
  };

  const study: StudyControl = {
    ...words,
    addWord: async (word) => {
      await sendMessage('addWord', { ...word, article: input ?? undefined });
      setWords((w) => ({ ...w, vocabulary: new Set(w.vocabulary).add(word.word) }));
      if (input) update(index, { save: { status: 'saved' } }); // the article is saved along
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
  };

  const overrides = useTabOverrides(view.page, (page) => update(index, { page }));

  const state = view.error
    ? ({ status: 'error', message: view.error } as const)
    : (view.page?.state ?? ({ status: 'loading' } as const));
  const article = state.status === 'ready' ? state.article : null;
  const edition =
    article?.links && article.links.length > 0
      ? {
          progress: view.readAll,
          failed: view.failed,
          onReadAll: () => {
            const links = article.links ?? [];
            void loadAllArticles(links, (progress) => update(index, { readAll: progress })).then(
              ({ parts, failed }) => {
                update(index, {
                  page: withParts(view.page!, parts),
                  failed: failed.map((f) => ({ title: f.link.title, error: f.error })),
                });
              },
            );
          },
          onSaveAll: (scope: 'page' | 'day') =>
            void sendMessage('openExtensionPage', {
              page: 'library',
              hash: `save=${encodeURIComponent(view.url)}&scope=${scope}`,
            }),
        }
      : undefined;

  return (
    <Reader
      state={state}
      services={services}
      settings={settings}
      prefersDark={prefersDark}
      onSettingsChange={changeSettings}
      onClose={onClose}
      onDismiss={onDismiss}
      onBack={depth > 1 ? () => setViews((all) => all.slice(0, -1)) : undefined}
      onNavigate={navigate}
      originalUrl={view.url}
      study={study}
      overrides={overrides}
      edition={edition}
      save={input ? { ...view.save, onSave: save } : undefined}
      buildReport={
        view.page?.buildReport ?? (view.error && depth === 1 ? () => buildPageReport(document, view.url) : undefined)
      }
    />
  );
}
