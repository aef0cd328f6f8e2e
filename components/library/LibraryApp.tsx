/**
 * The library page: saved articles newest first (50 at a time), full-text search and filters kept
 * in the URL hash, reading a saved article in the reader (offline), tags, reading state, delete
 * with undo, the glossary terms met, backup, storage use and batch saves of e-paper pages.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  addTag,
  allTags,
  deleteArticles,
  getArticle,
  listArticles,
  removeTag,
  requestPersistence,
  searchArticles,
  setReading,
  storageInfo,
  termOverview,
  undoDelete,
  type ArticleSummary,
  type DeletedSnapshot,
  type LibraryDb,
  type LibraryFilter,
  type ReadingState,
  type StorageInfo,
  type TermOverview,
} from '@/utils/library/api';
import { errorMessage } from '@/utils/library/error-text';
import { storedToReaderArticle, type ReaderText } from '@/utils/library/to-reader';
import type { ReaderState } from '@/components/reader/Reader';
import type { ReaderServices } from '@/components/reader/model';
import { t } from '@/utils/i18n';
import { ArticleRow, type RowActions } from './ArticleRow';
import { BackupPanel } from './BackupPanel';
import { BatchPanel, type BatchDeps } from './BatchPanel';
import { FiltersForm, SearchBox, TagOverview, TermOverviewList } from './Filters';
import { formatHash, parseHash, type BatchRequest, type LibraryView } from './hash';
import { ReaderHost } from './ReaderHost';
import { ProfileCache, type ArticleProfile } from '@/utils/study/profile';
import { onStudyChange } from '@/utils/study/changes';
import { overridesFor } from '@/utils/overrides/store';
import { NO_OVERRIDES } from '@/utils/overrides/model';
import { useLibraryOverrides } from './reader-overrides';
import type { TextEngine } from '@/utils/text';

export const PAGE_SIZE = 50;

export interface LibraryAppProps extends BatchDeps {
  db: LibraryDb;
  /** The text engine and glossary for the reader. */
  loadText: () => Promise<ReaderText>;
  /** The text engine, for each article's known share and HSK profile (none shown without it). */
  loadEngine?: () => Promise<TextEngine>;
  /** `navigator`-like object for storage use and persistence (tests pass their own). */
  storageNavigator?: Parameters<typeof storageInfo>[0];
}

interface Notice {
  text: string;
  error?: boolean;
  undo?: DeletedSnapshot;
}

interface Results {
  items: ArticleSummary[];
  total: number;
  exact: boolean;
  loading: boolean;
}

interface Open {
  url: string;
  state: ReaderState;
  services: ReaderServices | null;
}

function writeHash(view: LibraryView) {
  const hash = formatHash(view);
  const url = `${location.pathname}${location.search}${hash}`;
  if (`${location.pathname}${location.search}${location.hash}` !== url) history.replaceState(null, '', url);
}

export function LibraryApp(props: LibraryAppProps) {
  const { db } = props;
  const initial = useRef(parseHash(location.hash));
  const [view, setView] = useState<LibraryView>(initial.current.view);
  const [batch, setBatch] = useState<BatchRequest | null>(initial.current.batch ?? null);
  const [results, setResults] = useState<Results>({ items: [], total: 0, exact: true, loading: true });
  const [libraryEmpty, setLibraryEmpty] = useState(false);
  const [tags, setTags] = useState<{ tag: string; count: number }[]>([]);
  const [terms, setTerms] = useState<TermOverview[]>([]);
  const [storage, setStorage] = useState<StorageInfo | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [open, setOpen] = useState<Open | null>(null);
  const [version, setVersion] = useState(0);
  const request = useRef(0);
  const shown = useRef(PAGE_SIZE);
  const returnFocus = useRef<HTMLElement | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);

  const [profiles, setProfiles] = useState<ReadonlyMap<string, ArticleProfile>>(new Map());
  const profileCache = useRef<ProfileCache | null>(null);
  const refresh = () => setVersion((v) => v + 1);

  // Known share and HSK profile of the articles shown; recomputed when the vocabulary changes
  // (word counts are cached per article, so that only re-reads the known words).
  useEffect(() => {
    if (!props.loadEngine || results.items.length === 0) return;
    profileCache.current ??= new ProfileCache(props.loadEngine);
    const cache = profileCache.current;
    const urls = results.items.map((a) => a.url);
    let live = true;
    const compute = () =>
      cache.profiles(db, urls).then(
        (map) => live && setProfiles(map),
        () => undefined,
      );
    void compute();
    const stop = onStudyChange(() => void compute());
    return () => {
      live = false;
      stop();
    };
  }, [db, results.items]);
  const fail = (error: unknown) => setNotice({ text: errorMessage(error), error: true });

  // Ask once that the browser keep the library when space runs low.
  useEffect(() => {
    void requestPersistence(props.storageNavigator).then(() =>
      storageInfo(props.storageNavigator).then(setStorage, () => undefined),
    );
  }, []);

  // The hash is the page's state: back/forward and links with a hash change it.
  useEffect(() => {
    const onHash = () => {
      const parsed = parseHash(location.hash);
      setView(parsed.view);
      if (parsed.batch) setBatch(parsed.batch);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (!batch) writeHash(view);
  }, [view, batch]);

  // The list or the search results.
  useEffect(() => {
    const id = ++request.current;
    const limit = Math.max(PAGE_SIZE, shown.current);
    setResults((r) => ({ ...r, loading: true }));
    const q = view.q.trim();
    const work = q
      ? searchArticles(db, q, view.filter, { limit })
      : listArticles(db, view.filter, { limit }).then((r) => ({ ...r, exact: true }));
    work.then(
      (r) => {
        if (id !== request.current) return;
        shown.current = r.items.length;
        setResults({ items: r.items, total: r.total, exact: r.exact, loading: false });
      },
      (error: unknown) => {
        if (id !== request.current) return;
        setResults((r) => ({ ...r, loading: false }));
        fail(error);
      },
    );
  }, [db, view, version]);

  // What the side panels show.
  useEffect(() => {
    let live = true;
    Promise.all([allTags(db), termOverview(db), db.articles.count()]).then(([tagList, termList, count]) => {
      if (!live) return;
      setTags(tagList);
      setTerms(termList);
      setLibraryEmpty(count === 0);
    }, fail);
    if (version > 0) void storageInfo(props.storageNavigator).then((s) => live && setStorage(s));
    return () => {
      live = false;
    };
  }, [db, version]);

  useEffect(() => {
    if (notice?.undo) undoRef.current?.focus();
  }, [notice]);

  const changeView = (next: LibraryView) => {
    shown.current = PAGE_SIZE;
    setView(next);
  };
  const setFilter = (patch: Partial<LibraryFilter>) => {
    const filter: LibraryFilter = { ...view.filter, ...patch };
    for (const key of Object.keys(filter) as (keyof LibraryFilter)[]) if (filter[key] === undefined) delete filter[key];
    changeView({ ...view, filter });
  };

  const more = () => {
    const id = ++request.current;
    const q = view.q.trim();
    const page = { offset: results.items.length, limit: PAGE_SIZE };
    const work = q ? searchArticles(db, q, view.filter, page) : listArticles(db, view.filter, page);
    work.then((r) => {
      if (id !== request.current) return;
      setResults((prev) => {
        const items = [...prev.items, ...r.items];
        shown.current = items.length;
        return { ...prev, items, loading: false };
      });
    }, fail);
  };

  /** Opens a saved article in the reader; `again`: it is open, annotate it anew (an override changed). */
  const openArticle = (url: string, again = false) => {
    if (!again) {
      returnFocus.current = document.activeElement as HTMLElement | null;
      setOpen({ url, state: { status: 'loading' }, services: null });
    }
    return (async () => {
      try {
        const stored = await getArticle(db, url);
        if (!stored) throw new Error(t('libraryNotFound'));
        const [text, overrides] = await Promise.all([
          props.loadText(),
          overridesFor(db, stored.url).catch(() => NO_OVERRIDES),
        ]);
        const article = storedToReaderArticle(stored, text.annotatorFor?.(overrides) ?? text.annotate);
        setOpen((o) => (o?.url === url ? { url, state: { status: 'ready', article }, services: text.services } : o));
        if (stored.state === 'unread' && !again) {
          await setReading(db, stored.url, { state: 'reading' });
          refresh();
        }
      } catch (error) {
        setOpen((o) => (o?.url === url ? { ...o, state: { status: 'error', message: errorMessage(error) } } : o));
      }
    })();
  };
  const overrideControl = useLibraryOverrides(db, open?.state.status === 'ready' ? open.url : null, (url) =>
    openArticle(url, true),
  );
  const closeArticle = () => {
    setOpen(null);
    const target = returnFocus.current;
    returnFocus.current = null;
    if (target?.isConnected) target.focus();
  };

  const actions: RowActions = {
    onOpen: openArticle,
    onState: (url, state: ReadingState) => {
      setReading(db, url, { state }).then(refresh, fail);
    },
    onAddTag: (url, tag) => {
      addTag(db, [url], tag).then(refresh, fail);
    },
    onRemoveTag: (url, tag) => {
      removeTag(db, [url], tag).then(refresh, fail);
    },
    onDelete: (article) => {
      deleteArticles(db, [article.url]).then((snapshot) => {
        setNotice({ text: t('libraryDeleted', article.title), undo: snapshot });
        refresh();
      }, fail);
    },
    onTag: (tag) => setFilter({ tag }),
  };

  const undo = (snapshot: DeletedSnapshot) => {
    undoDelete(db, snapshot).then(() => {
      setNotice({ text: t('libraryRestored', snapshot.articles.map((a) => a.title).join('、')) });
      refresh();
    }, fail);
  };

  const q = view.q.trim();
  const count = results.exact ? String(results.total) : `≤${results.total}`;
  return (
    <div class="library">
      <BatchPanel
        db={db}
        request={batch}
        deps={props}
        onSaved={refresh}
        onStarted={() => {
          setBatch(null);
          writeHash(view);
        }}
      />
      <div class="library-layout">
        <div class="results-column">
          <SearchBox query={view.q} onQuery={(value) => changeView({ ...view, q: value })} />
          <section class="results" aria-labelledby="results-heading" aria-busy={results.loading}>
            <h2 id="results-heading">{q ? t('libraryResultsSearch', [count, q]) : t('libraryResults', count)}</h2>
            {!results.loading && results.items.length === 0 && (
              <p class="empty">{libraryEmpty ? t('libraryEmpty') : t('libraryNoResults')}</p>
            )}
            <ol class="rows">
              {results.items.map((a) => (
                <ArticleRow key={a.url} article={a} query={q} actions={actions} profile={profiles.get(a.url)} />
              ))}
            </ol>
            {results.items.length < results.total && (results.exact || results.items.length >= shown.current) && (
              <button type="button" class="more" onClick={more}>
                {t('libraryMore', String(Math.min(PAGE_SIZE, results.total - results.items.length)))}
              </button>
            )}
          </section>
        </div>
        <aside class="side" aria-label={t('libraryTools')}>
          <FiltersForm
            view={view}
            tags={tags}
            terms={terms}
            onFilter={setFilter}
            onClear={() => changeView({ q: '', filter: {} })}
          />
          <TagOverview tags={tags} active={view.filter.tag} onTag={(tag) => setFilter({ tag })} />
          <TermOverviewList terms={terms} active={view.filter.termId} onTerm={(termId) => setFilter({ termId })} />
          <BackupPanel db={db} storage={storage} onNotice={setNotice} onImported={refresh} />
        </aside>
      </div>
      <div class="notices">
        <div role="status" class="notice">
          {notice && !notice.error && (
            <>
              <span>{notice.text}</span>
              {notice.undo && (
                <button type="button" ref={undoRef} onClick={() => undo(notice.undo!)}>
                  {t('libraryUndo')}
                </button>
              )}
              <button type="button" class="dismiss" aria-label={t('libraryDismiss')} onClick={() => setNotice(null)}>
                ×
              </button>
            </>
          )}
        </div>
        <div role="alert" class="notice error">
          {notice?.error && (
            <>
              <span>{notice.text}</span>
              <button type="button" class="dismiss" aria-label={t('libraryDismiss')} onClick={() => setNotice(null)}>
                ×
              </button>
            </>
          )}
        </div>
      </div>
      {open && (
        <ReaderHost state={open.state} services={open.services} onClose={closeArticle} overrides={overrideControl} />
      )}
    </div>
  );
}
