/**
 * Saving a whole e-paper page or a whole day: articles fetched politely, one after another, each
 * saved in the same transaction that records it in the job, so a job interrupted anywhere (tab
 * closed, browser quit) resumes where it stopped. The result lists every failure with its reason.
 */
import type { LibraryDb } from '../db/database';
import type { ArticleInput, BatchJob } from '../db/records';
import { canonicalUrl } from '../db/records';
import { errorMessage } from './error-text';
import { guard } from './errors';
import { ARTICLE_WRITE_TABLES } from './upsert';
import { saveArticle } from './save';

export interface BatchProgress {
  jobId: string;
  done: number;
  failed: number;
  total: number;
  /** The URL just handled. */
  url: string;
  ok: boolean;
}

export interface BatchSummary {
  jobId: string;
  label: string;
  total: number;
  /** Saved in this run. */
  saved: number;
  /** Saved by an earlier, interrupted run. */
  alreadyDone: number;
  failed: { url: string; error: string }[];
  /** False when stopped by the signal before the end. */
  finished: boolean;
}

export interface BatchOptions {
  fetchArticle: (url: string) => Promise<ArticleInput>;
  onProgress?: (progress: BatchProgress) => void;
  /** Pause between two fetches, in ms (default 1000: one request a second). */
  delayMs?: number;
  signal?: AbortSignal;
  /** Injected for tests. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/**
 * The URLs to fetch, one per article: duplicates (by canonical key) dropped, each kept as the site
 * gave it. The canonical key's https is for recognizing an article, not an address to fetch: the
 * older parts of the site answer over http only.
 */
export function uniqueArticles(urls: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const url of urls) {
    const key = canonicalUrl(url);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(url.split('#')[0]);
  }
  return out;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Creates (or returns, when the same id exists) a job for the given article URLs. */
export async function createBatchJob(
  db: LibraryDb,
  job: { id: string; label: string; urls: readonly string[] },
  now = Date.now(),
): Promise<BatchJob> {
  return guard(() =>
    db.transaction('rw', db.jobs, async () => {
      const existing = await db.jobs.get(job.id);
      if (existing) return existing;
      const record: BatchJob = {
        id: job.id,
        label: job.label,
        urls: uniqueArticles(job.urls),
        done: [],
        failed: [],
        status: 'pending',
        createdAt: now,
        updatedAt: now,
      };
      await db.jobs.add(record);
      return record;
    }),
  );
}

/**
 * Lists the article URLs of several e-paper pages (a day's paper) one page after another, with
 * the same politeness; pages that fail are returned with their reason.
 */
export async function collectPageArticles(
  pageUrls: readonly string[],
  listArticles: (pageUrl: string) => Promise<string[]>,
  options: { delayMs?: number; sleep?: (ms: number) => Promise<void> } = {},
): Promise<{ urls: string[]; failed: { url: string; error: string }[] }> {
  const sleep = options.sleep ?? defaultSleep;
  const urls: string[] = [];
  const failed: { url: string; error: string }[] = [];
  for (const [i, pageUrl] of pageUrls.entries()) {
    if (i > 0) await sleep(options.delayMs ?? 1000);
    try {
      urls.push(...(await listArticles(pageUrl)));
    } catch (error) {
      failed.push({ url: pageUrl, error: errorMessage(error) });
    }
  }
  return { urls: uniqueArticles(urls), failed };
}

/** Runs (or resumes) a job: every URL not yet saved is fetched and saved, failures retried once per run. */
export async function runBatchJob(db: LibraryDb, jobId: string, options: BatchOptions): Promise<BatchSummary> {
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const job = await guard(() => db.jobs.get(jobId));
  if (!job) throw new Error(`No batch job ${jobId}`);
  const alreadyDone = job.done.length;
  const done = new Set(job.done);
  const failed = new Map<string, string>();
  await guard(() => db.jobs.update(jobId, { status: 'running', failed: [], updatedAt: now() }));
  let saved = 0;
  let first = true;
  let finished = true;
  for (const url of job.urls) {
    if (done.has(url)) continue;
    if (options.signal?.aborted) {
      finished = false;
      break;
    }
    if (!first) await sleep(options.delayMs ?? 1000);
    first = false;
    let ok = false;
    try {
      const article = await options.fetchArticle(url);
      await guard(() =>
        db.transaction('rw', [...ARTICLE_WRITE_TABLES(db), db.jobs], async () => {
          await saveArticle(db, article, now());
          await db.jobs
            .where('id')
            .equals(jobId)
            .modify((j) => {
              j.done.push(url);
              j.updatedAt = now();
            });
        }),
      );
      done.add(url);
      saved++;
      ok = true;
    } catch (error) {
      failed.set(url, errorMessage(error));
      await guard(() =>
        db.jobs
          .where('id')
          .equals(jobId)
          .modify((j) => {
            j.failed = [...failed].map(([u, e]) => ({ url: u, error: e }));
            j.updatedAt = now();
          }),
      );
    }
    options.onProgress?.({ jobId, done: done.size, failed: failed.size, total: job.urls.length, url, ok });
  }
  const status: BatchJob['status'] = !finished ? 'paused' : 'finished';
  await guard(() => db.jobs.update(jobId, { status, updatedAt: now() }));
  return {
    jobId,
    label: job.label,
    total: job.urls.length,
    saved,
    alreadyDone,
    failed: [...failed].map(([url, error]) => ({ url, error })),
    finished,
  };
}

/** Jobs not finished (to offer "resume" after a restart). */
export async function unfinishedJobs(db: LibraryDb): Promise<BatchJob[]> {
  return guard(async () =>
    (await db.jobs.orderBy('updatedAt').reverse().toArray()).filter((j) => j.status !== 'finished'),
  );
}
