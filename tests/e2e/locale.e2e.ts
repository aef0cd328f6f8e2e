import { describe, expect, it } from 'vitest';
import { launchChromium } from './browsers';
import { URLS, screenshotPath, useBrowser } from './harness';
import { openReader } from './reader-page';

// Chromium follows --lang for the extension's strings. (Debian's Firefox ESR ships English only;
// its Chinese language pack is a separate package, so this runs in Chromium.)
describe('in a Chinese browser (Chromium, zh-CN)', () => {
  const browser = useBrowser((port) => launchChromium(port, undefined, 'zh-CN'));

  it('names the launcher, the reader and its controls in Chinese', async () => {
    const b = browser();
    const page = await b.open(b.pageUrl(URLS.epaperArticle));
    await openReader(page);
    const labels = await page.evaluate(() => {
      const root = document.querySelector('workercn-reader')!.shadowRoot!;
      return {
        launcher: document
          .querySelector('workercn-reader-launcher')!
          .shadowRoot!.querySelector('button')!
          .getAttribute('aria-label'),
        dialog: root.querySelector('[role="dialog"]')!.getAttribute('aria-label'),
        save: root.querySelector('button[aria-label="保存文章"]')?.textContent ?? null,
        close: root.querySelector('.close')!.getAttribute('aria-label'),
      };
    });
    expect(labels).toEqual({ launcher: '打开阅读模式', dialog: '阅读模式', save: '保存文章', close: '关闭阅读模式' });
    await page.screenshot(screenshotPath('reader-zh-chromium'));
    await page.close();
  });
});
