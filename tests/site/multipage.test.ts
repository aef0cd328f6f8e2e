import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../utils/site/extract';
import { extractWithPages, pageUrls } from '../../utils/site/multipage';
import { parseHtml } from '../../utils/site/parse-html';
import { FIXTURES, fixtureUrl } from '../../scripts/update-fixtures';

const dir = path.join(FIXTURES, 'portal-legacy-multipage');
const page1 = readFileSync(path.join(dir, 'source.html'), 'utf8');
const page2 = readFileSync(path.join(dir, 'pages', '190429083012345_2.shtml'), 'utf8');
const url1 = fixtureUrl('portal-legacy-multipage');
const url2 = url1.replace('.shtml', '_2.shtml');

describe('split legacy articles', () => {
  it('lists the pages from __totalpage', () => {
    expect(pageUrls(parseHtml(page1), url1)).toEqual([url1, url2]);
  });

  it('joins the pages in order without duplicates, fetching only the missing ones', async () => {
    const fetched: string[] = [];
    const article = await extractWithPages(parseHtml(page1), url1, {
      parseHtml,
      fetchPage: async (u) => {
        fetched.push(u);
        return u === url2 ? page2 : Promise.reject(new Error('404'));
      },
    });
    expect(fetched).toEqual([url2]);
    const single = extract(parseHtml(page1), url1);
    expect(article.paragraphs.slice(0, single.paragraphs.length)).toEqual(single.paragraphs);
    expect(article.paragraphs.length).toBe(8);
    expect(new Set(article.paragraphs).size).toBe(article.paragraphs.length);
    expect(article.counts.paragraphs).toBe(8);
  });

  it('starting from page 2 gives the same article', async () => {
    const article = await extractWithPages(parseHtml(page2), url2, {
      parseHtml,
      fetchPage: async (u) => (u === url1 ? page1 : ''),
    });
    expect(article.paragraphs[0]).toMatch(/^过去一年/);
    expect(article.paragraphs).toHaveLength(8);
    expect(article.url).toBe(url1);
  });

  it('never fetches another origin, and survives a failing fetch', async () => {
    const html = page1.replace(
      '190429083012345_2.shtml',
      'https://evil.example/32843/201904/29/190429083012345_2.shtml',
    );
    const fetched: string[] = [];
    const article = await extractWithPages(parseHtml(html), url1, {
      parseHtml,
      fetchPage: async (u) => {
        fetched.push(u);
        throw new Error('offline');
      },
    });
    expect(fetched.every((u) => new URL(u).origin === new URL(url1).origin)).toBe(true);
    expect(article.paragraphs).toHaveLength(3);
  });
});

describe('extract leaves the document alone', () => {
  it('does not change the DOM it reads, Readability fallback included', () => {
    const html = readFileSync(path.join(FIXTURES, 'portal-article-generic', 'source.html'), 'utf8');
    const doc = parseHtml(html);
    const before = doc.documentElement.outerHTML;
    const article = extract(doc, fixtureUrl('portal-article-generic'));
    expect(article.extractor).toBe('readability');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
