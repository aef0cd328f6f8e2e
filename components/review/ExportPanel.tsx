/** Export: Anki TSV, CSV, and the library backup (which carries the vocabulary and reviews). */
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { exportFileName, exportRows, toAnkiTsv, toCsv } from '@/utils/study/export';
import { backupFileName, exportLibraryJson } from '@/utils/library/api';
import { loadTextEngine } from '@/utils/text/index';
import type { StudyServices } from './services';

export function ExportPanel({ services }: { services: StudyServices }) {
  const [includeKnown, setIncludeKnown] = useState(false);
  const [html, setHtml] = useState(false);
  const [status, setStatus] = useState('');

  const run = async (kind: 'tsv' | 'csv' | 'json') => {
    const now = new Date(services.now());
    if (kind === 'json') {
      services.download(backupFileName(now), await exportLibraryJson(services.db, now), 'application/json');
      setStatus(t('reviewExportedBackup'));
      return;
    }
    // The sentences' pinyin comes from the same engine as the reader's (absent in some tests).
    const engine = services.loader ? await loadTextEngine(services.loader) : undefined;
    const rows = await exportRows(services.db, { includeKnown, html, engine });
    const text = kind === 'tsv' ? toAnkiTsv(rows, { html }) : toCsv(rows);
    services.download(
      exportFileName(kind, now),
      text,
      kind === 'tsv' ? 'text/tab-separated-values;charset=utf-8' : 'text/csv;charset=utf-8',
    );
    setStatus(t('reviewExportedWords', [String(rows.length)]));
  };

  return (
    <section class="export" aria-labelledby="export-title">
      <h2 id="export-title">{t('reviewExportTitle')}</h2>
      <p class="muted">{t('reviewExportHelp')}</p>
      <label class="row">
        <input
          type="checkbox"
          checked={includeKnown}
          onChange={(e) => setIncludeKnown((e.target as HTMLInputElement).checked)}
        />{' '}
        {t('reviewExportIncludeKnown')}
      </label>
      <label class="row">
        <input
          type="checkbox"
          checked={html}
          onChange={(e) => setHtml((e.target as HTMLInputElement).checked)}
          data-testid="export-html"
        />{' '}
        {t('reviewExportHtml')}
      </label>
      <div class="row">
        <button type="button" data-testid="export-tsv" onClick={() => void run('tsv')}>
          {t('reviewExportTsv')}
        </button>
        <button type="button" data-testid="export-csv" onClick={() => void run('csv')}>
          {t('reviewExportCsv')}
        </button>
        <button type="button" data-testid="export-json" onClick={() => void run('json')}>
          {t('reviewExportJson')}
        </button>
      </div>
      <p role="status">{status}</p>
    </section>
  );
}
