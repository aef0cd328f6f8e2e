/**
 * The reader engine held by the extension and its tab side, through the typed messages (WXT's fake
 * browser carries them here; the real dictionary and glossary answer).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureDictionary } from '../../scripts/build-dict';
import { createNodeLoader } from '@/utils/text/load-node';
import { onMessage } from '@/utils/messaging';
import { emptyArticle } from '@/utils/site/article';
import { prepareArticle, setupReaderEngineHost, warmEngine } from '@/utils/reader/engine-host';
import { createRemoteReader } from '@/utils/reader/remote-services';
import { realReader, SENTENCES } from './reader-helpers';

beforeAll(async () => {
  await warmEngine(createNodeLoader(await ensureDictionary()));
});

const article = () =>
  emptyArticle('https://www.workercn.cn/papers/grrb/2022/04/29/1/news-1.html', {
    kind: 'article',
    title: '劳动者',
    paragraphs: [SENTENCES.wuzhong, SENTENCES.yigang, SENTENCES.budan],
  });

describe('reader engine host', () => {
  it('annotates an article as the in-tab annotator would, with the glossary entries it refers to', async () => {
    const { annotate } = await realReader();
    const prepared = await prepareArticle(article());
    expect(prepared.view.paragraphs.map((p) => p.tokens)).toEqual(article().paragraphs.map((t) => annotate(t)));
    const ids = new Set(prepared.view.paragraphs.flatMap((p) => p.tokens.map((t) => t.termId).filter(Boolean)));
    expect(ids.size).toBeGreaterThanOrEqual(3);
    expect(Object.keys(prepared.terms).sort()).toEqual([...ids].sort());
    expect(Object.values(prepared.terms).map((t) => t.headword)).toEqual(
      expect.arrayContaining(['四个意识', '四个自信', '两个维护']),
    );
    expect(prepared.input?.url).toBe(article().url);
    expect(prepared.input?.terms?.length).toBeGreaterThanOrEqual(3);
  });
});

describe('reader in a tab, through messages', () => {
  it('wakes the engine when none answers yet, then gets the first screen, the article and lookups', async () => {
    let woken = 0;
    onMessage('warmReaderEngine', () => {
      // As Chrome's offscreen document: the engine only answers once the background has made it.
      if (woken++ === 0) setupReaderEngineHost();
    });
    const reader = createRemoteReader();
    const [first] = await reader.annotate([SENTENCES.wuzhong]);
    expect(woken).toBe(1);
    expect(first.tokens.map((t) => t.text).join('')).toBe(SENTENCES.wuzhong);
    const term = first.tokens.find((t) => t.termId)!;
    expect(reader.services.term(term.termId!)?.headword).toBeTruthy();

    const prepared = await reader.prepare(article());
    expect(prepared.view.paragraphs).toHaveLength(3);
    const lookup = await reader.services.lookup('证书');
    expect(lookup.entries.some((e) => /certificate/i.test(e.definitions.join(' ')))).toBe(true);
    expect(lookup.characters.map((c) => c.char)).toEqual(['证', '书']);
    expect(woken).toBe(1);
  });

  it('reads a name met in an earlier paragraph as that name in the later ones (仇国强 Qiú), and only there', async () => {
    const paragraphs = ['电焊工仇国强从业二十六年。', '去年，仇国强获评全国技术能手。'];
    const first = (p: { tokens: { text: string; syllables: string[] }[] }) =>
      p.tokens.find((t) => t.text.startsWith('仇'));
    const both = await prepareArticle({ ...article(), paragraphs });
    expect(both.view.paragraphs.map((p) => first(p))).toMatchObject([
      { text: '仇国强', syllables: ['qiu2', 'guo2', 'qiang2'] },
      { text: '仇国强', syllables: ['qiu2', 'guo2', 'qiang2'] },
    ]);
    // Without the first paragraph nothing says that 仇 starts a name.
    const alone = await prepareArticle({ ...article(), paragraphs: paragraphs.slice(1) });
    expect(first(alone.view.paragraphs[0])).toMatchObject({ text: '仇', syllables: ['chou2'] });
  });
});
