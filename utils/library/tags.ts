/** Tags and reading state of saved articles. */
import type { LibraryDb } from '../db/database';
import type { ReadingState, StoredArticle } from '../db/records';
import { canonicalUrl, normalizeTag, normalizeTags } from '../db/records';
import { guard, LibraryError } from './errors';

async function update(
  db: LibraryDb,
  urls: readonly string[],
  change: (a: StoredArticle) => void,
  now: number,
): Promise<number> {
  return guard(() =>
    db.transaction('rw', db.articles, async () => {
      let n = 0;
      for (const raw of urls) {
        const url = canonicalUrl(raw);
        const a = (await db.articles.get(url)) ?? (await db.articles.where('urls').equals(url).first());
        if (!a) continue;
        change(a);
        a.updatedAt = now;
        await db.articles.put(a);
        n++;
      }
      return n;
    }),
  );
}

/** Replaces an article's tags. */
export async function setTags(
  db: LibraryDb,
  url: string,
  tags: readonly string[],
  now = Date.now(),
): Promise<string[]> {
  let result: string[] = [];
  const n = await update(
    db,
    [url],
    (a) => {
      a.tags = result = normalizeTags(tags);
    },
    now,
  );
  if (n === 0) throw new LibraryError('not-found');
  return result;
}

/** Adds a tag to each article; returns how many were found. */
export async function addTag(db: LibraryDb, urls: readonly string[], tag: string, now = Date.now()): Promise<number> {
  return update(
    db,
    urls,
    (a) => {
      a.tags = normalizeTags([...a.tags, tag]);
    },
    now,
  );
}

/** Removes a tag (case-insensitively) from each article. */
export async function removeTag(
  db: LibraryDb,
  urls: readonly string[],
  tag: string,
  now = Date.now(),
): Promise<number> {
  const key = normalizeTag(tag).toLowerCase();
  return update(
    db,
    urls,
    (a) => {
      a.tags = a.tags.filter((t) => t.toLowerCase() !== key);
    },
    now,
  );
}

/** Every tag in use with the number of articles carrying it, most used first. */
export async function allTags(db: LibraryDb): Promise<{ tag: string; count: number }[]> {
  return guard(async () => {
    const counts = new Map<string, number>();
    for (const tag of (await db.articles.orderBy('tags').keys()) as string[])
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
    return [...counts]
      .map(([tag, count]) => ({ tag, count }))
      .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'zh'));
  });
}

/**
 * Records reading progress (0..1). The state follows unless given: some progress makes an unread
 * article `reading`, reaching the end makes it `done`.
 */
export async function setReading(
  db: LibraryDb,
  url: string,
  change: { progress?: number; state?: ReadingState },
  now = Date.now(),
): Promise<StoredArticle> {
  let saved: StoredArticle | undefined;
  await update(
    db,
    [url],
    (a) => {
      if (change.progress !== undefined) {
        a.progress = Math.min(1, Math.max(0, change.progress));
        if (!change.state && a.progress >= 1) a.state = 'done';
        else if (!change.state && a.progress > 0 && a.state === 'unread') a.state = 'reading';
      }
      if (change.state) a.state = change.state;
      saved = a;
    },
    now,
  );
  if (!saved) throw new LibraryError('not-found');
  return saved;
}
