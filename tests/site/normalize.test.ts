import { describe, expect, it } from 'vitest';
import { bodyBlocks, cleanBlocks, paragraphsOf } from '../../utils/site/blocks';
import { creditsFromParagraphs, dateFromText } from '../../utils/site/meta';
import { cleanTitle, countText, normalizeText } from '../../utils/site/normalize';
import { parseHtml } from '../../utils/site/parse-html';

const paragraphs = (html: string) =>
  paragraphsOf(
    cleanBlocks(
      bodyBlocks(parseHtml(`<div id="b">${html}</div>`).querySelector('#b'), { baseUrl: 'https://www.workercn.cn/' }),
    ).blocks,
  );

describe('normalizeText', () => {
  it('removes layout spaces and line breaks between CJK characters and punctuation', () => {
    expect(normalizeText('为职工提供线上\n线下一站式服务， 开业 以来')).toBe('为职工提供线上线下一站式服务，开业以来');
    expect(normalizeText('截至3月20 日,春城职工')).toBe('截至3月20日,春城职工');
  });
  it('keeps one space between Latin words and numbers, and next to Latin words', () => {
    expect(normalizeText('CN  11-0002 代号 1-5')).toBe('CN 11-0002代号1-5');
    expect(normalizeText('使用 App 下单 and   more')).toBe('使用 App 下单 and more');
  });
  it('strips full-width indents, no-break space runs and zero-width spaces', () => {
    expect(normalizeText('\u3000\u3000\u00a0\u00a0正文\u200b开始\u3000')).toBe('正文开始');
  });
  it('keeps the space in bylines and photo credits', () => {
    expect(normalizeText('新华社记者 郭欣媛')).toBe('新华社记者 郭欣媛');
    expect(normalizeText('新华社记者 江宏景 摄')).toBe('新华社记者 江宏景 摄');
    expect(normalizeText('（记者邹倜然 通讯员 祝琳）')).toBe('（记者邹倜然 通讯员 祝琳）');
  });
});

describe('cleanTitle', () => {
  it('drops site-name suffixes and the channel before 中工网', () => {
    expect(cleanTitle('择优遴选社会评价组织 探索“一岗双认”评价模式-工人日报')).toBe(
      '择优遴选社会评价组织 探索“一岗双认”评价模式',
    );
    expect(cleanTitle('首批12家人力资源服务出口基地“出炉” - 要闻 - 中工网')).toBe('首批12家人力资源服务出口基地“出炉”');
    expect(cleanTitle('北京市部分普通高中开展登记入学试点_中工网')).toBe('北京市部分普通高中开展登记入学试点');
    expect(cleanTitle('工人日报')).toBe('工人日报');
  });
});

describe('paragraphs from the paper’s body shapes', () => {
  it('one block with <br> and &nbsp; indents: indents start paragraphs, other breaks are layout', () => {
    expect(
      paragraphs('&nbsp;&nbsp;第一段开始<br>接着第一段。<br>&nbsp;&nbsp;第二段。<br>&nbsp;&nbsp;第三段。<br>'),
    ).toEqual(['第一段开始接着第一段。', '第二段。', '第三段。']);
  });
  it('one block with blank lines between paragraphs', () => {
    expect(paragraphs('第一段第一行<br>第一段第二行<br><br>第二段。<br><br>第三段。')).toEqual([
      '第一段第一行第一段第二行',
      '第二段。',
      '第三段。',
    ]);
  });
  it('a text block with newline + full-width indent paragraph starts', () => {
    expect(paragraphs('<p>\u3000\u3000第一段\n续写。\n\u3000\u3000第二段。</p>')).toEqual(['第一段续写。', '第二段。']);
  });
  it('leaves out share bars, comments, related links and editor lines', () => {
    expect(
      paragraphs(
        '<p>正文。</p><div class="share">分享到：微信</div><div id="comments"><p>评论</p></div><div class="related"><a href="/x">相关</a></div><p>（责任编辑：王伟）</p><p>编辑：李娜</p>',
      ),
    ).toEqual(['正文。']);
  });
});

describe('credits and dates', () => {
  it('reads datelines, byline lines and closing lines', () => {
    expect(creditsFromParagraphs(['本报北京4月28日电（记者赖志凯）北京市人社局今天印发'])).toMatchObject({
      byline: '记者赖志凯',
      source: '工人日报',
    });
    expect(creditsFromParagraphs(['据新华社北京3月24日电(记者赵琬微)北京市教委'])).toMatchObject({
      byline: '记者赵琬微',
      source: '新华社',
    });
    expect(creditsFromParagraphs(['本报讯（记者毛浓曦）一年之计在于春'])).toMatchObject({
      byline: '记者毛浓曦',
      source: '工人日报',
    });
    expect(creditsFromParagraphs(['新华社记者 郭欣媛', '正文。'])).toEqual({
      byline: '新华社记者 郭欣媛',
      source: '新华社',
      bylineParagraph: 0,
    });
    expect(creditsFromParagraphs(['正文。', '（新华社银川4月28日电）'])).toMatchObject({
      byline: '',
      source: '新华社',
    });
  });
  it('reads dates as YYYY-MM-DD', () => {
    expect(dateFromText('2019-01-18 12:46:37 来源：工人日报')).toBe('2019-01-18');
    expect(dateFromText('2022年3月5日 星期六')).toBe('2022-03-05');
    expect(dateFromText('no date')).toBe('');
  });
  it('counts CJK characters and Latin words', () => {
    expect(countText(['工人日报 App 2022年'])).toEqual({ characters: 12, words: 7, paragraphs: 1 });
  });
});
