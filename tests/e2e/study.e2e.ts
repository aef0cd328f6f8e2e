import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { catchDownloads, downloaded, openExtensionPage, sendFromPage } from './browsers';
import { BROWSERS, URLS, readUntil, screenshotPath, useBrowser } from './harness';

const ARTICLE = {
  url: URLS.epaperArticle,
  family: 'epaper',
  edition: { date: '2022-04-29', page: 1, pageName: '要闻' },
  title: '大国工匠的成长之路',
  date: '2022-04-29',
  paragraphs: ['从工人到工匠，他用了二十年。'],
  html: '<p>从工人到工匠，他用了二十年。</p>',
  tags: ['工匠'],
};

describe.each(BROWSERS)('study in $name', ({ name, launch }) => {
  const browser = useBrowser(launch);

  it('adds a word through the background, reviews it on the review page and exports it', async () => {
    const b = browser();
    const options = await openExtensionPage(b, 'options.html');
    const reply = await sendFromPage(options, 'addWord', {
      word: '工匠',
      pinyin: 'gōng jiàng',
      definition: 'craftsman; artisan',
      sentence: '从工人到工匠，他用了二十年。',
      article: ARTICLE,
    });
    expect(reply).toEqual({ ok: true, value: { word: '工匠', created: true } });
    await options.close();

    const page = await openExtensionPage(b, 'review.html');
    await page.waitForFunction(() => document.querySelector('[data-testid="card"]'), undefined);
    const counts = () =>
      page.evaluate(() =>
        Object.fromEntries(
          ['new', 'learning', 'review', 'due'].map((k) => [
            k,
            Number(document.querySelector(`[data-testid="count-${k}"] b`)?.textContent),
          ]),
        ),
      );
    const countsOf = (expected: Record<string, number>) => readUntil(counts, (c) => isDeepStrictEqual(c, expected));
    expect(await countsOf({ new: 2, learning: 0, review: 0, due: 0 })).toEqual({
      new: 2,
      learning: 0,
      review: 0,
      due: 0,
    });
    expect(await page.evaluate(() => document.querySelector('[data-testid="front-word"]')?.textContent)).toBe('工匠');
    await page.screenshot(screenshotPath(`review-front-${name}`));

    const key = (k: string) =>
      page.evaluate((key) => void document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })), k);
    await key(' ');
    await page.waitForFunction(() => document.querySelector('[data-testid="answer"]'), undefined);
    const back = await page.evaluate(() => ({
      answer: document.querySelector('[data-testid="answer"]')?.textContent ?? '',
      mark: document.querySelector('[data-testid="answer"] mark')?.textContent,
      grades: [...document.querySelectorAll('.grade')].map((b) => b.textContent),
    }));
    expect(back.answer).toContain('gōng jiàng');
    expect(back.answer).toContain('craftsman; artisan');
    expect(back.mark).toBe('工匠');
    expect(back.grades).toHaveLength(4);
    await page.screenshot(screenshotPath(`review-back-${name}`));

    await key('3');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="card"]')?.getAttribute('data-card') === '工匠|recall',
      undefined,
    );
    // The counts follow the grade once it is stored.
    expect(await countsOf({ new: 1, learning: 0, review: 0, due: 0 })).toEqual({
      new: 1,
      learning: 0,
      review: 0,
      due: 0,
    });

    // Export: catch the file the page offers.
    await page.evaluate(() => void (location.hash = '#data'));
    await catchDownloads(page);
    await page.waitForFunction(() => document.querySelector('[data-testid="export-tsv"]'), undefined);
    await page.evaluate(() => (document.querySelector('[data-testid="export-tsv"]') as HTMLButtonElement).click());
    const tsv = await downloaded(page);
    const lines = tsv.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '#separator:tab',
      '#html:false',
      '#columns:Hanzi\tPinyin\tMeaning\tSentence\tSentence pinyin\tArticle\tSource\tTags',
      '#tags column:8',
      [
        '工匠',
        'gōng jiàng',
        'craftsman; artisan',
        '从工人到工匠，他用了二十年。',
        // The sentence's pinyin, word by word, read by the extension's engine.
        'cóng gōngrén dào gōngjiàng， tā yòng le èrshí nián。',
        '大国工匠的成长之路',
        URLS.epaperArticle,
        'workercn date::2022-04-29 要闻 工匠',
      ].join('\t'),
    ]);

    await page.evaluate(() => void (location.hash = '#progress'));
    await page.waitForFunction(() => document.querySelectorAll('.chart svg').length === 2, undefined);
    const progress = await readUntil(
      () =>
        page.evaluate(() => ({
          words: document.querySelector('[data-testid="stat-words"]')?.textContent,
          bars: [...document.querySelectorAll('.chart svg rect')].filter((r) => Number(r.getAttribute('height')) > 0)
            .length,
        })),
      (p) => p.words === '1' && p.bars === 2,
    );
    expect(progress).toEqual({ words: '1', bars: 2 });
    await page.screenshot(screenshotPath(`review-progress-${name}`));
    await page.close();
  });
});
