/**
 * The options page's list of the learner's word merges and splits, everywhere or per article,
 * each with Remove (and Undo of the last removal). Read from the library directly (same origin).
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sharedLibraryDb } from '@/utils/db/database';
import { GLOBAL_SCOPE, piecesOf, type OverrideOp, type WordOverride } from '@/utils/overrides/model';
import { listOverrides, removeOverride, writeOps } from '@/utils/overrides/store';
import { notifyStudyChange, onStudyChange } from '@/utils/study/changes';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** "看到 | 了" for a split or a merge with cuts, the text itself for a plain merge. */
export function overrideWords(o: WordOverride): string {
  return piecesOf(o.text, o.cuts ?? []).join(' | ');
}

export function OverridesSection() {
  const [rows, setRows] = useState<WordOverride[] | null>(null);
  const [error, setError] = useState('');
  const [removed, setRemoved] = useState<{ text: string; undo: OverrideOp[] } | null>(null);
  const load = () =>
    sharedLibraryDb()
      .then(listOverrides)
      .then(setRows, (e: unknown) => setError(errorText(e)));
  useEffect(() => {
    void load();
    return onStudyChange(() => void load());
  }, []);
  const write = (work: (db: Awaited<ReturnType<typeof sharedLibraryDb>>) => Promise<unknown>) =>
    sharedLibraryDb()
      .then(work)
      .then(() => {
        notifyStudyChange();
        return load();
      })
      .catch((e: unknown) => setError(errorText(e)));
  const remove = (o: WordOverride) =>
    write(async (db) => setRemoved({ text: o.text, undo: await removeOverride(db, o.id) }));
  const undo = () => {
    if (!removed) return;
    const ops = removed.undo;
    setRemoved(null);
    void write((db) => writeOps(db, ops));
  };
  return (
    <section class="overrides" aria-labelledby="overrides-heading">
      <h2 id="overrides-heading">{t('overridesHeading')}</h2>
      <p class="hint">{t('overridesIntro')}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {rows && rows.length === 0 && <p class="muted">{t('overridesEmpty')}</p>}
      {rows && rows.length > 0 && (
        <ul class="override-list">
          {rows.map((o) => (
            <li data-override={o.id}>
              <span class="override-words" lang="zh-CN">
                {overrideWords(o)}
              </span>{' '}
              <span class="muted">
                {o.kind === 'merge' && !o.cuts ? t('overrideKindMerge') : t('overrideKindSplit')} ·{' '}
                {o.scope === GLOBAL_SCOPE ? t('overrideScopeGlobal') : o.scope}
              </span>{' '}
              <button type="button" class="small" onClick={() => void remove(o)}>
                {t('overrideRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {removed && (
        <p role="status">
          {t('overrideRemoved', removed.text)}{' '}
          <button type="button" class="small" onClick={undo}>
            {t('undo')}
          </button>
        </p>
      )}
    </section>
  );
}
