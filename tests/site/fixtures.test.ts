import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotatePage } from '../../scripts/annotate';
import { FIXTURES, fixtureCases, fixtureUrl } from '../../scripts/update-fixtures';
import { firstDifference } from './first-difference';

const cases = fixtureCases();

describe('workercn fixtures (regenerate with: node --import tsx scripts/update-fixtures.ts --write)', () => {
  it('has at least 15 cases covering every family and kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    const seen = cases.map(
      (name) =>
        JSON.parse(readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8')) as {
          kind: string;
          family: string;
          extractor: string;
        },
    );
    for (const kind of ['article', 'edition', 'list', 'none']) expect(seen.map((s) => s.kind)).toContain(kind);
    for (const family of ['epaper', 'epaper-legacy', 'portal', 'portal-legacy', 'other'])
      expect(seen.map((s) => s.family)).toContain(family);
    for (const extractor of ['epaper', 'epaper-legacy', 'portal', 'portal-legacy', 'list', 'readability'])
      expect(seen.map((s) => s.extractor)).toContain(extractor);
  });

  for (const name of cases) {
    it(name, async () => {
      const expected = JSON.parse(readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8')) as unknown;
      const actual = JSON.parse(
        JSON.stringify(await annotatePage(path.join(FIXTURES, name, 'source.html'), fixtureUrl(name))),
      ) as unknown;
      const difference = firstDifference(expected, actual);
      expect(difference, `${name}: first difference at ${difference}`).toBe('');
    });
  }
});

describe('fixture contents that matter to readers', () => {
  const load = (name: string) => JSON.parse(readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8'));

  it('e-paper article: headline parts, dateline credits, paper data', () => {
    const a = load('epaper-article-pretitle');
    expect([a.pretitle, a.title, a.byline, a.source, a.date]).toEqual([
      '党的二十大代表选举',
      '宁夏：充分发扬民主 扎实推进二十大代表推荐提名工作',
      '新华社记者 郭欣媛',
      '新华社',
      '2022-04-29',
    ]);
    expect(a.paragraphs[0]).toMatch(/^“我18岁入党/);
    expect(a.paragraphs.join('')).not.toMatch(/责任编辑|分享到/);
    expect(a.paper.page).toBe(3);
    expect(a.paper.article).toBe(2);
    expect(a.paper.previous.url).toBe('https://www.workercn.cn/papers/grrb/2022/04/29/3/news-1.html');
    expect(a.paper.next.url).toBe('https://www.workercn.cn/papers/grrb/2022/04/29/3/news-3.html');
    expect(a.paper.pageName).toBe('新闻');
  });

  it('print-style text loses layout spaces and line breaks but keeps its paragraphs', () => {
    const a = load('epaper-article-print');
    expect(a.paragraphs).toHaveLength(2);
    expect(a.paragraphs[1]).toContain('是陕西省总深入学习');
    expect(a.paragraphs.join('')).not.toMatch(/[\u4e00-\u9fff，。]\s+[\u4e00-\u9fff，。]/);
    expect(a.continuations).toEqual(['（下转第3版）']);
    expect(a.byline).toBe('记者毛浓曦');
  });

  it('<br> bodies with &nbsp; indents split at the indents only', () => {
    const a = load('epaper-article-br-body');
    expect(a.paragraphs).toHaveLength(4);
    expect(a.continuations).toEqual(['（上接第1版）']);
    expect(a.paragraphs[0]).toMatch(/^深刻认识贺信/);
  });

  it('picture captions and credits', () => {
    const a = load('epaper-article-photo');
    expect(a.images).toEqual([
      {
        src: 'https://www.workercn.cn/pic/202204/29/zhongchagou.jpg',
        alt: '中查沟',
        caption: '图为4月25日，中查沟居民在草甸上直播。',
      },
    ]);
    expect(a.html).toContain('<figure><img src="https://www.workercn.cn/pic/202204/29/zhongchagou.jpg"');
    expect(a.paragraphs.at(-1)).toBe('新华社记者 江宏景 摄');
  });

  it('portal article: title without site suffix, no comments, related links or editor line', () => {
    const a = load('portal-article');
    expect(a.title).toBe('首批12家人力资源服务出口基地“出炉”');
    expect(a.url).toBe('https://www.workercn.cn/c/2022-03-25/6993456.shtml');
    expect(a.paragraphs).toHaveLength(5);
    expect(JSON.stringify(a.paragraphs)).not.toMatch(/网友评论|相关新闻|责任编辑|说得好|版权/);
  });

  it('unknown portal markup falls back to Readability', () => {
    const a = load('portal-article-generic');
    expect(a.extractor).toBe('readability');
    expect(a.title).toBe('十项暖心行动专解新就业形态劳动者"烦心事"');
    expect(a.byline).toBe('本报记者 康劲');
    expect(a.paragraphs[0]).toMatch(/^"服务真周到/);
    expect(JSON.stringify(a.paragraphs)).not.toMatch(/来源：|网友评论|推荐一/);
  });

  it('edition and list pages list their articles with absolute URLs', () => {
    expect(load('epaper-page').links.map((l: { url: string }) => l.url.replace(/^.*\//, ''))).toEqual([
      'news-1.html',
      'news-2.html',
      'news-3.html',
      'news-4.html',
    ]);
    expect(load('portal-list').links).toHaveLength(4);
    expect(load('epaper-legacy-page').links[0]).toEqual({
      title: '"规定动作"不能少',
      url: 'http://media.workercn.cn/sites/media/grrb/2022_03/25/GR0101.htm',
    });
  });

  it('a two-page legacy article is joined in order without the repeated paragraph', () => {
    const a = load('portal-legacy-multipage');
    expect(a.paragraphs).toHaveLength(8);
    expect(new Set(a.paragraphs).size).toBe(8);
    expect(a.paragraphs[0]).toMatch(/^过去一年/);
    expect(a.paragraphs.at(-1)).toMatch(/^同志们/);
  });

  it('non-article pages say why there is no article', () => {
    for (const name of ['workercn-nonarticle', 'non-workercn']) {
      const a = load(name);
      expect([a.kind, a.family, a.paragraphs.length, a.html]).toEqual(['none', 'other', 0, '']);
      expect(a.reason).not.toBe('');
    }
  });
});
