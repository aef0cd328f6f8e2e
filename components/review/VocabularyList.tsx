/** The vocabulary: edit a definition, mark known or not, delete (with a second click to confirm). */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { VocabularyEntry } from '@/utils/db/records';
import { setKnown } from '@/utils/study/known';
import { deleteWord, updateWord } from '@/utils/study/words';
import type { StudyServices } from './services';

type Filter = 'studying' | 'known' | 'all';

export function VocabularyList({ services, version }: { services: StudyServices; version: number }) {
  const [entries, setEntries] = useState<VocabularyEntry[] | undefined>();
  const [filter, setFilter] = useState<Filter>('studying');
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<{ word: string; definition: string } | undefined>();
  const [confirming, setConfirming] = useState<string | undefined>();
  const [own, setOwn] = useState(0);

  useEffect(() => {
    void services.db.vocabulary.orderBy('addedAt').reverse().toArray().then(setEntries);
  }, [services, version, own]);

  const changed = () => {
    setOwn((n) => n + 1);
    services.changed?.();
  };

  if (!entries) return <p class="empty">{t('reviewLoading')}</p>;
  const q = query.trim().toLowerCase();
  const shown = entries.filter(
    (e) =>
      (filter === 'all' || (filter === 'known') === e.known) &&
      (!q || e.word.includes(q) || e.pinyin.toLowerCase().includes(q) || e.definition.toLowerCase().includes(q)),
  );

  return (
    <section class="vocabulary" aria-label={t('reviewTabWords')}>
      <div class="toolbar">
        <select
          aria-label={t('reviewFilter')}
          value={filter}
          onChange={(e) => setFilter((e.target as HTMLSelectElement).value as Filter)}
        >
          <option value="studying">{t('reviewFilterStudying')}</option>
          <option value="known">{t('reviewFilterKnown')}</option>
          <option value="all">{t('reviewFilterAll')}</option>
        </select>
        <input
          type="search"
          placeholder={t('reviewSearch')}
          aria-label={t('reviewSearch')}
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
        <span class="muted">{t('reviewWordCount', [String(shown.length)])}</span>
      </div>
      {shown.length === 0 ? (
        <p class="empty">{t('reviewNoWords')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('reviewColumnWord')}</th>
              <th>{t('reviewColumnPinyin')}</th>
              <th>{t('reviewColumnDefinition')}</th>
              <th>{t('reviewColumnKnown')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {shown.map((e) => (
              <tr key={e.word} data-word={e.word}>
                <td class="hanzi" lang="zh-CN">
                  {e.word}
                  {e.termId && <span class="term-badge">{t('reviewTermBadge')}</span>}
                </td>
                <td>{e.pinyin}</td>
                <td>
                  {editing?.word === e.word ? (
                    <form
                      class="edit"
                      onSubmit={async (ev) => {
                        ev.preventDefault();
                        await updateWord(services.db, e.word, { definition: editing.definition }, services.now());
                        setEditing(undefined);
                        changed();
                      }}
                    >
                      <input
                        aria-label={t('reviewColumnDefinition')}
                        value={editing.definition}
                        onInput={(ev) =>
                          setEditing({ word: e.word, definition: (ev.target as HTMLInputElement).value })
                        }
                      />
                      <button type="submit">{t('reviewSave')}</button>
                      <button type="button" onClick={() => setEditing(undefined)}>
                        {t('reviewCancel')}
                      </button>
                    </form>
                  ) : (
                    <>
                      {e.definition}{' '}
                      <button
                        type="button"
                        class="link"
                        onClick={() => setEditing({ word: e.word, definition: e.definition })}
                      >
                        {t('reviewEdit')}
                      </button>
                    </>
                  )}
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('reviewMarkKnown', [e.word])}
                    checked={e.known}
                    onChange={async (ev) => {
                      await setKnown(services.db, e.word, (ev.target as HTMLInputElement).checked, services.now());
                      changed();
                    }}
                  />
                </td>
                <td>
                  {confirming === e.word ? (
                    <button
                      type="button"
                      class="danger"
                      onClick={async () => {
                        await deleteWord(services.db, e.word);
                        setConfirming(undefined);
                        changed();
                      }}
                    >
                      {t('reviewDeleteConfirm')}
                    </button>
                  ) : (
                    <button type="button" class="link" onClick={() => setConfirming(e.word)}>
                      {t('reviewDelete')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
