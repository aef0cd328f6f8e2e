/** What the review page's components need from the outside world; tests hand in their own. */
import type { LibraryDb } from '@/utils/db/database';
import type { AssetLoader } from '@/utils/text/loader';
import { getStudySettings, updateStudySettings, type StudySettings } from '@/utils/study/settings';

export interface StudyServices {
  db: LibraryDb;
  now(): number;
  getSettings(): Promise<StudySettings>;
  saveSettings(patch: Partial<StudySettings>): Promise<StudySettings>;
  /** Dictionary assets (HSK levels, pinyin and definitions of imported words); absent in some tests. */
  loader?: AssetLoader;
  /** Offers a file to the user. */
  download(fileName: string, text: string, mime: string): void;
  /** Called after the vocabulary changed here (to tell other pages). */
  changed?(): void;
}

/** Saves text as a file through a temporary link. */
export function downloadText(fileName: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const defaultSettingsServices = { getSettings: getStudySettings, saveSettings: updateStudySettings };
