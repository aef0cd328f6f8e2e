// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/preact';
import { LibraryApp } from '@/components/library/LibraryApp';
import {
  getArticle,
  listArticles,
  saveArticle,
  searchArticles,
  unfinishedJobs,
  type ArticleInput,
  type LibraryDb,
} from '@/utils/library/api';
import type { ReaderText } from '@/utils/library/to-reader';
import { normalizeForSearch, searchableText } from '@/utils/db/grams';
import { emptyArticle } from '@/utils/site/article';
import { freshDb } from '../library/helpers';
import { seedArticles, syntheticArticles } from '../library/seed-articles';
import { realReader } from '../reader/reader-helpers';

afterEach(cleanup);

let text: ReaderText;
beforeAll(async () => {
  text = await realReader();
});

beforeEach(() => {
  history.replaceState(null, '', '/library.html');
});

const noStorage = {};
const instant = async () => undefined;

async function seeded(inputs: ArticleInput[] = seedArticles()): Promise<LibraryDb> {
  const db = await freshDb();
  for (const [i, a] of inputs.entries()) await saveArticle(db, a, 1000 + i);
  return db;
}

function show(db: LibraryDb, extra: Partial<Parameters<typeof LibraryApp>[0]> = {}) {
  const view = render(
    <LibraryApp
      db={db}
      loadText={async () => text}
      loadPage={() => Promise.reject(new Error('offline'))}
      fetchArticle={() => Promise.reject(new Error('offline'))}
      sleep={instant}
      storageNavigator={noStorage}
      {...extra}
    />,
  );
  return view;
}

const urls = (root: Element) => [...root.querySelectorAll<HTMLElement>('.rows > li')].map((li) => li.dataset.url);

async function rowsSettled(root: Element) {
  await waitFor(() => expect(root.querySelector('.results[aria-busy="false"]')).not.toBeNull());
}

function contains(inputs: ArticleInput[], query: string): string[] {
  const q = normalizeForSearch(query);
  return inputs.filter((a) => normalizeForSearch(searchableText(a)).includes(q)).map((a) => a.url);
}

describe('library list', () => {
  it('lists saved articles newest first with date, paper page, state and term count', async () => {
    const inputs = seedArticles();
    const db = await seeded(inputs);
    const { container, getByRole } = show(db);
    await waitFor(() => expect(urls(container)).toHaveLength(inputs.length));
    expect(urls(container)).toEqual(inputs.map((a) => a.url).reverse());
    expect(getByRole('heading', { name: `Saved articles: ${inputs.length}` })).toBeTruthy();
    const first = container.querySelector<HTMLElement>('.rows > li')!;
    const newest = inputs.at(-1)!;
    expect(first.querySelector('.date')!.textContent).toBe(newest.date);
    // The same label as the reader's header: the paper's own 第N版, with the page's name where it has one.
    expect(first.querySelector('.paper-page')!.textContent).toBe(
      `第${newest.edition!.page}版：${newest.edition!.pageName}`,
    );
    expect(first.querySelector('.state-badge')!.textContent).toBe('Unread');
    const withTerms = container.querySelector(`[data-url="${inputs[4].url}"] .term-count`);
    expect(withTerms!.textContent).toBe(`${inputs[4].terms!.length} glossary terms`);
  });

  it('shows 50 at a time with a "more" button', async () => {
    const inputs = syntheticArticles(60, 7);
    const db = await seeded(inputs);
    const { container, getByRole } = show(db);
    await waitFor(() => expect(urls(container)).toHaveLength(50));
    fireEvent.click(getByRole('button', { name: 'Show 10 more' }));
    await waitFor(() => expect(urls(container)).toHaveLength(60));
    expect(urls(container)).toEqual(inputs.map((a) => a.url).reverse());
    expect(container.querySelector('.more')).toBeNull();
  });

  it('says so when the library is empty', async () => {
    const db = await freshDb();
    const { findByText } = show(db);
    expect(await findByText(/No saved articles yet/)).toBeTruthy();
  });
});

describe('search and filters', () => {
  it('finds every article containing 两个维护 or 工匠, with the match marked, and keeps the query in the hash', async () => {
    const inputs = seedArticles();
    const db = await seeded(inputs);
    const { container, getByRole } = show(db);
    await rowsSettled(container);
    const box = getByRole('searchbox', { name: 'Search saved articles' });
    for (const query of ['两个维护', '工匠']) {
      const expected = contains(inputs, query).reverse();
      expect(expected.length).toBeGreaterThan(0);
      fireEvent.input(box, { target: { value: query } });
      await waitFor(() => expect(urls(container)).toEqual(expected));
      expect(getByRole('heading', { name: `${expected.length} articles contain “${query}”` })).toBeTruthy();
      const marks = [...container.querySelectorAll('.snippet mark')].map((m) => m.textContent);
      expect(marks).toEqual(expected.map(() => query));
      expect(decodeURIComponent(location.hash)).toBe(`#q=${query}`);
    }
  });

  it('filters by state, paper page, date, tag and term through the form', async () => {
    const inputs = seedArticles();
    const db = await seeded(inputs);
    const { container, getByLabelText } = show(db);
    await rowsSettled(container);

    fireEvent.change(getByLabelText('Paper page'), { target: { value: '2' } });
    await waitFor(() =>
      expect(urls(container)).toEqual(
        inputs
          .filter((a) => a.edition!.page === 2)
          .map((a) => a.url)
          .reverse(),
      ),
    );
    fireEvent.change(getByLabelText('Date from'), { target: { value: '2022-04-01' } });
    await waitFor(() =>
      expect(urls(container)).toEqual(
        inputs
          .filter((a) => a.edition!.page === 2 && a.date >= '2022-04-01')
          .map((a) => a.url)
          .reverse(),
      ),
    );
    expect(location.hash).toBe('#from=2022-04-01&page=2');
    fireEvent.click(container.querySelector('.clear')!);
    await waitFor(() => expect(urls(container)).toHaveLength(inputs.length));
    expect(location.hash).toBe('');

    const termSelect = getByLabelText('Glossary term') as HTMLSelectElement;
    await waitFor(() => expect(termSelect.options).toHaveLength(6));
    fireEvent.change(termSelect, { target: { value: 'two-upholds' } });
    const withTerm = inputs.filter((a) => a.terms!.some((t) => t.id === 'two-upholds')).map((a) => a.url);
    await waitFor(() => expect(urls(container)).toEqual(withTerm.reverse()));

    fireEvent.change(getByLabelText('Glossary term'), { target: { value: '' } });
    await waitFor(() => expect(urls(container)).toHaveLength(inputs.length));
    const row = container.querySelector<HTMLElement>(`[data-url="${inputs[2].url}"]`)!;
    fireEvent.change(within(row).getByRole('combobox', { name: `Reading state of “${inputs[2].title}”` }), {
      target: { value: 'done' },
    });
    await waitFor(async () => expect((await getArticle(db, inputs[2].url))!.state).toBe('done'));
    fireEvent.change(getByLabelText('Reading state'), { target: { value: 'done' } });
    await waitFor(() => expect(urls(container)).toEqual([inputs[2].url]));
  });

  it('restores search and filters from the hash on load', async () => {
    const inputs = seedArticles();
    const db = await seeded(inputs);
    history.replaceState(null, '', `/library.html#q=${encodeURIComponent('工匠')}&from=2022-04-29&to=2022-04-29`);
    const { container, getByRole, getByLabelText } = show(db);
    const expected = contains(inputs, '工匠')
      .filter((u) => u.includes('/2022/04/29/'))
      .reverse();
    await waitFor(() => expect(urls(container)).toEqual(expected));
    expect((getByRole('searchbox') as HTMLInputElement).value).toBe('工匠');
    expect((getByLabelText('Date from') as HTMLInputElement).value).toBe('2022-04-29');
    const direct = await searchArticles(db, '工匠', { dateFrom: '2022-04-29', dateTo: '2022-04-29' });
    expect(direct.items.map((i) => i.url)).toEqual(expected);
  });
});

describe('tags, delete and terms', () => {
  it('adds and removes tags; the tag list counts them and filters by them', async () => {
    const inputs = seedArticles();
    const db = await seeded(inputs);
    const { container, getByRole, findByRole } = show(db);
    await rowsSettled(container);
    for (const a of [inputs[0], inputs[3]]) {
      const row = container.querySelector<HTMLElement>(`[data-url="${a.url}"]`)!;
      const input = within(row).getByRole('textbox', { name: `New tag for “${a.title}”` });
      fireEvent.input(input, { target: { value: '劳模' } });
      fireEvent.submit(input.closest('form')!);
    }
    const chip = await findByRole('button', { name: '劳模 2' });
    fireEvent.click(chip);
    await waitFor(() => expect(urls(container)).toEqual([inputs[3].url, inputs[0].url]));
    expect(decodeURIComponent(location.hash)).toBe('#tag=劳模');
    expect(chip.getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(getByRole('button', { name: `Remove tag 劳模 from “${inputs[3].title}”` }));
    await waitFor(() => expect(urls(container)).toEqual([inputs[0].url]));
    expect(await findByRole('button', { name: '劳模 1' })).toBeTruthy();
  });

  it('deletes an article and brings it back with Undo', async () => {
    const inputs = seedArticles();
    const db = await seeded(inputs);
    const { container, getByRole, findByRole } = show(db);
    await rowsSettled(container);
    const victim = inputs[5];
    fireEvent.click(getByRole('button', { name: `Delete “${victim.title}”` }));
    const undo = await findByRole('button', { name: 'Undo' });
    expect(getByRole('status').textContent).toContain(`Deleted “${victim.title}”.`);
    await waitFor(() => expect(urls(container)).not.toContain(victim.url));
    expect(await getArticle(db, victim.url)).toBeUndefined();
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await waitFor(() => expect(urls(container)).toEqual(inputs.map((a) => a.url).reverse()));
    expect(getByRole('status').textContent).toContain('Restored');
    expect((await searchArticles(db, victim.title.slice(0, 4))).items.map((i) => i.url)).toContain(victim.url);
  });

  it('shows the glossary terms met with counts, each a filter', async () => {
    const inputs = seedArticles();
    const db = await seeded(inputs);
    const { container, getByRole } = show(db);
    await rowsSettled(container);
    const section = getByRole('region', { name: 'Glossary terms in your articles' });
    await waitFor(() => expect(section.querySelectorAll('button[data-term]').length).toBe(5));
    const upholds = section.querySelector<HTMLElement>('button[data-term="two-upholds"]')!;
    const n = inputs.filter((a) => a.terms!.some((t) => t.id === 'two-upholds')).length;
    expect(upholds.textContent).toContain('两个维护');
    expect(upholds.textContent).toContain(`${n} articles`);
    fireEvent.click(upholds);
    await waitFor(() => expect(urls(container)).toHaveLength(n));
    expect(location.hash).toBe('#term=two-upholds');
  });
});

describe('backup', () => {
  it('exports one JSON file and imports it into another library through the page', async () => {
    const inputs = seedArticles();
    const db = await seeded(inputs);
    let blob: Blob | undefined;
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:test';
    });
    let downloaded = '';
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloaded = this.download;
    });
    const first = show(db);
    fireEvent.click(first.getByRole('button', { name: 'Export library' }));
    await waitFor(() => expect(first.getByRole('status').textContent).toMatch(/Exported 12 articles/));
    expect(downloaded).toMatch(/^workercn-library-\d{4}-\d{2}-\d{2}\.json$/);
    create.mockRestore();
    click.mockRestore();
    cleanup();

    const other = await freshDb();
    const second = show(other);
    await rowsSettled(second.container);
    const input = second.getByLabelText('Import a backup file') as HTMLInputElement;
    Object.defineProperty(input, 'files', {
      value: [new File([await blob!.text()], 'backup.json')],
      configurable: true,
    });
    fireEvent.change(input);
    await waitFor(() =>
      expect(second.getByRole('status').textContent).toBe(
        'Imported: 12 new articles, 0 merged; 0 new words, 0 merged.×',
      ),
    );
    await waitFor(() => expect(urls(second.container)).toEqual(inputs.map((a) => a.url).reverse()));
  });

  it('refuses a bad file with a clear message and changes nothing', async () => {
    const db = await seeded();
    const { container, getByLabelText, getByRole } = show(db);
    await rowsSettled(container);
    const before = await listArticles(db);
    for (const content of ['not json at all', JSON.stringify({ format: 'something-else' })]) {
      const input = getByLabelText('Import a backup file') as HTMLInputElement;
      Object.defineProperty(input, 'files', { value: [new File([content], 'bad.json')], configurable: true });
      fireEvent.change(input);
      await waitFor(() =>
        expect(getByRole('alert').textContent).toContain(
          'Nothing was imported. This file is not a library backup of this extension, or it is damaged.',
        ),
      );
      expect(await listArticles(db)).toEqual(before);
    }
  });

  it('shows storage use and asks for persistence once', async () => {
    const db = await seeded();
    const persist = vi.fn(async () => true);
    const nav = {
      storage: {
        estimate: async () => ({ usage: 3_355_443, quota: 1_610_612_736 }),
        persisted: async () => false,
        persist,
      },
    };
    const { findByText } = show(db, { storageNavigator: nav });
    expect(await findByText('3.2 MB used of 1.5 GB available.')).toBeTruthy();
    expect(persist).toHaveBeenCalledTimes(1);
  });
});

describe('reading a saved article', () => {
  it('opens it in the reader with ruby pinyin, marks it reading, and closes back to the list', async () => {
    const inputs = seedArticles();
    const db = await seeded(inputs);
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { container } = show(db);
    await rowsSettled(container);
    const target = inputs[0];
    const open = container.querySelector<HTMLButtonElement>(`[data-url="${target.url}"] button.open`)!;
    expect(open.textContent).toContain(target.title);
    open.focus();
    fireEvent.click(open);
    const root = () => document.querySelector('workercn-reader')?.shadowRoot ?? null;
    await waitFor(() => expect(root()?.querySelector('article h1')?.textContent).toBe(target.title), {
      timeout: 10_000,
    });
    const shadow = root()!;
    expect(shadow.querySelector('[role="dialog"]')!.getAttribute('aria-label')).toBe('Reader view');
    expect(shadow.querySelectorAll('article ruby').length).toBeGreaterThan(100);
    const laborer = [...shadow.querySelectorAll<HTMLElement>('article ruby')].find((r) => r.dataset.w === '劳动者');
    expect(laborer?.querySelector('rt')?.textContent).toBe('láo dòng zhě');
    expect(shadow.querySelector('.edition')!.textContent).toBe('工人日报 · 2022-04-29 · 第1版：要闻');
    expect(shadow.querySelectorAll('img')).toHaveLength(0);
    expect(fetchSpy).not.toHaveBeenCalled();
    await waitFor(async () => expect((await getArticle(db, target.url))!.state).toBe('reading'));

    fireEvent.click(shadow.querySelector<HTMLButtonElement>('button.close')!);
    await waitFor(() => expect(document.querySelector('workercn-reader')).toBeNull());
    await waitFor(() =>
      expect(container.querySelector(`[data-url="${target.url}"] .state-badge`)!.textContent).toBe('Reading'),
    );
    expect(document.activeElement?.textContent).toContain(target.title);
    fetchSpy.mockRestore();
  });
});

describe('batch saves', () => {
  const day = '2022-03-25';
  const pageUrl = (n: number) => `https://www.workercn.cn/papers/grrb/2022/03/25/${n}/page.html`;
  const articleUrl = (n: number, k: number) => `https://www.workercn.cn/papers/grrb/2022/03/25/${n}/news-${k}.html`;
  const edition = (n: number) =>
    emptyArticle(pageUrl(n), {
      kind: 'edition',
      family: 'epaper',
      date: day,
      paper: {
        paper: 'grrb',
        date: day,
        page: n,
        pageName: '要闻',
        article: 0,
        previous: null,
        next: null,
        pageArticles: [],
        pages: [1, 2, 3].map((p) => ({ title: `第0${p}版`, url: pageUrl(p) })),
      },
      links: [1, 2].map((k) => ({ title: `文章${n}-${k}`, url: articleUrl(n, k) })),
    });
  const seeds = seedArticles();
  const inputFor = (url: string): ArticleInput => {
    const i = Number(/\/(\d)\/news-(\d)/.exec(url)!.slice(1).join('')) % seeds.length;
    return { ...seeds[i], url, title: `${seeds[i].title} ${url.slice(-12)}` };
  };

  it('saves a whole day from the hash with a progress bar, lists failures, and resumes', async () => {
    const db = await freshDb();
    history.replaceState(null, '', `/library.html#save=${encodeURIComponent(pageUrl(2))}&scope=day`);
    const requests: string[] = [];
    let failOnce = true;
    const progress: string[] = [];
    const { container, getByRole } = show(db, {
      loadPage: async (url) => {
        requests.push(url);
        return edition(Number(/25\/(\d)\//.exec(url)![1]));
      },
      fetchArticle: async (url) => {
        requests.push(url);
        const bar = container.querySelector('[role="progressbar"]');
        if (bar) progress.push(`${bar.getAttribute('aria-valuenow')}/${bar.getAttribute('aria-valuemax')}`);
        if (url === articleUrl(3, 2) && failOnce) {
          failOnce = false;
          throw new Error('HTTP 503');
        }
        return inputFor(url);
      },
    });
    await waitFor(() => expect(container.querySelector('.batch-result')).not.toBeNull());
    expect(requests.slice(0, 3)).toEqual([pageUrl(2), pageUrl(1), pageUrl(3)]);
    expect(progress[0]).toBe('0/6');
    expect(progress.at(-1)).toBe('5/6');
    const result = container.querySelector('.batch-result')!.textContent!;
    expect(result).toContain('5 of 6 articles saved (0 of them earlier).');
    expect(result).toContain('Not saved (1):');
    expect(result).toContain(`${articleUrl(3, 2)}: HTTP 503`);
    expect(location.hash).toBe('');
    await waitFor(() => expect(urls(container)).toHaveLength(5));

    fireEvent.click(getByRole('button', { name: 'Try the failed ones again' }));
    await waitFor(() =>
      expect(container.querySelector('.batch-result')!.textContent).toContain(
        '6 of 6 articles saved (5 of them earlier).',
      ),
    );
    await waitFor(() => expect(urls(container)).toHaveLength(6));
    expect(await unfinishedJobs(db)).toEqual([]);
  });

  it('offers an interrupted job again with Resume', async () => {
    const db = await freshDb();
    history.replaceState(null, '', `/library.html#save=${encodeURIComponent(pageUrl(1))}&scope=page`);
    let stop: (() => void) | undefined;
    const first = show(db, {
      loadPage: async (url) => edition(Number(/25\/(\d)\//.exec(url)![1])),
      fetchArticle: async (url) => {
        // Stop after the first article, as when the tab is closed.
        stop ??= () => fireEvent.click(first.getByRole('button', { name: 'Stop' }));
        stop();
        return inputFor(url);
      },
    });
    await waitFor(() =>
      expect(first.container.querySelector('.batch-result')?.textContent).toContain('Stopped: 1 of 2'),
    );
    cleanup();
    const second = show(db, { fetchArticle: async (url) => inputFor(url) });
    const resume = await second.findByRole('button', { name: "Resume “Workers' Daily 2022-03-25, page 1”" });
    fireEvent.click(resume);
    await waitFor(() =>
      expect(second.container.querySelector('.batch-result')?.textContent).toContain(
        '2 of 2 articles saved (1 of them earlier).',
      ),
    );
    expect(second.container.querySelector('[role="progressbar"]')).toBeNull();
    expect(await unfinishedJobs(db)).toEqual([]);
  });
});

describe('known share and HSK profile', () => {
  it('shows each article’s known share and HSK profile, and recomputes them when words become known', async () => {
    const { getNodeEngine } = await import('../../scripts/lib/text-modes');
    const { setKnown } = await import('@/utils/study/known');
    const { notifyStudyChange } = await import('@/utils/study/changes');
    const inputs = seedArticles().slice(0, 2);
    const db = await seeded(inputs);
    const { container } = show(db, { loadEngine: getNodeEngine });
    await rowsSettled(container);
    const shareOf = () =>
      [...container.querySelectorAll<HTMLElement>('.rows > li')].map(
        (li) => li.querySelector('.known-share')?.textContent,
      );
    await waitFor(() => expect(shareOf()).toEqual(['0% known', '0% known']));
    const bar = container.querySelector('.rows > li .hsk-bar')!;
    expect(bar.getAttribute('aria-label')).toMatch(/^Words by HSK level: HSK 1: \d+%, HSK 2: \d+%/);
    const widths = [...bar.querySelectorAll<HTMLElement>('span')].map((s) => parseFloat(s.style.width));
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);

    // The newest article's most common words become known: its share rises above zero.
    const newest = inputs[inputs.length - 1];
    for (const word of ['的', '工作', '职工', '工会', '劳动', '社会', '新', '和', '在']) await setKnown(db, word, true);
    notifyStudyChange();
    await waitFor(() => {
      const share = parseInt(shareOf()[0] ?? '0', 10);
      expect(share).toBeGreaterThan(0);
    });
    expect(container.querySelector('.rows > li')!.getAttribute('data-url')).toBe(
      (await getArticle(db, newest.url))?.url,
    );
  });
});
