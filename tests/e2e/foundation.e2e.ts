import { describe, expect, it } from 'vitest';
import pkg from '../../package.json';
import { BROWSERS, URLS, screenshotPath, useBrowser } from './harness';

describe.each(BROWSERS)('foundation in $name', ({ name, launch }) => {
  const browser = useBrowser(launch);

  it('runs the content script on a workercn.cn article URL', async () => {
    const b = browser();
    const page = await b.open(b.pageUrl(URLS.epaperArticle));
    await page.waitForFunction(() => document.documentElement.dataset.workercnReader, undefined);
    const marks = await page.evaluate(() => ({
      host: location.hostname,
      kind: document.documentElement.dataset.workercnReader,
      family: document.documentElement.dataset.workercnReaderFamily,
    }));
    expect(marks).toEqual({ host: 'www.workercn.cn', kind: 'article', family: 'epaper' });
    await page.close();
  });

  it('does not run on another site', async () => {
    const b = browser();
    const other = await b.open(b.pageUrl(URLS.otherSite));
    // Once a workercn.cn page opened after it carries the mark, content scripts have had their turn.
    const control = await b.open(b.pageUrl(URLS.epaperArticle));
    await control.waitForFunction(() => document.documentElement.dataset.workercnReader, undefined);
    const otherMark = await other.evaluate(() => ({
      host: location.hostname,
      title: document.title,
      mark: document.documentElement.dataset.workercnReader ?? null,
    }));
    expect(otherMark).toEqual({ host: 'www.example.org', title: '另一个网站的新闻', mark: null });
    await Promise.all([other.close(), control.close()]);
  });

  it('opens the library page with its navigation', async () => {
    const b = browser();
    const page = await b.open(b.extensionUrl('library.html'));
    await page.waitForFunction(() => document.querySelector('main h1'), undefined);
    const view = await page.evaluate(() => ({
      heading: document.querySelector('main h1')?.textContent,
      nav: [...document.querySelectorAll('nav a')].map((a) => a.textContent),
      current: document.querySelector('nav a[aria-current="page"]')?.textContent,
    }));
    expect(view).toEqual({ heading: 'Library', nav: ['Library', 'Review', 'Glossary', 'Options'], current: 'Library' });
    await page.screenshot(screenshotPath(`library-${name}`));
    await page.close();
  });

  it('answers typed messages from an extension page through the background', async () => {
    const b = browser();
    const page = await b.open(b.extensionUrl('options.html'));
    const reply = await page.evaluate(async () => {
      type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
      return (g.browser ?? g.chrome).runtime.sendMessage({ protocol: 'workercn-reader/1', type: 'ping' });
    });
    expect(reply).toEqual({ ok: true, value: { version: pkg.version } });
    await page.close();
  });
});
