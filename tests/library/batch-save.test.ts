import { describe, expect, it } from 'vitest';
import {
  collectPageArticles,
  createBatchJob,
  runBatchJob,
  unfinishedJobs,
  type BatchProgress,
} from '../../utils/library/batch-save';
import { listArticles } from '../../utils/library/list';
import type { ArticleInput } from '../../utils/db/records';
import { freshDb } from './helpers';
import { seedArticles } from './seed-articles';

const noSleep = () => Promise.resolve();

function server(articles: ArticleInput[], broken: Set<string> = new Set()) {
  const byUrl = new Map(articles.map((a) => [a.url, a]));
  const calls: string[] = [];
  return {
    calls,
    fetchArticle: async (url: string) => {
      calls.push(url);
      if (broken.has(url)) throw new Error('HTTP 502');
      const a = byUrl.get(url);
      if (!a) throw new Error('HTTP 404');
      return a;
    },
  };
}

describe('batch save (a page or a day)', () => {
  it('saves a whole page one article after another, with progress and pauses between fetches', async () => {
    const db = await freshDb();
    const page = seedArticles().filter((a) => a.date === '2022-04-29');
    const { fetchArticle, calls } = server(page);
    const pauses: number[] = [];
    const progress: BatchProgress[] = [];
    let inFlight = 0;
    await createBatchJob(db, { id: 'p1', label: '2022-04-29 第1版', urls: page.map((a) => a.url) });
    const summary = await runBatchJob(db, 'p1', {
      fetchArticle: async (url) => {
        inFlight++;
        expect(inFlight).toBe(1);
        const a = await fetchArticle(url);
        inFlight--;
        return a;
      },
      onProgress: (p) => progress.push(p),
      delayMs: 1500,
      sleep: async (ms) => void pauses.push(ms),
    });
    expect(summary).toMatchObject({
      total: page.length,
      saved: page.length,
      alreadyDone: 0,
      failed: [],
      finished: true,
    });
    expect(calls).toEqual(page.map((a) => a.url));
    expect(pauses).toEqual(Array(page.length - 1).fill(1500));
    expect(progress.map((p) => p.done)).toEqual(page.map((_, i) => i + 1));
    expect((await listArticles(db)).total).toBe(page.length);
    expect(await unfinishedJobs(db)).toEqual([]);
  });

  it('lists failures clearly and retries only what is missing on the next run', async () => {
    const db = await freshDb();
    const day = seedArticles();
    const broken = new Set([day[2].url, day[7].url]);
    const flaky = server(day, broken);
    await createBatchJob(db, {
      id: 'day',
      label: '2022-04-29',
      urls: [...day.map((a) => a.url), 'https://www.workercn.cn/papers/grrb/2022/04/29/9/news-99.html'],
    });
    const first = await runBatchJob(db, 'day', { fetchArticle: flaky.fetchArticle, sleep: noSleep });
    expect(first.saved).toBe(day.length - 2);
    expect(first.failed).toEqual([
      { url: day[2].url, error: 'HTTP 502' },
      { url: day[7].url, error: 'HTTP 502' },
      { url: 'https://www.workercn.cn/papers/grrb/2022/04/29/9/news-99.html', error: 'HTTP 404' },
    ]);
    broken.clear();
    flaky.calls.length = 0;
    const second = await runBatchJob(db, 'day', { fetchArticle: flaky.fetchArticle, sleep: noSleep });
    expect(flaky.calls).toEqual([
      day[2].url,
      day[7].url,
      'https://www.workercn.cn/papers/grrb/2022/04/29/9/news-99.html',
    ]);
    expect(second).toMatchObject({ saved: 2, alreadyDone: day.length - 2, failed: [{ error: 'HTTP 404' }] });
    expect(await db.articles.count()).toBe(day.length);
  });

  it('resumes after an interruption without fetching or saving anything twice', async () => {
    const db = await freshDb();
    const day = seedArticles();
    const s = server(day);
    await createBatchJob(db, { id: 'resume', label: 'day', urls: day.map((a) => a.url) });
    const stop = new AbortController();
    const first = await runBatchJob(db, 'resume', {
      fetchArticle: s.fetchArticle,
      sleep: noSleep,
      signal: stop.signal,
      onProgress: (p) => p.done === 5 && stop.abort(),
    });
    expect(first).toMatchObject({ saved: 5, finished: false });
    expect((await unfinishedJobs(db)).map((j) => [j.id, j.status, j.done.length])).toEqual([['resume', 'paused', 5]]);
    // A second createBatchJob with the same id (e.g. after a restart) returns the stored job.
    expect((await createBatchJob(db, { id: 'resume', label: 'day', urls: [] })).done).toHaveLength(5);
    const second = await runBatchJob(db, 'resume', { fetchArticle: s.fetchArticle, sleep: noSleep });
    expect(second).toMatchObject({ saved: day.length - 5, alreadyDone: 5, finished: true });
    expect(s.calls).toEqual(day.map((a) => a.url));
    expect(await db.articles.count()).toBe(day.length);
  });

  it('collects the articles of a day page by page, reporting pages that failed', async () => {
    const pages = ['p1', 'p2', 'p3'].map(
      (p) => `https://www.workercn.cn/papers/grrb/2022/04/29/${p.slice(1)}/page.html`,
    );
    const result = await collectPageArticles(
      pages,
      async (page) => {
        if (page.includes('/2/')) throw new Error('timeout');
        return [page.replace('page.html', 'news-1.html'), page.replace('page.html', 'news-1.html#x')];
      },
      { sleep: noSleep },
    );
    expect(result.urls).toEqual([pages[0], pages[2]].map((p) => p.replace('page.html', 'news-1.html')));
    expect(result.failed).toEqual([{ url: pages[1], error: 'timeout' }]);
  });
});
