/** The reader engine reads the learner's overrides from the library and annotates with them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureDictionary } from '../../scripts/build-dict';
import { createNodeLoader } from '@/utils/text/load-node';
import { emptyArticle } from '@/utils/site/article';
import { annotateParagraphs, prepareArticle, warmEngine } from '@/utils/reader/engine-host';
import { sharedLibraryDb } from '@/utils/db/database';
import { addOverride, scopeOf, writeOps } from '@/utils/overrides/store';
import { overrideId, type WordOverride } from '@/utils/overrides/model';

beforeAll(async () => {
  await warmEngine(createNodeLoader(await ensureDictionary()));
});

const URL_A = 'https://www.workercn.cn/papers/grrb/2022/04/29/1/news-1.html';
const TEXT = '择优遴选出一批具有产业代表性、评价专业性、行业权威性的社会培训评价组织。';
const article = (url = URL_A) => emptyArticle(url, { kind: 'article', title: '评价组织', paragraphs: [TEXT] });
const words = (tokens: { word?: string }[]) => tokens.map((t) => t.word).filter(Boolean);

describe('engine and overrides', () => {
  it('a merge for the article and a global split reach prepareArticle and annotateParagraphs; undo takes them back', async () => {
    const db = await sharedLibraryDb();
    const before = words((await prepareArticle(article())).view.paragraphs[0].tokens);
    expect(before).toEqual(expect.arrayContaining(['产业', '代表性', '行业']));
    const undoMerge = await addOverride(db, { kind: 'merge', text: '产业代表性', url: URL_A });
    const undoSplit = await addOverride(db, { kind: 'split', text: '行业', cuts: [1] });
    const mine = (await prepareArticle(article())).view.paragraphs[0].tokens;
    expect(words(mine)).toEqual(expect.arrayContaining(['产业代表性', '行', '业']));
    expect(mine.find((t) => t.word === '业')?.syllables).toEqual(['ye4']);
    const first = await annotateParagraphs([TEXT], URL_A);
    expect(first.paragraphs[0].tokens).toEqual(mine);
    const other = words(
      (await prepareArticle(article('https://www.workercn.cn/c/2022-01-01/1.shtml'))).view.paragraphs[0].tokens,
    );
    expect(other).toEqual(expect.arrayContaining(['产业', '代表性', '行']));
    // The saved article's word count follows.
    expect((await prepareArticle(article())).input?.stats?.words).toBe(mine.filter((t) => t.syllables.length).length);
    await writeOps(db, undoSplit);
    await writeOps(db, undoMerge);
    expect(words((await prepareArticle(article())).view.paragraphs[0].tokens)).toEqual(before);
  });

  it('keeps what it read until the overrides change; asked for fresh, it reads them anew', async () => {
    const db = await sharedLibraryDb();
    const before = words((await prepareArticle(article())).view.paragraphs[0].tokens);
    expect(before).toEqual(expect.arrayContaining(['产业', '代表性']));
    // A merge written past Dexie (no change notice reaches the engine), as if its notice were late.
    const now = Date.now();
    const record: WordOverride = {
      id: overrideId(scopeOf(URL_A), '产业代表性'),
      scope: scopeOf(URL_A),
      kind: 'merge',
      text: '产业代表性',
      createdAt: now,
      updatedAt: now,
    };
    await new Promise<void>((resolve, reject) => {
      const tx = db.backendDB().transaction('overrides', 'readwrite');
      tx.objectStore('overrides').put(record);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    expect(words((await prepareArticle(article())).view.paragraphs[0].tokens)).toEqual(before);
    expect(words((await prepareArticle(article(), true)).view.paragraphs[0].tokens)).toContain('产业代表性');
    // A change through Dexie (as the background writes them) is seen without asking.
    await writeOps(db, [{ remove: record.id }]);
    expect(words((await prepareArticle(article())).view.paragraphs[0].tokens)).toEqual(before);
  });
});
