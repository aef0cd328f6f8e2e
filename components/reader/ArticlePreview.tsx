/**
 * The article preview: its new words before reading, most useful first (how often the article uses
 * them, then how common they are), each with pinyin and gloss; one tap adds a word to the
 * vocabulary or marks it known, or does so for every word from a chosen HSK level on.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { rankNewWords, type ArticleWord, type PreviewWord } from '@/utils/reader/article-words';
import type { ReaderServices, StudyControl, WordInfo } from './model';
import type { RubyDisplay } from './Ruby';

const FIRST_ROWS = 40;

export function ArticlePreview({
  words,
  services,
  display,
  study,
  onClose,
}: {
  words: ReadonlyMap<string, ArticleWord>;
  services: ReaderServices;
  display: RubyDisplay;
  study?: StudyControl;
  onClose: () => void;
}) {
  const [info, setInfo] = useState<ReadonlyMap<string, WordInfo>>(new Map());
  const [level, setLevel] = useState(4);
  const [all, setAll] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // The dictionary describes the words once per article (their HSK level and first gloss).
  useEffect(() => {
    let live = true;
    services.describe?.([...words.keys()]).then(
      (found) => live && setInfo(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [words, services]);

  const ranked = useMemo(
    () => rankNewWords(words, info, study?.known, study?.vocabulary),
    [words, info, study?.known, study?.vocabulary],
  );
  const reading = (w: ArticleWord, style: RubyDisplay['toneStyle']) =>
    w.syllables.map((s) => services.formatSyllable(s, style)).join(' ');

  const run = async (list: PreviewWord[], action: 'add' | 'known') => {
    if (!study || list.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      for (const w of list) {
        if (action === 'known') await study.setKnown(w.word, true);
        else
          await study.addWord({
            word: w.word,
            pinyin: reading(w, 'marks'),
            definition: w.gloss,
            sentence: w.sentence,
          });
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const fromLevel = ranked.filter((w) => w.hsk >= level);
  const belowLevel = ranked.filter((w) => w.hsk >= 1 && w.hsk < level);
  const rows = all ? ranked : ranked.slice(0, FIRST_ROWS);

  return (
    <section class="preview" role="dialog" aria-label={t('previewHeading')}>
      <header>
        <h2>{t('previewHeading')}</h2>
        <button type="button" class="icon" aria-label={t('previewClose')} onClick={onClose}>
          ×
        </button>
      </header>
      <p class="muted small">{t('previewIntro', String(ranked.length))}</p>
      {study && ranked.length > 0 && (
        <div class="preview-bulk">
          <label>
            {t('previewLevel')}{' '}
            <select value={level} onChange={(e) => setLevel(Number((e.currentTarget as HTMLSelectElement).value))}>
              {[1, 2, 3, 4, 5, 6].map((n) => (
                <option value={n}>HSK {n}</option>
              ))}
            </select>
          </label>
          <button type="button" disabled={busy || fromLevel.length === 0} onClick={() => void run(fromLevel, 'add')}>
            {t('previewAddFrom', [String(level), String(fromLevel.length)])}
          </button>
          <button
            type="button"
            disabled={busy || belowLevel.length === 0}
            onClick={() => void run(belowLevel, 'known')}
          >
            {t('previewKnownBelow', [String(level), String(belowLevel.length)])}
          </button>
        </div>
      )}
      {error && <p role="alert">{error}</p>}
      {ranked.length === 0 ? (
        <p class="status">{t('previewNone')}</p>
      ) : (
        <ol class="preview-words">
          {rows.map((w) => (
            <li data-w={w.word} key={w.word}>
              <span class="pw-word" lang="zh-CN">
                {w.word}
              </span>
              <span class="pw-py">{reading(w, display.toneStyle)}</span>
              <span class="pw-meta">
                ×{w.count}
                {w.hsk > 0 ? ` · HSK ${w.hsk}` : ''}
              </span>
              <span class="pw-gloss">{w.gloss}</span>
              {study && (
                <span class="pw-actions">
                  <button
                    type="button"
                    class="small"
                    disabled={busy}
                    data-action="add"
                    onClick={() => void run([w], 'add')}
                  >
                    {t('previewAdd')}
                  </button>
                  <button
                    type="button"
                    class="small"
                    disabled={busy}
                    data-action="known"
                    onClick={() => void run([w], 'known')}
                  >
                    {t('previewKnown')}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {!all && ranked.length > FIRST_ROWS && (
        <button type="button" class="small" onClick={() => setAll(true)}>
          {t('previewShowAll', String(ranked.length))}
        </button>
      )}
    </section>
  );
}
