import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { glossaryEntries, type GlossaryEntry } from '@/utils/glossary';
import { t } from '@/utils/i18n';
import { EntryView, headingId } from './EntryView';
import { EventsTable } from './EventsTable';
import { KIND_HEADING } from './labels';
import { filterEntries, KIND_ORDER, matchesQuery, searchKey, type KindFilter } from './search';

/** The entry id named by the address's fragment, or '' when there is none. */
function hashId(): string {
  const raw = location.hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The glossary page's content: search and kind filter, the table of numbered events (when no
 * search or filter is set), then every entry in full, grouped by kind.
 * `#<entry id>` in the address (on opening and on every change) shows that entry, highlights it and
 * moves focus to its heading; a search or filter hiding it is cleared first.
 */
export function GlossaryApp({ entries = glossaryEntries }: { entries?: readonly GlossaryEntry[] }) {
  const keys = useMemo(() => new Map(entries.map((e) => [e.id, searchKey(e)])), [entries]);
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<KindFilter>('all');
  /** The entry the address points at; `n` counts visits so that each one moves focus again. */
  const [target, setTarget] = useState<{ id: string; n: number } | null>(null);
  const filters = useRef({ query, kind });
  filters.current = { query, kind };

  useEffect(() => {
    const show = () => {
      const id = hashId();
      const entry = entries.find((e) => e.id === id);
      if (!entry) return;
      const { query: q, kind: k } = filters.current;
      const key = keys.get(id) ?? searchKey(entry);
      if (!matchesQuery(key, q) || (k !== 'all' && k !== entry.kind)) {
        setQuery('');
        setKind('all');
      }
      setTarget((prev) => ({ id, n: (prev?.n ?? 0) + 1 }));
    };
    show();
    window.addEventListener('hashchange', show);
    return () => window.removeEventListener('hashchange', show);
  }, [entries, keys]);

  useEffect(() => {
    if (!target) return;
    const heading = document.getElementById(headingId(target.id));
    if (!heading) return;
    heading.focus({ preventScroll: true });
    document.getElementById(target.id)?.scrollIntoView?.({ block: 'start' });
  }, [target]);

  const shown = useMemo(() => filterEntries(entries, keys, query, kind), [entries, keys, query, kind]);
  const counts = useMemo(() => {
    const c = new Map<string, number>();
    for (const e of entries) c.set(e.kind, (c.get(e.kind) ?? 0) + 1);
    return c;
  }, [entries]);
  const groups = KIND_ORDER.map((k) => ({ kind: k, items: shown.filter((e) => e.kind === k) })).filter(
    (g) => g.items.length > 0,
  );

  return (
    <div class="glossary">
      <p class="glossary-intro">{t('glossaryIntro')}</p>
      <form
        class="glossary-tools"
        role="search"
        aria-label={t('glossarySearchLabel')}
        onSubmit={(e) => e.preventDefault()}
      >
        <label class="tool">
          <span>{t('glossarySearchLabel')}</span>
          <input
            type="search"
            value={query}
            placeholder={t('glossarySearchPlaceholder')}
            autocomplete="off"
            spellcheck={false}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </label>
        <label class="tool">
          <span>{t('glossaryKindLabel')}</span>
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as KindFilter)}>
            <option value="all">
              {t('glossaryKindAll')} ({entries.length})
            </option>
            {KIND_ORDER.map((k) => (
              <option value={k}>
                {t(KIND_HEADING[k])} ({counts.get(k) ?? 0})
              </option>
            ))}
          </select>
        </label>
        <p class="glossary-count" role="status" aria-live="polite" data-testid="glossary-count">
          {t('glossaryCount', [String(shown.length), String(entries.length)])}
        </p>
      </form>

      {query === '' && kind === 'all' && <EventsTable entries={entries} />}

      {groups.length === 0 ? (
        <p class="empty">
          {t('glossaryNoResults')}{' '}
          <button
            type="button"
            class="link-button"
            onClick={() => {
              setQuery('');
              setKind('all');
            }}
          >
            {t('glossaryShowAll')}
          </button>
        </p>
      ) : (
        groups.map((g) => (
          <section class="glossary-group" aria-labelledby={`kind-${g.kind}`} key={g.kind}>
            <h2 id={`kind-${g.kind}`}>
              {t(KIND_HEADING[g.kind])} <span class="group-count">({g.items.length})</span>
            </h2>
            {g.items.map((entry) => (
              <EntryView key={entry.id} entry={entry} target={target?.id === entry.id} />
            ))}
          </section>
        ))
      )}
    </div>
  );
}
