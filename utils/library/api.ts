/**
 * The library's public API, for the background (message handlers) and the extension pages.
 * Every function takes the open database first; failures are `LibraryError`s with a clear message.
 * (Not named index.ts, so WXT's auto-imports leave it alone.)
 */
export { openLibraryDb, sharedLibraryDb, LibraryDb, type OpenOptions } from '../db/database';
export type * from '../db/records';
export { toStoredArticle, canonicalUrl } from '../db/records';
export { saveArticle, saveArticles, type SaveResult } from './save';
export { listArticles, getArticle, findSaved, isSaved, type LibraryFilter, type Page, type ListResult } from './list';
export { searchArticles, type SearchResult } from './search';
export type { ArticleSummary } from './summary';
export { deleteArticles, undoDelete, type DeletedSnapshot } from './delete';
export { setTags, addTag, removeTag, allTags, setReading } from './tags';
export { termOverview, type TermOverview } from './terms';
export { exportLibrary, exportLibraryJson, backupFileName, type LibraryBackup } from './export';
export { importLibrary, parseBackup, type ImportSummary } from './import';
export {
  createBatchJob,
  runBatchJob,
  collectPageArticles,
  unfinishedJobs,
  type BatchOptions,
  type BatchProgress,
  type BatchSummary,
} from './batch-save';
export { storageInfo, requestPersistence, formatBytes, type StorageInfo } from './storage';
export { addWord, saveSettingsSnapshot, latestSettingsSnapshot, type NewWord } from './vocabulary';
export { LibraryError, LIBRARY_ERROR_MESSAGES, toLibraryError, type LibraryErrorCode } from './errors';
