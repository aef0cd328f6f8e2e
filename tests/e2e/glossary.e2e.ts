import { describe, expect, it } from 'vitest';
import { getEntry, glossaryEntries } from '../../utils/glossary';
import { BROWSERS, screenshotPath, useBrowser } from './harness';

describe.each(BROWSERS)('glossary page in $name', ({ name, launch }) => {
  const browser = useBrowser(launch);

  it('opens at #two-upholds with the entry shown, highlighted and its heading focused', async () => {
    const entry = getEntry('two-upholds');
    expect(entry?.headword).toBe('两个维护');
    const b = browser();
    const page = await b.open(b.extensionUrl('glossary.html#two-upholds'));
    await page.waitForFunction(() => document.activeElement?.id === 'two-upholds--heading', undefined);
    const view = await page.evaluate(() => {
      const article = document.getElementById('two-upholds');
      const rect = article?.getBoundingClientRect();
      return {
        title: document.title,
        h1: document.querySelector('main h1')?.textContent,
        current: document.querySelector('nav a[aria-current="page"]')?.textContent,
        entries: document.querySelectorAll('[data-testid="glossary-entry"]').length,
        focused: document.activeElement?.textContent,
        headwordLang: document.activeElement?.querySelector('.entry-headword')?.getAttribute('lang'),
        highlighted: article?.classList.contains('entry-target'),
        english: [...(article?.querySelectorAll('.rendering-en') ?? [])].map((el) => el.textContent),
        unverified: article?.querySelector('[data-testid="unverified"]')?.textContent,
        inView: rect ? rect.top >= 0 && rect.top < window.innerHeight : false,
      };
    });
    expect(view).toEqual({
      title: 'Glossary',
      h1: 'Glossary',
      current: 'Glossary',
      entries: glossaryEntries.length,
      focused: '两个维护 liǎng gè wéi hù',
      headwordLang: 'zh-CN',
      highlighted: true,
      english: entry!.renderings.map((r) => r.en),
      unverified: 'Not confirmed by a reference',
      inView: true,
    });
    expect(view.english).toContain('Two Upholds');
    // The table of numbered events lists each event once, linked to its entry.
    const events = await page.evaluate(() => ({
      rows: document.querySelectorAll('[data-testid="glossary-events"] tbody tr').length,
      plenum: document.querySelector('[data-event="sixth-plenum-19th"]')?.textContent ?? '',
    }));
    expect(events.rows).toBe(glossaryEntries.filter((e) => e.event && e.event.family !== 'five-year-period').length);
    expect(events.plenum).toContain('8–11 Nov 2021');
    await page.screenshot(screenshotPath(`glossary-${name}`));
    await page.close();
  });
});
