import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotatePage } from '../../scripts/annotate';
import { FIXTURES, fixtureCases, fixtureUrl } from '../../scripts/update-fixtures';
import { firstDifference } from './first-difference';
import { editionLabel } from '../../utils/reader/prepare';

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
    expect(load('portal-list').links).toHaveLength(5);
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

describe('pages built to the evidenced shapes (shared/evidence/workercn-markup.md)', () => {
  const load = (name: string) => JSON.parse(readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8'));
  const label = (name: string) => {
    const a = load(name);
    return editionLabel(a.paper);
  };

  it('e-paper page view: pages from ul#pageUrl (numbers only, so no page name), articles from ul#pageTitle, the PDF', () => {
    const a = load('epaper-page-2021');
    expect([a.kind, a.title, a.paper.page, a.paper.pageName]).toEqual(['edition', '第2版', 2, '']);
    expect(label('epaper-page-2021')).toBe('工人日报 · 2021-09-18 · 第2版');
    expect(a.paper.pages.map((p: { title: string }) => p.title)).toEqual(['第1版', '第2版', '第3版', '第4版']);
    expect(a.links.map((l: { url: string }) => l.url.replace(/^.*\/2021\//, ''))).toEqual([
      '09/18/2/news-1.html',
      '09/18/2/news-2.html',
      '09/18/2/news-3.html',
      '09/18/2/news-4.html',
    ]);
    expect(a.links[0].title).toBe('新就业形态劳动者入会有了“绿色通道”');
    // The bracketed navigation (<上一版, 下一版>, <上一期) names no page and lists no article.
    expect(JSON.stringify(a.paper.pages)).not.toMatch(/上一|下一/);
    expect(a.paper.pdf).toBe('https://www.workercn.cn/papers/grrb/2021/09/18/2/grrb202109182.pdf');
  });

  it('the fixed entry /papers/grrb/index.html reads as the latest issue’s first page', () => {
    const a = load('epaper-entry');
    expect([a.kind, a.family, a.date, a.paper.page]).toEqual(['edition', 'epaper', '2021-09-18', 1]);
    expect(label('epaper-entry')).toBe('工人日报 · 2021-09-18 · 第1版');
    expect(a.links).toHaveLength(3);
  });

  it('e-paper article: date and edition lines are metadata, the photo credit stays a credit line, the footer stays out', () => {
    const a = load('epaper-article-2021');
    expect([a.title, a.date, a.paper.page, a.paper.article]).toEqual(['寒冬中的温暖', '2021-12-22', 2, 4]);
    expect(label('epaper-article-2021')).toBe('工人日报 · 2021-12-22 · 第2版');
    const text = a.paragraphs.join('\n');
    expect(text).not.toMatch(/《工人日报》|星期|关于中工网|Copyright|扫码关注|中工娱乐/);
    expect(a.paragraphs[0]).toMatch(/^“现在骑车时腿特别冷/);
    expect(a.paragraphs.at(-1)).toBe('本报记者 田国垒 本报通讯员 孔国政 摄');
    expect(a.byline).toBe('');
    expect(a.paper.previous.url).toMatch(/news-3\.html$/);
    expect(a.paper.next.url).toMatch(/news-5\.html$/);
    expect(a.paper.pages).toHaveLength(8);
    expect(a.images[0].src).toBe('https://www.workercn.cn/papers/grrb/2021/12/22/2/images/hutui.jpg');
  });

  it('an archive article of 2014 with the date and edition lines inside #ccontent, a .subtitle and a captioned picture', () => {
    const a = load('epaper-article-2014');
    expect([a.pretitle, a.title, a.subtitle, a.byline, a.date]).toEqual([
      '煤矿转型中的职工安置',
      '老矿工的新岗位',
      '企业工会牵线 三百余名职工转岗培训后重新上岗',
      '本报记者 王伟',
      '2014-12-08',
    ]);
    expect(a.paragraphs.join('')).not.toMatch(/《工人日报》|星期一/);
    expect(a.images[0].caption).toBe('转岗后的李师傅在物流园驾驶叉车。');
  });

  it('legacy e-paper (2015–2019): no <title>, div.text_c headline parts, #ozoom body, div.lai author, image-map page index', () => {
    const a = load('epaper-legacy-article-2015');
    expect([a.pretitle, a.title, a.subtitle, a.byline, a.date]).toEqual([
      '一线职工谈“中国制造2025”',
      '车间里的“智能化”变化',
      '机器人上岗后，老师傅们干起了编程和维护',
      '本报记者 张锐',
      '2015-05-07',
    ]);
    expect(a.paragraphs).toHaveLength(3);
    expect(a.paper.previous.url).toMatch(/GR0302\.htm$/);
    const page = load('epaper-legacy-page-2017');
    expect([page.kind, page.title, page.links.length]).toEqual(['edition', '第3版', 4]);
    expect(page.links[2].title).toBe('“五小”活动攻下技术难题');
    const jl = load('epaper-legacy-article-jlgrb-2019');
    expect([jl.paper.paper, jl.title, jl.byline, jl.date]).toEqual([
      'jlgrb',
      '“三八”节前的一堂法律课',
      '记者 刘洋',
      '2019-03-08',
    ]);
  });

  it('/c/ articles: div.ccontent with text-indent paragraphs; title, source and author read from two different layouts', () => {
    const a = load('portal-c-article');
    expect([a.family, a.extractor, a.title, a.source, a.byline, a.date]).toEqual([
      'portal',
      'portal',
      '技能人才“金字塔”如何搭建｜工资分配向一线倾斜',
      '工人日报',
      '周子琪',
      '2022-10-20',
    ]);
    expect(a.paragraphs).toHaveLength(4);
    expect(a.paragraphs.join('')).not.toMatch(/责任编辑|分享到/);
    const b = load('portal-c-article-bare');
    // No headline element (the logo's h1 is not one): the title comes from `标题 - 频道 - 中工网`.
    expect([b.title, b.source, b.byline, b.date]).toEqual([
      '探访全球第一｜给船舶装上“绿色翅膀”',
      '工人日报客户端',
      '陈俊宇',
      '2025-10-18',
    ]);
    expect(b.images).toHaveLength(1);
  });

  it('portal list as captured: image link before the h3, &#32; in titles; legacy channel list in ul#leftList', () => {
    const a = load('portal-list');
    expect([a.kind, a.title, a.links.length]).toEqual(['list', '人物', 5]);
    expect(a.links[0]).toEqual({
      title: '追光的你｜英烈倒下的地方 长出守护的力量',
      url: 'https://www.workercn.cn/c/2026-10-02/8907680.shtml',
    });
    const legacy = load('portal-legacy-list');
    expect([legacy.kind, legacy.family, legacy.title, legacy.links.length]).toEqual([
      'list',
      'portal-legacy',
      '工会新闻',
      3,
    ]);
  });

  it('legacy portal variants: auto. and cq. give the real source, not the time', () => {
    const auto = load('portal-legacy-auto');
    expect([auto.source, auto.date, auto.paragraphs.length]).toEqual(['中国汽车报', '2019-04-19', 3]);
    const cq = load('portal-legacy-cq');
    expect([cq.source, cq.date, cq.paragraphs.length]).toEqual(['重庆日报', '2018-05-10', 2]);
  });

  it('a GBK split article: three pages joined in order, no pager paragraph, no mojibake', () => {
    const a = load('portal-legacy-split-gbk');
    expect(a.paragraphs).toHaveLength(8);
    expect(a.paragraphs[0]).toMatch(/^连日来，各地持续高温/);
    expect(a.paragraphs.at(-1)).toBe('对不按规定发放高温津贴的单位，工会将依法提出整改意见。');
    expect(a.paragraphs.join('\n')).not.toMatch(/上一页|下一页|^\s*1 2 3|\ufffd/m);
    expect(a.source).toBe('工人日报');
  });
});
