/** One saved article in the list: open it, change its state and tags, delete it. */
import { useState } from 'preact/hooks';
import { pageLabel } from '@/utils/site/page-label';
import type { ArticleSummary, ReadingState } from '@/utils/library/api';
import { HSK_BUCKETS, type ArticleProfile } from '@/utils/study/profile';
import { t } from '@/utils/i18n';

export const STATE_LABELS = {
  unread: 'libraryStateUnread',
  reading: 'libraryStateReading',
  done: 'libraryStateDone',
} as const;

/** The snippet with the first occurrence of the query's first word marked. */
function Snippet({ text, query }: { text: string; query: string }) {
  const word = query.trim().split(/\s+/)[0] ?? '';
  const at = word ? text.toLowerCase().indexOf(word.toLowerCase()) : -1;
  if (at < 0) return <p class="snippet">{text}</p>;
  return (
    <p class="snippet">
      {text.slice(0, at)}
      <mark>{text.slice(at, at + word.length)}</mark>
      {text.slice(at + word.length)}
    </p>
  );
}

export interface RowActions {
  onOpen: (url: string) => void;
  onState: (url: string, state: ReadingState) => void;
  onAddTag: (url: string, tag: string) => void;
  onRemoveTag: (url: string, tag: string) => void;
  onDelete: (article: ArticleSummary) => void;
  onTag: (tag: string) => void;
}

/** The share of the article's words the learner knows, and its words by HSK level. */
export function ProfileBadge({ profile }: { profile: ArticleProfile }) {
  if (profile.words === 0) return null;
  const pct = (n: number) => Math.round((n / profile.words) * 100);
  const levels = HSK_BUCKETS.map(
    (b) => `${b === 'none' ? t('libraryHskNone') : `HSK ${b}`}: ${pct(profile.hsk[b])}%`,
  ).join(', ');
  return (
    <span class="profile">
      <span class="known-share">{t('libraryKnownShare', String(pct(profile.known)))}</span>
      <span class="hsk-bar" role="img" aria-label={`${t('libraryHskProfile')}: ${levels}`} title={levels}>
        {HSK_BUCKETS.map((b) => (
          <span class={`hsk-${b}`} style={{ width: `${(profile.hsk[b] / profile.words) * 100}%` }} />
        ))}
      </span>
    </span>
  );
}

export function ArticleRow({
  article,
  query,
  actions,
  profile,
}: {
  article: ArticleSummary;
  query: string;
  actions: RowActions;
  /** Known share and HSK profile, once computed. */
  profile?: ArticleProfile;
}) {
  const [tag, setTag] = useState('');
  const id = `a-${article.url.replace(/[^a-z0-9]/gi, '')}`;
  const page = pageLabel(article.page, article.pageName);
  return (
    <li class={`row state-${article.state}`} data-url={article.url}>
      <h3 class="row-title" lang="zh-CN">
        <button type="button" class="open" onClick={() => actions.onOpen(article.url)}>
          {article.pretitle && <span class="pretitle">{article.pretitle} </span>}
          {article.title}
        </button>
      </h3>
      <p class="meta">
        <span class="date">{article.date}</span>
        {page && <span class="paper-page">{page.trim()}</span>}
        <span class={`state-badge ${article.state}`}>{t(STATE_LABELS[article.state])}</span>
        {article.termIds.length > 0 && (
          <span class="term-count">{t('libraryTermCount', String(article.termIds.length))}</span>
        )}
        {profile && <ProfileBadge profile={profile} />}
      </p>
      {query.trim() && (
        <div lang="zh-CN">
          <Snippet text={article.snippet} query={query} />
        </div>
      )}
      <div class="row-tools">
        {article.tags.length > 0 && (
          <ul class="tags" aria-label={t('libraryTagsOf', article.title)}>
            {article.tags.map((name) => (
              <li class="tag">
                <button type="button" class="tag-name" onClick={() => actions.onTag(name)}>
                  {name}
                </button>
                <button
                  type="button"
                  class="tag-remove"
                  aria-label={t('libraryRemoveTag', [name, article.title])}
                  onClick={() => actions.onRemoveTag(article.url, name)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          class="add-tag"
          onSubmit={(e) => {
            e.preventDefault();
            if (!tag.trim()) return;
            actions.onAddTag(article.url, tag);
            setTag('');
          }}
        >
          <input
            id={`${id}-tag`}
            type="text"
            value={tag}
            onInput={(e) => setTag((e.target as HTMLInputElement).value)}
            aria-label={t('libraryAddTagTo', article.title)}
            placeholder={t('libraryNewTag')}
            size={8}
          />
          <button type="submit">{t('libraryAddTag')}</button>
        </form>
        <select
          value={article.state}
          aria-label={t('libraryStateOf', article.title)}
          onChange={(e) => actions.onState(article.url, (e.target as HTMLSelectElement).value as ReadingState)}
        >
          {(['unread', 'reading', 'done'] as const).map((s) => (
            <option value={s}>{t(STATE_LABELS[s])}</option>
          ))}
        </select>
        <button
          type="button"
          class="delete"
          aria-label={t('libraryDeleteArticle', article.title)}
          onClick={() => actions.onDelete(article)}
        >
          {t('libraryDelete')}
        </button>
      </div>
    </li>
  );
}
