/** Import known words: a pasted list (one per line) or a whole HSK level. */
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { importKnown, parseWordList, type KnownImport as Result, type WordLookup } from '@/utils/study/known';
import { hskWords } from '@/utils/study/hsk-words';
import { loadTextEngine, numberedToMarks } from '@/utils/text/index';
import type { StudyServices } from './services';

async function dictionaryLookup(services: StudyServices): Promise<WordLookup | undefined> {
  if (!services.loader) return undefined;
  const engine = await loadTextEngine(services.loader);
  await engine.preloadEntries();
  const d = engine.dictionary;
  return (word) => {
    const node = d.nodeOf(word);
    const entry = node > 0 ? d.entriesOf(node)[0] : undefined;
    return entry
      ? { pinyin: entry.pinyin.split(' ').map(numberedToMarks).join(' '), definition: entry.definitions.join('; ') }
      : undefined;
  };
}

export function KnownImport({ services }: { services: StudyServices }) {
  const [text, setText] = useState('');
  const [level, setLevel] = useState('1');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (words: string[]) => {
    if (!words.length) {
      setStatus(t('reviewImportNothing'));
      return;
    }
    setBusy(true);
    try {
      const result: Result = await importKnown(services.db, words, services.now(), await dictionaryLookup(services));
      setStatus(
        t('reviewImportDone', [String(result.added + result.marked), String(result.added), String(result.already)]),
      );
      services.changed?.();
    } catch (error) {
      setStatus(String(error instanceof Error ? error.message : error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="known-import" aria-labelledby="known-import-title">
      <h2 id="known-import-title">{t('reviewKnownImportTitle')}</h2>
      <p class="muted">{t('reviewKnownImportHelp')}</p>
      <textarea
        rows={6}
        aria-label={t('reviewKnownImportList')}
        placeholder={'工人\n工作\n…'}
        value={text}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
      />
      <div class="row">
        <button type="button" disabled={busy} onClick={() => void run(parseWordList(text))}>
          {t('reviewKnownImportPasted')}
        </button>
        {services.loader && (
          <>
            <select
              aria-label={t('reviewKnownImportLevel')}
              value={level}
              onChange={(e) => setLevel((e.target as HTMLSelectElement).value)}
            >
              {[1, 2, 3, 4, 5, 6].map((n) => (
                <option value={String(n)}>HSK {n}</option>
              ))}
            </select>
            <button
              type="button"
              disabled={busy}
              onClick={async () => services.loader && run(await hskWords(services.loader, Number(level)))}
            >
              {t('reviewKnownImportHsk')}
            </button>
          </>
        )}
      </div>
      <p role="status">{status}</p>
    </section>
  );
}
