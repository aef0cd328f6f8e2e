/** Study settings (daily limits), in `browser.storage.local` next to the reader's settings. */
import { storage } from 'wxt/utils/storage';

export interface StudySettings {
  /** New cards introduced per study day. */
  newPerDay: number;
  /** Review cards shown per study day. */
  reviewsPerDay: number;
  /** How cards are answered: flip and grade yourself, or type the answer (pinyin, hanzi) and be graded. */
  answerBy: 'self' | 'typing';
}

export const DEFAULT_STUDY_SETTINGS: StudySettings = { newPerDay: 20, reviewsPerDay: 200, answerBy: 'self' };

const int = (v: unknown, min: number, max: number, fallback: number) =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, Math.round(v))) : fallback;

export function normalizeStudySettings(raw: unknown): StudySettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    newPerDay: int(r.newPerDay, 0, 500, DEFAULT_STUDY_SETTINGS.newPerDay),
    reviewsPerDay: int(r.reviewsPerDay, 0, 5000, DEFAULT_STUDY_SETTINGS.reviewsPerDay),
    answerBy: r.answerBy === 'typing' ? 'typing' : 'self',
  };
}

const item = storage.defineItem<StudySettings>('local:studySettings', { fallback: DEFAULT_STUDY_SETTINGS });

export async function getStudySettings(): Promise<StudySettings> {
  return normalizeStudySettings(await item.getValue());
}

export async function updateStudySettings(patch: Partial<StudySettings>): Promise<StudySettings> {
  const next = normalizeStudySettings({ ...(await getStudySettings()), ...patch });
  await item.setValue(next);
  return next;
}
