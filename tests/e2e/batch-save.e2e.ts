import { describe, expect, it } from 'vitest';
import { BROWSERS, URLS, screenshotPath, useBrowser } from './harness';

describe.each(BROWSERS)('saving a whole e-paper page, $name', ({ name, launch }) => {
  const browser = useBrowser(launch);

  it('fetches the page’s articles one after another from the site, with progress, and lists them saved', async () => {
    const b = browser();
    // What the reader's "Save this page's articles" opens.
    const pageUrl = b.pageUrl(URLS.epaperPage);
    const library = await b.open(b.extensionUrl(`library.html#save=${encodeURIComponent(pageUrl)}&scope=page`));
    await library.waitForFunction(
      () => /articles saved/.test(document.querySelector('.batch-result')?.textContent ?? ''),
      undefined,
      45_000,
    );
    const result = await library.evaluate(() => ({
      summary: document.querySelector('.batch-result')?.textContent ?? '',
      progress: document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuemax') ?? null,
    }));
    expect(result.summary).toContain('4 of 4 articles saved');
    await library.screenshot(screenshotPath(`library-batch-${name}`));

    // The saved articles are in the list, with the page's titles.
    const list = await b.open(b.extensionUrl('library.html'));
    await list.waitForFunction(() => document.querySelectorAll('.rows > li').length >= 4, undefined, 15_000);
    const titles = await list.evaluate(() =>
      [...document.querySelectorAll('.rows > li .row-title')].map((h) => h.textContent ?? ''),
    );
    for (const title of [
      '规定动作',
      '三级服务体系为职工减压赋能',
      '人力资源服务出口基地',
      '北京市部分普通高中开展登记入学试点',
    ]) {
      expect(
        titles.some((t) => t.includes(title)),
        title,
      ).toBe(true);
    }
    await Promise.all([library.close(), list.close()]);
  });
});
