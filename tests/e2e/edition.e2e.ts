import { describe, expect, it } from 'vitest';
import { BROWSERS, URLS, screenshotPath, useBrowser } from './harness';
import { openReader } from './reader-page';

/** Base text of an element in the reader (ruby pinyin left out). */
const TEXT_WITHOUT_RT = `(el) => { const c = el.cloneNode(true); c.querySelectorAll('rt').forEach((r) => r.remove()); return c.textContent; }`;

describe.each(BROWSERS)('e-paper page in the reader, $name', ({ name, launch }) => {
  const browser = useBrowser(launch);

  it('lists the page, reads all its articles one after another, and follows a link with Back', async () => {
    const b = browser();
    const page = await b.open(b.pageUrl(URLS.epaperPage));
    await openReader(page);
    const contents = await page.evaluate(() => {
      const root = document.querySelector('workercn-reader')!.shadowRoot!;
      return [...root.querySelectorAll('nav.links a')].map((a) => a.textContent);
    });
    expect(contents.slice(0, 4)).toEqual([
      '"规定动作"不能少',
      '三级服务体系为职工减压赋能',
      '首批12家人力资源服务出口基地"出炉"',
      '北京市部分普通高中开展登记入学试点',
    ]);

    const parts = await page.evaluate(async (textOf: string) => {
      const base = new Function(`return ${textOf}`)() as (el: Element) => string;
      const root = document.querySelector('workercn-reader')!.shadowRoot!;
      [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Read all 4'))!.click();
      for (let i = 0; i < 300; i++) {
        const bar = root.querySelector('[role="progressbar"]');
        if (
          bar &&
          bar.getAttribute('aria-valuenow') === '4' &&
          root.querySelectorAll('section.part').length + root.querySelectorAll('.failed li').length === 4
        )
          break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const bar = root.querySelector('[role="progressbar"]');
      return {
        progress: [bar?.getAttribute('aria-valuenow'), bar?.getAttribute('aria-valuemax')],
        titles: [...root.querySelectorAll('section.part .title')].map((h) => base(h)),
        rubies: root.querySelectorAll('section.part ruby').length,
        failed: [...root.querySelectorAll('.failed li')].map((li) => li.textContent),
      };
    }, TEXT_WITHOUT_RT);
    expect(parts.failed).toEqual([]);
    expect(parts.progress).toEqual(['4', '4']);
    expect(parts.titles).toEqual([
      '"规定动作"不能少',
      '三级服务体系为职工减压赋能',
      '首批12家人力资源服务出口基地"出炉"',
      '北京市部分普通高中开展登记入学试点',
    ]);
    expect(parts.rubies).toBeGreaterThan(300);
    await page.screenshot(screenshotPath(`reader-edition-${name}`));

    const followed = await page.evaluate(async (textOf: string) => {
      const base = new Function(`return ${textOf}`)() as (el: Element) => string;
      const root = document.querySelector('workercn-reader')!.shadowRoot!;
      [...root.querySelectorAll<HTMLAnchorElement>('nav.links a')]
        .find((a) => a.textContent === '北京市部分普通高中开展登记入学试点')!
        .click();
      for (
        let i = 0;
        i < 200 && base(root.querySelector('article h1') ?? document.body) !== '北京市部分普通高中开展登记入学试点';
        i++
      ) {
        await new Promise((r) => setTimeout(r, 50));
      }
      const title = base(root.querySelector('article h1')!);
      const back = [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Back'));
      back?.click();
      // Back shows the page's contents again once they are read back.
      for (let i = 0; i < 200 && root.querySelectorAll('nav.links a').length < 4; i++)
        await new Promise((r) => setTimeout(r, 50));
      return {
        title,
        hadBack: Boolean(back),
        after: root.querySelectorAll('nav.links a').length,
        stillHere: location.pathname,
      };
    }, TEXT_WITHOUT_RT);
    expect(followed.title).toBe('北京市部分普通高中开展登记入学试点');
    expect(followed.hadBack).toBe(true);
    expect(followed.after).toBeGreaterThanOrEqual(4);
    expect(followed.stillHere).toBe('/papers/grrb/2022/03/25/1/page.html');
    await page.close();
  });
});
