import { describe, expect, it } from 'vitest';
import { saveArticle, saveArticles } from '../../utils/library/save';
import { findSaved, getArticle, isSaved, listArticles } from '../../utils/library/list';
import { canonicalUrl, toStoredArticle } from '../../utils/db/records';
import { freshDb } from './helpers';
import { portalUrl, seedArticles } from './seed-articles';

describe('saving articles', () => {
  it('stores the whole article: fields, paragraphs, html, images, edition, terms, stats', async () => {
    const db = await freshDb();
    const input = seedArticles()[0];
    const { article, created } = await saveArticle(db, input, 1000);
    expect(created).toBe(true);
    const stored = await getArticle(db, input.url);
    expect(stored).toEqual(article);
    expect(stored).toMatchObject({
      url: input.url,
      family: 'epaper',
      title: '北京网约配送员等20个新职业将开展技能等级认定',
      pretitle: '择优遴选社会评价组织 探索“一岗双认”评价模式',
      date: '2022-04-29',
      paragraphs: input.paragraphs,
      html: input.html,
      edition: input.edition,
      page: 1,
      terms: [{ id: 'one-post-two-certificates', term: '一岗双认', en: 'one post, two certifications', count: 1 }],
      stats: input.stats,
      savedAt: 1000,
      updatedAt: 1000,
      tags: [],
      progress: 0,
      state: 'unread',
      seq: 1,
    });
    expect(await db.encounters.toArray()).toEqual([
      {
        termId: 'one-post-two-certificates',
        url: input.url,
        term: '一岗双认',
        en: 'one post, two certifications',
        count: 1,
      },
    ]);
  });

  it('saving the same article twice updates it and keeps state, progress, tags and saved time', async () => {
    const db = await freshDb();
    const input = seedArticles()[4];
    await saveArticle(db, { ...input, tags: ['表彰'] }, 1000);
    await db.articles.update(input.url, { state: 'reading', progress: 0.4 });
    const changed = { ...input, url: input.url + '#top', paragraphs: [...input.paragraphs, '（新增一段）'] };
    const { created, article } = await saveArticle(db, changed, 2000);
    expect(created).toBe(false);
    expect(await db.articles.count()).toBe(1);
    expect(article).toMatchObject({
      savedAt: 1000,
      updatedAt: 2000,
      state: 'reading',
      progress: 0.4,
      tags: ['表彰'],
      seq: 1,
    });
    expect(article.paragraphs.at(-1)).toBe('（新增一段）');
  });

  it('canonicalizes URLs: http, fragments and tracking parameters do not make a new record', async () => {
    const db = await freshDb();
    const input = seedArticles()[1];
    await saveArticle(db, input, 1);
    await saveArticle(db, { ...input, url: input.url.replace('https:', 'http:') + '?utm_source=wx#p3' }, 2);
    expect(await db.articles.count()).toBe(1);
    expect(canonicalUrl('http://WWW.workercn.cn/c/2022-04-29/1.shtml?b=2&a=1&from=timeline#x')).toBe(
      'https://www.workercn.cn/c/2022-04-29/1.shtml?a=1&b=2',
    );
  });

  it('recognizes the portal copy of a saved e-paper article (same title and date) and merges it', async () => {
    const db = await freshDb();
    const epaper = seedArticles()[3];
    await saveArticle(db, epaper, 1000);
    const unseenPortal = {
      url: portalUrl(epaper.date, 7_012_345),
      date: epaper.date,
      title: epaper.title,
      family: 'portal' as const,
    };
    expect(await isSaved(db, unseenPortal.url)).toBe(false);
    expect((await findSaved(db, unseenPortal))?.url).toBe(epaper.url);
    expect(await findSaved(db, { ...unseenPortal, family: 'epaper' })).toBeUndefined();
    const portal = {
      ...epaper,
      url: portalUrl(epaper.date, 7_012_345),
      family: 'portal' as const,
      edition: undefined,
      title: ` ${epaper.title} `,
      html: '<p>portal</p>',
    };
    const result = await saveArticle(db, portal, 2000);
    expect(result.created).toBe(false);
    expect(result.twinOf).toBe(epaper.url);
    expect(await db.articles.count()).toBe(1);
    const stored = await getArticle(db, portal.url);
    expect(stored?.url).toBe(epaper.url);
    expect(stored?.urls).toEqual([epaper.url, portal.url]);
    expect(stored?.edition).toEqual(epaper.edition);
    expect(stored?.html).toBe(epaper.html);
    expect(await isSaved(db, portal.url)).toBe(true);
  });

  it('keeps two e-paper articles with the same title and date apart (only e-paper/portal pairs are twins)', async () => {
    const db = await freshDb();
    const a = seedArticles()[2];
    await saveArticle(db, a, 1);
    await saveArticle(db, { ...a, url: a.url.replace('news-3', 'news-9') }, 2);
    expect(await db.articles.count()).toBe(2);
  });

  it('saves a batch in one transaction, merging duplicates inside it', async () => {
    const db = await freshDb();
    const inputs = seedArticles();
    const results = await saveArticles(db, [...inputs, inputs[0]], 5000);
    expect(results.filter((r) => r.created)).toHaveLength(inputs.length);
    expect(await db.articles.count()).toBe(inputs.length);
    expect((await db.articles.orderBy('seq').keys()).length).toBe(inputs.length);
  });

  it('toStoredArticle maps the extracted fields and starts unread', () => {
    const input = { ...seedArticles()[0], tags: [' 职业 ', '职业', ''], subtitle: '  ' };
    const stored = toStoredArticle(input, 42);
    expect(stored.tags).toEqual(['职业']);
    expect(stored).not.toHaveProperty('subtitle');
    expect(stored.twinKey).toBe('2022-04-29|北京网约配送员等20个新职业将开展技能等级认定');
    expect(stored.state).toBe('unread');
  });
});

describe('listing', () => {
  it('lists newest first with paging and filters by date, page, state, tag and glossary term', async () => {
    const db = await freshDb();
    const inputs = seedArticles();
    for (const [i, input] of inputs.entries()) await saveArticle(db, input, 1000 + i);
    const all = await listArticles(db);
    expect(all.total).toBe(inputs.length);
    expect(all.items.map((s) => s.url)).toEqual(inputs.map((a) => canonicalUrl(a.url)).reverse());
    const page2 = await listArticles(db, {}, { offset: 5, limit: 3 });
    expect(page2.items.map((s) => s.url)).toEqual(all.items.slice(5, 8).map((s) => s.url));

    const march = await listArticles(db, { dateFrom: '2022-03-01', dateTo: '2022-03-31' });
    expect(march.total).toBe(inputs.filter((a) => a.date.startsWith('2022-03')).length);
    expect(march.items.every((s) => s.date.startsWith('2022-03'))).toBe(true);

    const page1 = await listArticles(db, { page: 1 });
    expect(page1.items.every((s) => s.page === 1)).toBe(true);
    expect(page1.total).toBe(inputs.filter((a) => a.edition?.page === 1).length);

    await db.articles.update(canonicalUrl(inputs[2].url), { state: 'done' });
    await db.articles.update(canonicalUrl(inputs[5].url), { state: 'done' });
    const done = await listArticles(db, { state: 'done' });
    expect(done.items.map((s) => s.url)).toEqual([inputs[5].url, inputs[2].url]);
    expect(done.total).toBe(2);

    const craft = await listArticles(db, { termId: 'craftsman-spirit' });
    const withCraft = inputs.filter((a) => a.terms?.some((t) => t.id === 'craftsman-spirit'));
    expect(craft.total).toBe(withCraft.length);
    expect(craft.items.map((s) => s.url)).toEqual(withCraft.map((a) => a.url).reverse());

    const craftMarch = await listArticles(db, {
      termId: 'craftsman-spirit',
      dateFrom: '2022-03-01',
      dateTo: '2022-03-31',
    });
    expect(craftMarch.items.map((s) => s.url)).toEqual(
      withCraft
        .filter((a) => a.date.startsWith('2022-03'))
        .map((a) => a.url)
        .reverse(),
    );
  });
});
