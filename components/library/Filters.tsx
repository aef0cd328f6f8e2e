/** Search box, filters, and the tag and glossary-term overviews (each entry a filter). */
import type { LibraryFilter, ReadingState, TermOverview } from '@/utils/library/api';
import { t } from '@/utils/i18n';
import { pageLabel } from '@/utils/site/page-label';
import type { LibraryView } from './hash';
import { STATE_LABELS } from './ArticleRow';

const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

export function SearchBox({ query, onQuery }: { query: string; onQuery: (q: string) => void }) {
  return (
    <form role="search" class="search" onSubmit={(e) => e.preventDefault()}>
      <label for="library-search">{t('librarySearchLabel')}</label>
      <input
        id="library-search"
        type="search"
        lang="zh-CN"
        value={query}
        onInput={(e) => onQuery(value(e))}
        placeholder="工匠 / 两个维护"
      />
    </form>
  );
}

export function FiltersForm({
  view,
  tags,
  terms,
  onFilter,
  onClear,
}: {
  view: LibraryView;
  tags: { tag: string; count: number }[];
  terms: TermOverview[];
  onFilter: (patch: Partial<LibraryFilter>) => void;
  onClear: () => void;
}) {
  const f = view.filter;
  return (
    <form class="filters" aria-labelledby="filters-heading" onSubmit={(e) => e.preventDefault()}>
      <h2 id="filters-heading">{t('libraryFilters')}</h2>
      <div class="field">
        <label for="filter-from">{t('libraryDateFrom')}</label>
        <input
          id="filter-from"
          type="date"
          value={f.dateFrom ?? ''}
          onChange={(e) => onFilter({ dateFrom: value(e) || undefined })}
        />
      </div>
      <div class="field">
        <label for="filter-to">{t('libraryDateTo')}</label>
        <input
          id="filter-to"
          type="date"
          value={f.dateTo ?? ''}
          onChange={(e) => onFilter({ dateTo: value(e) || undefined })}
        />
      </div>
      <div class="field">
        <label for="filter-page">{t('libraryPaperPageFilter')}</label>
        <input
          id="filter-page"
          type="number"
          min={1}
          max={99}
          value={f.page ?? ''}
          onChange={(e) => {
            const n = Number(value(e));
            onFilter({ page: value(e) && Number.isInteger(n) && n > 0 ? n : undefined });
          }}
        />
        {f.page && (
          <output for="filter-page" class="page-label" lang="zh-CN">
            {pageLabel(f.page)}
          </output>
        )}
      </div>
      <div class="field">
        <label for="filter-state">{t('libraryStateFilter')}</label>
        <select
          id="filter-state"
          value={f.state ?? ''}
          onChange={(e) => onFilter({ state: (value(e) || undefined) as ReadingState | undefined })}
        >
          <option value="">{t('libraryAny')}</option>
          {(['unread', 'reading', 'done'] as const).map((s) => (
            <option value={s}>{t(STATE_LABELS[s])}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-tag">{t('libraryTagFilter')}</label>
        <select id="filter-tag" value={f.tag ?? ''} onChange={(e) => onFilter({ tag: value(e) || undefined })}>
          <option value="">{t('libraryAny')}</option>
          {f.tag && !tags.some((x) => x.tag.toLowerCase() === f.tag!.toLowerCase()) && (
            <option value={f.tag}>{f.tag}</option>
          )}
          {tags.map((x) => (
            <option value={x.tag}>{x.tag}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-term">{t('libraryTermFilter')}</label>
        <select id="filter-term" value={f.termId ?? ''} onChange={(e) => onFilter({ termId: value(e) || undefined })}>
          <option value="">{t('libraryAny')}</option>
          {f.termId && !terms.some((x) => x.termId === f.termId) && <option value={f.termId}>{f.termId}</option>}
          {terms.map((x) => (
            <option value={x.termId}>{x.term}</option>
          ))}
        </select>
      </div>
      <button type="button" class="clear" onClick={onClear}>
        {t('libraryClearFilters')}
      </button>
    </form>
  );
}

export function TagOverview({
  tags,
  active,
  onTag,
}: {
  tags: { tag: string; count: number }[];
  active?: string;
  onTag: (tag: string | undefined) => void;
}) {
  return (
    <section class="overview" aria-labelledby="tags-heading">
      <h2 id="tags-heading">{t('libraryAllTags')}</h2>
      {tags.length === 0 ? (
        <p class="muted">{t('libraryNoTags')}</p>
      ) : (
        <ul class="chips">
          {tags.map(({ tag, count }) => {
            const on = active?.toLowerCase() === tag.toLowerCase();
            return (
              <li>
                <button type="button" aria-pressed={on} onClick={() => onTag(on ? undefined : tag)}>
                  {tag} <span class="count">{count}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function TermOverviewList({
  terms,
  active,
  onTerm,
}: {
  terms: TermOverview[];
  active?: string;
  onTerm: (termId: string | undefined) => void;
}) {
  return (
    <section class="overview" aria-labelledby="terms-heading">
      <h2 id="terms-heading">{t('libraryTermsHeading')}</h2>
      {terms.length === 0 ? (
        <p class="muted">{t('libraryNoTerms')}</p>
      ) : (
        <ul class="term-list">
          {terms.map((term) => {
            const on = active === term.termId;
            return (
              <li>
                <button
                  type="button"
                  aria-pressed={on}
                  data-term={term.termId}
                  onClick={() => onTerm(on ? undefined : term.termId)}
                >
                  <span class="term-zh" lang="zh-CN">
                    {term.term}
                  </span>{' '}
                  <span class="term-en">{term.en}</span>{' '}
                  <span class="count">
                    {t('libraryTermArticles', [String(term.articles), String(term.occurrences)])}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
