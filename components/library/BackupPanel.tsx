/** Export the library as one JSON file, import a backup (merging), and the storage in use. */
import { useState } from 'preact/hooks';
import {
  backupFileName,
  exportLibraryJson,
  formatBytes,
  importLibrary,
  type ImportSummary,
  type LibraryDb,
  type StorageInfo,
} from '@/utils/library/api';
import { errorMessage } from '@/utils/library/error-text';
import { t } from '@/utils/i18n';

/** Downloads the backup through a Blob and an `<a download>`; returns the file name and article count. */
export async function downloadBackup(db: LibraryDb, now = new Date()): Promise<{ name: string; articles: number }> {
  const text = await exportLibraryJson(db, now);
  const name = backupFileName(now);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { name, articles: (JSON.parse(text) as { articles: unknown[] }).articles.length };
}

/** Imports a chosen backup file; a bad file throws a `LibraryError` and changes nothing. */
export async function importBackupFile(db: LibraryDb, file: Blob): Promise<ImportSummary> {
  return importLibrary(db, await file.text());
}

export function importMessage(s: ImportSummary): string {
  return t('libraryImported', [
    String(s.articles.added),
    String(s.articles.merged),
    String(s.vocabulary.added),
    String(s.vocabulary.merged),
  ]);
}

export function BackupPanel({
  db,
  storage,
  onNotice,
  onImported,
}: {
  db: LibraryDb;
  storage: StorageInfo | null;
  onNotice: (notice: { text: string; error?: boolean }) => void;
  onImported: () => void;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <section class="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('libraryBackupHeading')}</h2>
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          downloadBackup(db)
            .then(
              ({ name, articles }) => onNotice({ text: t('libraryExported', [String(articles), name]) }),
              (error: unknown) => onNotice({ text: t('libraryExportFailed', errorMessage(error)), error: true }),
            )
            .finally(() => setBusy(false));
        }}
      >
        {t('libraryExport')}
      </button>
      <div class="field">
        <label for="library-import">{t('libraryImport')}</label>
        <input
          id="library-import"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (!file) return;
            setBusy(true);
            importBackupFile(db, file)
              .then(
                (summary) => {
                  onNotice({ text: importMessage(summary) });
                  onImported();
                },
                (error: unknown) => onNotice({ text: t('libraryImportFailed', errorMessage(error)), error: true }),
              )
              .finally(() => {
                setBusy(false);
                input.value = '';
              });
          }}
        />
      </div>
      <h2 id="storage-heading">{t('libraryStorageHeading')}</h2>
      <p class="storage" aria-labelledby="storage-heading">
        {!storage
          ? '…'
          : !storage.supported || storage.usage === undefined
            ? t('libraryStorageUnknown')
            : storage.quota !== undefined
              ? t('libraryStorageUse', [formatBytes(storage.usage), formatBytes(storage.quota)])
              : t('libraryStorageUsed', formatBytes(storage.usage))}
      </p>
      {storage?.persisted !== undefined && (
        <p class="muted small">{storage.persisted ? t('libraryPersisted') : t('libraryNotPersisted')}</p>
      )}
    </section>
  );
}
