/**
 * Saving articles: the same article saved again (same canonical URL, or its e-paper/portal twin
 * with the same date and title) is updated, never duplicated. Reading state, progress, tags and
 * the first saved time survive a re-save.
 */
import type { LibraryDb } from '../db/database';
import type { ArticleInput, StoredArticle } from '../db/records';
import { normalizeTags, toStoredArticle } from '../db/records';
import { guard } from './errors';
import { upsertArticles, type Merge, type UpsertOutcome } from './upsert';

export type SaveResult = UpsertOutcome;

const CONTENT_KEYS = [
  'family',
  'pretitle',
  'title',
  'subtitle',
  'byline',
  'source',
  'date',
  'paragraphs',
  'html',
  'images',
  'terms',
  'stats',
] as const;

/** Merge on save: fresh extraction replaces the content; a twin only fills what is missing. */
export function mergeOnSave(now: number): Merge {
  return (existing, incoming, how) => {
    const merged: StoredArticle = { ...existing };
    if (how === 'same-url') {
      for (const key of CONTENT_KEYS) (merged as unknown as Record<string, unknown>)[key] = incoming[key];
    } else {
      for (const key of CONTENT_KEYS) {
        if ((merged as unknown as Record<string, unknown>)[key] === undefined)
          (merged as unknown as Record<string, unknown>)[key] = incoming[key];
      }
      if (merged.images.length === 0) merged.images = incoming.images;
    }
    merged.edition = incoming.edition ?? existing.edition;
    merged.tags = normalizeTags([...existing.tags, ...incoming.tags]);
    merged.updatedAt = now;
    return merged;
  };
}

/** Saves one extracted article (one transaction). */
export async function saveArticle(db: LibraryDb, input: ArticleInput, now: number = Date.now()): Promise<SaveResult> {
  const [outcome] = await guard(() => upsertArticles(db, [toStoredArticle(input, now)], mergeOnSave(now)));
  return outcome;
}

/** Saves several articles in one transaction (all or none). */
export async function saveArticles(
  db: LibraryDb,
  inputs: readonly ArticleInput[],
  now: number = Date.now(),
): Promise<SaveResult[]> {
  return guard(() =>
    upsertArticles(
      db,
      inputs.map((input) => toStoredArticle(input, now)),
      mergeOnSave(now),
    ),
  );
}
