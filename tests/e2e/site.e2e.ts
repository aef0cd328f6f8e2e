/**
 * Pages built to the evidenced shapes of workercn.cn, in both browsers: the e-paper page view's
 * header and article list, a GBK split article (GBK bytes; the charset in a meta, in the HTTP
 * header only, and nowhere), and the "This page reads wrong" report, downloaded from the built
 * extension and turned into a fixture.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page as PwPage } from 'playwright-core';
import { addFixture } from '../../scripts/add-fixture';
import { BROWSERS, screenshotPath, useBrowser } from './harness';
import { openReader } from './reader-page';

const EPAPER_PAGE = 'https://www.workercn.cn/papers/grrb/2021/09/18/2/page.html';
const GBK_SPLIT = 'http://news.workercn.cn/32843/201906/12/190612083512345.shtml';
const EPAPER_ARTICLE = 'https://www.workercn.cn/papers/grrb/2021/12/22/2/news-4.html';

/** Base text of the reader's paragraphs and header (ruby pinyin left out). */
function readerText() {
  const root = document.querySelector('workercn-reader')!.shadowRoot!;
  const base = (el: Element) => {
    const c = el.cloneNode(true) as Element;
    c.querySelectorAll('rt').forEach((r) => r.remove());
    return c.textContent ?? '';
  };
  return {
    edition: root.querySelector('article .edition')?.textContent ?? null,
    title: root.querySelector('article h1') ? base(root.querySelector('article h1')!) : null,
    contents: [...root.querySelectorAll('nav.links a')].map((a) => a.textContent),
    paragraphs: [...root.querySelectorAll('article .text p')].map(base),
    count: Number(root.querySelector('article .text')?.getAttribute('data-paragraphs') ?? 0),
    pdf: root.querySelector<HTMLAnchorElement>('.edition-pdf a')?.href ?? null,
  };
}

describe.each(BROWSERS)('workercn.cn as it is, $name', ({ name, launch }) => {
  const browser = useBrowser(launch);

  it('e-paper page view: header 工人日报 · 2021-09-18 · 第2版, the page’s articles and its PDF', async () => {
    const b = browser();
    const page = await b.open(b.pageUrl(EPAPER_PAGE));
    await openReader(page);
    const shown = await page.evaluate(readerText);
    expect(shown.edition).toBe('工人日报 · 2021-09-18 · 第2版');
    expect(shown.title).toBe('第2版');
    expect(shown.contents.slice(0, 4)).toEqual([
      '新就业形态劳动者入会有了“绿色通道”',
      '职工书屋建到了工地上',
      '技能人才薪酬分配指引发布',
      '让“娘家人”的服务触手可及',
    ]);
    expect(shown.pdf).toMatch(/\/papers\/grrb\/2021\/09\/18\/2\/grrb202109182\.pdf$/);
    await page.screenshot(screenshotPath(`site-epaper-page-${name}`));
    await page.close();
  });

  it('GBK split article: three pages (meta, HTTP header, sniffed) joined without mojibake or pager', async () => {
    const b = browser();
    const page = await b.open(b.pageUrl(GBK_SPLIT));
    await openReader(page);
    await page.waitForFunction(
      () => {
        const root = document.querySelector('workercn-reader')!.shadowRoot!;
        return root.querySelectorAll('article .text p').length >= 8;
      },
      undefined,
      30_000,
    );
    const shown = await page.evaluate(readerText);
    expect(shown.title).toBe('高温天里的“清凉驿站”');
    expect(shown.count).toBe(8);
    expect(shown.paragraphs[0]).toMatch(/^连日来，各地持续高温/);
    expect(shown.paragraphs[3]).toMatch(/^据了解，今年当地工会共设立/); // page 2: charset in the HTTP header only
    expect(shown.paragraphs[7]).toBe('对不按规定发放高温津贴的单位，工会将依法提出整改意见。'); // page 3: sniffed
    const all = shown.paragraphs.join('\n');
    expect(all).not.toMatch(/上一页|下一页|\ufffd|锟|浣/);
    expect(all).not.toMatch(/^[\d\s]+$/m);
    await page.screenshot(screenshotPath(`site-gbk-split-${name}`));
    await page.close();
  });

  it('"This page reads wrong" saves a report of the page; the report becomes a fixture', async () => {
    const b = browser();
    const page = await b.open(b.pageUrl(EPAPER_ARTICLE));
    await openReader(page);
    const click = () =>
      page.evaluate(() => {
        const root = document.querySelector('workercn-reader')!.shadowRoot!;
        const button = [...root.querySelectorAll('button')].find((x) => x.textContent === 'This page reads wrong');
        button!.click();
        return button!.title;
      });
    if (name === 'chromium') {
      const raw = page.raw as PwPage;
      const [download, hint] = await Promise.all([raw.waitForEvent('download', { timeout: 30_000 }), click()]);
      expect(hint).toMatch(/Nothing is sent/);
      expect(download.suggestedFilename()).toBe('workercn-report-www-workercn-cn-papers-grrb-2021-12-22-2-news-4.json');
      const dir = mkdtempSync(path.join(tmpdir(), 'report-e2e-'));
      const file = path.join(dir, download.suggestedFilename());
      await download.saveAs(file);
      const report = JSON.parse(readFileSync(file, 'utf8'));
      expect(report.url).toBe(b.pageUrl(EPAPER_ARTICLE));
      expect(report.detection).toEqual({ kind: 'article', family: 'epaper' });
      expect(report.fields.title).toBe('寒冬中的温暖');
      expect(report.rules.map((r: { rule: string }) => r.rule)).toContain('epaper.pageItems');
      expect(report.html).toContain('id="ccontent"');
      expect(report.html).not.toMatch(/<workercn-reader|data-workercn-reader/);
      const added = await addFixture(file, { root: path.join(dir, 'fixtures') });
      const expected = JSON.parse(readFileSync(path.join(added.dir, 'expected.json'), 'utf8'));
      expect(expected.title).toBe('寒冬中的温暖');
      expect(expected.paper.page).toBe(2);
      expect(expected.paragraphs).toEqual(report.fields.paragraphs);
      expect(added.changed).toEqual([]);
    } else {
      // Firefox saves the file through its download manager (not reachable over BiDi here): the
      // control reports the saved file's name and no error.
      expect(await click()).toMatch(/Nothing is sent/);
      await page.waitForFunction(
        () => document.querySelector('workercn-reader')!.shadowRoot!.querySelector('.report-status'),
        undefined,
        10_000,
      );
      const status = await page.evaluate(
        () => document.querySelector('workercn-reader')!.shadowRoot!.querySelector('.report-status')!.textContent,
      );
      expect(status).toBe(
        'Report saved to your downloads: workercn-report-www-workercn-cn-papers-grrb-2021-12-22-2-news-4.json',
      );
    }
    await page.close();
  }, 90_000);
});
