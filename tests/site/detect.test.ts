import { describe, expect, it } from 'vitest';
import { detect } from '../../utils/site/detect';
import { parseHtml } from '../../utils/site/parse-html';
import { canonicalUrl, dateFromUrl } from '../../utils/site/urls';

describe('detect by URL', () => {
  const table: [string, string, string][] = [
    ['https://www.workercn.cn/papers/grrb/2022/04/29/1/news-1.html', 'article', 'epaper'],
    ['https://www.workercn.cn/papers/grrb/2022/04/29/12/news-10.html?x=1#top', 'article', 'epaper'],
    ['https://www.workercn.cn/papers/grrb/2022/04/29/1/page.html', 'edition', 'epaper'],
    ['https://www.workercn.cn/papers/grrb/2022/04/29/', 'edition', 'epaper'],
    ['http://media.workercn.cn/sites/media/grrb/2019_01/18/GR0102.htm', 'article', 'epaper-legacy'],
    ['http://media.workercn.cn/sites/media/grrb/2019_01/18/GR0100.htm', 'edition', 'epaper-legacy'],
    ['http://media.workercn.cn/sites/media/lnzgb/2019_01/18/LN0203.htm', 'article', 'epaper-legacy'],
    ['https://www.workercn.cn/c/2022-04-29/7012345.shtml', 'article', 'portal'],
    ['http://news.workercn.cn/32841/201901/18/190118124637372.shtml', 'article', 'portal-legacy'],
    ['http://cq.workercn.cn/32841/201901/18/190118124637372_2.shtml', 'article', 'portal-legacy'],
    ['https://www.workercn.cn/papers/grrb/index.html', 'edition', 'epaper'],
    ['http://media.workercn.cn/sites/paper/paper_index.html', 'edition', 'epaper'],
    ['http://news.workercn.cn/onlinepaper/2009_12/08/GR0101.htm', 'article', 'epaper-legacy'],
    ['http://news.workercn.cn/onlinepaper/2009_12/08/GR0100.htm', 'edition', 'epaper-legacy'],
    ['https://news.workercn.cn/c/2025-10-18/8633607.shtml', 'article', 'portal'],
    ['https://www.workercn.cn/character/', 'none', 'other'],
    ['https://www.workercn.cn/papers/grrb/2022/04/29/1/grrb2022042901.pdf', 'none', 'other'],
    ['https://workercn.cn.evil.example/c/2022-04-29/7012345.shtml', 'none', 'other'],
    ['https://evilworkercn.cn/c/2022-04-29/7012345.shtml', 'none', 'other'],
    ['https://www.example.com/papers/grrb/2022/04/29/1/news-1.html', 'none', 'other'],
    ['javascript:alert(1)', 'none', 'other'],
    ['not a url', 'none', 'other'],
    ['', 'none', 'other'],
  ];
  for (const [url, kind, family] of table) {
    it(`${url || '(empty)'} → ${kind}/${family}`, () => {
      expect(detect(url)).toEqual({ kind, family });
    });
  }
});

describe('detect with the document', () => {
  it('finds a list page by its markup', () => {
    const doc = parseHtml('<ul class="list"><li><h3><a href="/c/2022-03-25/1.shtml">标题</a></h3></li></ul>');
    expect(detect('https://www.workercn.cn/character/', doc)).toEqual({ kind: 'list', family: 'portal' });
  });
  it('finds an article under an unknown URL by its body container', () => {
    const doc = parseHtml('<div class="ccontent"><p>正文</p></div>');
    expect(detect('http://ent.workercn.cn/some/page.html', doc)).toEqual({ kind: 'article', family: 'portal-legacy' });
  });
  it('never classifies another site, whatever its markup', () => {
    const doc = parseHtml(
      '<div id="ccontent"><p>正文</p></div><ul class="list"><li><h3><a href="/c/x.shtml">x</a></h3></li></ul>',
    );
    expect(detect('https://example.org/', doc)).toEqual({ kind: 'none', family: 'other' });
  });
});

describe('URL helpers', () => {
  it('drops hash and tracking parameters, keeps the rest', () => {
    expect(canonicalUrl('https://www.workercn.cn/c/2022-04-29/7012345.shtml?utm_source=x&spm=1&page=2#c')).toBe(
      'https://www.workercn.cn/c/2022-04-29/7012345.shtml?page=2',
    );
    expect(canonicalUrl('ftp://www.workercn.cn/x')).toBe('');
  });
  it('reads dates from every dated URL shape', () => {
    expect(dateFromUrl('https://www.workercn.cn/papers/grrb/2022/04/29/1/news-1.html')).toBe('2022-04-29');
    expect(dateFromUrl('http://media.workercn.cn/sites/media/grrb/2019_01/18/GR0102.htm')).toBe('2019-01-18');
    expect(dateFromUrl('https://www.workercn.cn/c/2022-03-05/7012345.shtml')).toBe('2022-03-05');
    expect(dateFromUrl('http://news.workercn.cn/32841/201901/18/190118124637372.shtml')).toBe('2019-01-18');
    expect(dateFromUrl('https://www.workercn.cn/c/2022-13-05/7012345.shtml')).toBe('');
  });
});

describe('detect by markup where the address says nothing', () => {
  it('a /c/ page with div.ccontent is the portal, elsewhere div.ccontent is the legacy portal', () => {
    const doc = parseHtml('<div class="ccontent"><p>正文</p></div>');
    expect(detect('https://www.workercn.cn/c/special/2025/page.shtml', doc)).toEqual({
      kind: 'article',
      family: 'portal',
    });
    expect(detect('http://news.workercn.cn/special/page.shtml', doc)).toEqual({
      kind: 'article',
      family: 'portal-legacy',
    });
  });

  it('a legacy channel list in ul#leftList is a list', () => {
    const doc = parseHtml('<ul id="leftList"><li><a href="/32843/201906/12/190612083512345.shtml">标题</a></li></ul>');
    expect(detect('http://news.workercn.cn/32843/32843.shtml', doc)).toEqual({ kind: 'list', family: 'portal-legacy' });
  });

  it('the 2009 onlinepaper address carries its date', () => {
    expect(dateFromUrl('http://news.workercn.cn/onlinepaper/2009_12/08/GR0101.htm')).toBe('2009-12-08');
  });
});
