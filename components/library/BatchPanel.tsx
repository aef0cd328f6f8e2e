/**
 * Saving a whole e-paper page or day: lists the articles (the page.html's links; for a day every
 * page of the issue), then fetches and saves them one at a time with a pause between requests,
 * showing progress. Jobs are stored, so an interrupted one is offered again with "Resume".
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  canonicalUrl,
  collectPageArticles,
  createBatchJob,
  runBatchJob,
  unfinishedJobs,
  type ArticleInput,
  type BatchJob,
  type BatchSummary,
  type LibraryDb,
} from '@/utils/library/api';
import { errorMessage } from '@/utils/library/error-text';
import type { Article } from '@/utils/site/article';
import { t } from '@/utils/i18n';
import type { BatchRequest } from './hash';

export interface BatchDeps {
  /** Fetches and extracts an e-paper page (page.html). */
  loadPage: (url: string) => Promise<Article>;
  /** Fetches, extracts and prepares one article for saving. */
  fetchArticle: (url: string) => Promise<ArticleInput>;
  /** Pause between requests (tests make it instant); the API's polite default otherwise. */
  sleep?: (ms: number) => Promise<void>;
}

type Run =
  | { phase: 'collecting'; url: string }
  | { phase: 'running'; jobId: string; label: string; done: number; failed: number; total: number }
  | { phase: 'finished'; summary: BatchSummary; pageFailures: { url: string; error: string }[] }
  | { phase: 'error'; message: string };

/** The articles an e-paper page lists. */
function articleLinks(page: Article): string[] {
  return page.links.map((l) => l.url).filter((u) => /\.html?$/.test(new URL(u).pathname) && !/page\.html?$/.test(u));
}

/** Finds the job's article URLs and creates (or finds, to resume) the stored job. */
async function prepareJob(
  db: LibraryDb,
  request: BatchRequest,
  deps: BatchDeps,
): Promise<{ job: BatchJob; pageFailures: { url: string; error: string }[] }> {
  const first = await deps.loadPage(request.url);
  if (first.kind !== 'edition') throw new Error(t('libraryBatchNotPage', request.url));
  const paper = first.paper;
  const date = paper?.date || first.date;
  let urls = articleLinks(first);
  let pageFailures: { url: string; error: string }[] = [];
  let label = t('libraryBatchPageLabel', [date, String(paper?.page ?? '')]);
  let id = `page:${canonicalUrl(request.url)}`;
  if (request.scope === 'day' && paper && paper.pages.length > 0) {
    const here = canonicalUrl(request.url);
    const pages = paper.pages.map((p) => p.url);
    if (!pages.some((p) => canonicalUrl(p) === here)) pages.unshift(request.url);
    const collected = await collectPageArticles(
      pages,
      async (pageUrl) => (canonicalUrl(pageUrl) === here ? urls : articleLinks(await deps.loadPage(pageUrl))),
      { sleep: deps.sleep },
    );
    urls = collected.urls;
    pageFailures = collected.failed;
    label = t('libraryBatchDayLabel', date);
    id = `day:${paper.paper}:${date}`;
  }
  if (urls.length === 0) throw new Error(t('libraryBatchNoArticles', request.url));
  return { job: await createBatchJob(db, { id, label, urls }), pageFailures };
}

export function BatchPanel({
  db,
  request,
  deps,
  onSaved,
  onStarted,
}: {
  db: LibraryDb;
  request: BatchRequest | null;
  deps: BatchDeps;
  /** An article was saved (refresh the list). */
  onSaved: () => void;
  /** The request was taken up (drop it from the URL). */
  onStarted: () => void;
}) {
  const [run, setRun] = useState<Run | null>(null);
  const [jobs, setJobs] = useState<BatchJob[]>([]);
  const abort = useRef<AbortController | null>(null);
  const busy = run?.phase === 'collecting' || run?.phase === 'running';

  const reloadJobs = () => unfinishedJobs(db).then(setJobs, () => undefined);

  const execute = async (job: BatchJob, pageFailures: { url: string; error: string }[]) => {
    const controller = new AbortController();
    abort.current = controller;
    setRun({
      phase: 'running',
      jobId: job.id,
      label: job.label,
      done: job.done.length,
      failed: 0,
      total: job.urls.length,
    });
    const summary = await runBatchJob(db, job.id, {
      fetchArticle: deps.fetchArticle,
      sleep: deps.sleep,
      signal: controller.signal,
      onProgress: (p) => {
        setRun({ phase: 'running', jobId: job.id, label: job.label, done: p.done, failed: p.failed, total: p.total });
        if (p.ok) onSaved();
      },
    });
    abort.current = null;
    setRun({ phase: 'finished', summary, pageFailures });
    onSaved();
    void reloadJobs();
  };

  const start = (work: () => Promise<{ job: BatchJob; pageFailures: { url: string; error: string }[] }>) => {
    work()
      .then(({ job, pageFailures }) => execute(job, pageFailures))
      .catch((error: unknown) => {
        abort.current = null;
        setRun({ phase: 'error', message: errorMessage(error) });
        void reloadJobs();
      });
  };

  useEffect(() => {
    void reloadJobs();
  }, [db]);

  useEffect(() => {
    if (!request || busy) return;
    onStarted();
    setRun({ phase: 'collecting', url: request.url });
    start(() => prepareJob(db, request, deps));
    // Only a new request starts a job.
  }, [request]);

  useEffect(() => () => abort.current?.abort(), []);

  const resume = (job: BatchJob) => start(async () => ({ job, pageFailures: [] }));
  const others = jobs.filter((j) => run?.phase !== 'running' || j.id !== run.jobId);
  if (!run && others.length === 0) return null;

  return (
    <section class="batch" aria-labelledby="batch-heading">
      <h2 id="batch-heading">{t('libraryBatchHeading')}</h2>
      {run?.phase === 'collecting' && (
        <p role="status" class="muted">
          {t('libraryBatchCollecting', run.url)}
        </p>
      )}
      {run?.phase === 'running' && (
        <div class="batch-run">
          <p id="batch-label">{run.label}</p>
          <div
            class="progress"
            role="progressbar"
            aria-labelledby="batch-label"
            aria-valuemin={0}
            aria-valuemax={run.total}
            aria-valuenow={run.done + run.failed}
            aria-valuetext={t('libraryBatchProgress', [String(run.done + run.failed), String(run.total)])}
          >
            <div class="bar" style={{ width: `${(100 * (run.done + run.failed)) / Math.max(1, run.total)}%` }} />
          </div>
          <p class="muted small">{t('libraryBatchProgress', [String(run.done + run.failed), String(run.total)])}</p>
          <button type="button" onClick={() => abort.current?.abort()}>
            {t('libraryBatchStop')}
          </button>
        </div>
      )}
      {run?.phase === 'finished' && <BatchResult {...run} onRetry={(job) => resume(job)} db={db} busy={busy} />}
      {run?.phase === 'error' && (
        <p role="alert" class="error">
          {t('libraryBatchFailed', run.message)}
        </p>
      )}
      {others.length > 0 && (
        <>
          <h3>{t('libraryUnfinishedHeading')}</h3>
          <ul class="jobs">
            {others.map((job) => (
              <li>
                <span>{job.label}</span>{' '}
                <span class="muted small">
                  {t('libraryJobProgress', [String(job.done.length), String(job.urls.length)])}
                </span>{' '}
                <button
                  type="button"
                  disabled={busy}
                  aria-label={t('libraryResumeJob', job.label)}
                  onClick={() => resume(job)}
                >
                  {t('libraryResume')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function BatchResult({
  summary,
  pageFailures,
  onRetry,
  db,
  busy,
}: {
  summary: BatchSummary;
  pageFailures: { url: string; error: string }[];
  onRetry: (job: BatchJob) => void;
  db: LibraryDb;
  busy: boolean;
}) {
  const failures = [...pageFailures, ...summary.failed];
  const saved = String(summary.saved + summary.alreadyDone);
  return (
    <div class="batch-result" role="status">
      <p>
        <strong>{summary.label}</strong>:{' '}
        {summary.finished
          ? t('libraryBatchDone', [saved, String(summary.total), String(summary.alreadyDone)])
          : t('libraryBatchStopped', [saved, String(summary.total)])}
      </p>
      {failures.length > 0 && (
        <>
          <p class="error">{t('libraryBatchFailures', String(failures.length))}</p>
          <ul class="failures">
            {failures.map((f) => (
              <li>
                <a href={f.url} target="_blank" rel="noopener noreferrer">
                  {f.url}
                </a>
                : {f.error}
              </li>
            ))}
          </ul>
          {summary.failed.length > 0 && (
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                void db.jobs.get(summary.jobId).then((job) => job && onRetry(job));
              }}
            >
              {t('libraryBatchRetry')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
