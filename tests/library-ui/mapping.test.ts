import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '@/utils/site/extract';
import { parseHtml } from '@/utils/site/parse-html';
import { toReaderArticle } from '@/utils/reader/prepare';
import { getArticle, saveArticle } from '@/utils/library/api';
import { inputFromArticle, statsOfTokens } from '@/utils/library/input-from-document';
import { storedToReaderArticle, type ReaderText } from '@/utils/library/to-reader';
import { formatHash, parseHash } from '@/components/library/hash';
import { FIXTURE_ROOT } from '../../scripts/lib/fixture-server';
import { freshDb } from '../library/helpers';
import { realReader } from '../reader/reader-helpers';

let text: ReaderText;
beforeAll(async () => {
  text = await realReader();
});

function fixture(name: string) {
  const dir = path.join(FIXTURE_ROOT, 'workercn', name);
  const url = readFileSync(path.join(dir, 'url.txt'), 'utf8').trim();
  return extract(parseHtml(readFileSync(path.join(dir, 'source.html'), 'utf8')), url);
}

describe('a saved article in the reader', () => {
  it('shows the same text, pinyin and terms as the reader on the site', async () => {
    const article = fixture('epaper-article-basic');
    const live = toReaderArticle(article, text.annotate);
    const input = inputFromArticle(article, live.paragraphs);
    expect(input.terms!.map((t) => t.id)).toContain('one-post-two-certificates');
    expect(input.stats).toEqual(statsOfTokens(live.paragraphs));
    expect(input.stats!.chars).toBeGreaterThan(500);

    const db = await freshDb();
    await saveArticle(db, input);
    const stored = (await getArticle(db, article.url))!;
    const offline = storedToReaderArticle(stored, text.annotate);
    expect(offline.title).toBe(live.title);
    expect(offline.subtitle).toBe(live.subtitle);
    expect(offline.byline).toBe(live.byline);
    expect(offline.paragraphs).toEqual(live.paragraphs);
    expect(offline.edition!.label).toBe(live.edition!.label);
    // Nothing to fetch: images stay out of the offline view.
    expect(offline.images).toEqual([]);
  });
});

describe('library hash', () => {
  it('round-trips search and filters and ignores bad values', () => {
    const view = {
      q: '两个维护 工匠',
      filter: {
        dateFrom: '2022-04-01',
        dateTo: '2022-04-30',
        page: 2,
        state: 'done' as const,
        tag: 'A&B',
        termId: 'two-upholds',
      },
    };
    expect(parseHash(formatHash(view))).toEqual({ view });
    expect(parseHash('#from=yesterday&page=-1&state=lost&q=')).toEqual({ view: { q: '', filter: {} } });
    expect(formatHash({ q: '  ', filter: {} })).toBe('');
  });

  it('reads batch requests from the reader', () => {
    const url = 'https://www.workercn.cn/papers/grrb/2022/03/25/1/page.html';
    expect(parseHash(`#save=${encodeURIComponent(url)}&scope=day`).batch).toEqual({ url, scope: 'day' });
    expect(parseHash(`#save=${encodeURIComponent(url)}`).batch).toEqual({ url, scope: 'page' });
    expect(parseHash('#save=javascript%3Aalert(1)').batch).toBeUndefined();
  });
});

describe('fetching pages', () => {
  it('refuses anything but workercn.cn pages, before any request', async () => {
    const { fetchHtml } = await import('@/utils/library/input-from-document');
    const seen: string[] = [];
    const original = globalThis.fetch;
    globalThis.fetch = (async (input: RequestInfo | URL) => {
      seen.push(String(input));
      return new Response('<p>x</p>');
    }) as typeof fetch;
    try {
      await expect(fetchHtml('https://evil.example/papers/grrb/2022/04/29/1/news-1.html')).rejects.toThrow(
        'Not a workercn.cn page',
      );
      await expect(fetchHtml('https://workercn.cn.evil.example/x.html')).rejects.toThrow('Not a workercn.cn page');
      await expect(fetchHtml('file:///etc/passwd')).rejects.toThrow('Not a workercn.cn page');
      await expect(fetchHtml('https://www.workercn.cn/papers/grrb/2022/04/29/1/news-1.html')).resolves.toBe('<p>x</p>');
      expect(seen).toEqual(['https://www.workercn.cn/papers/grrb/2022/04/29/1/news-1.html']);
    } finally {
      globalThis.fetch = original;
    }
  });
});
