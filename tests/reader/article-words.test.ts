import { beforeAll, describe, expect, it } from 'vitest';
import { articleWords, knownShare, rankNewWords, verdictOf } from '@/utils/reader/article-words';
import type { ReaderArticle } from '@/components/reader/model';
import { articleOf, realReader, SENTENCES } from './reader-helpers';
import { sentenceAround } from '@/utils/reader/sentence';

let article: ReaderArticle;
beforeAll(async () => {
  const { annotate } = await realReader();
  article = articleOf(annotate, [SENTENCES.yigang, SENTENCES.budan]);
});

describe('article words', () => {
  it('counts each Chinese word with its reading and first sentence', () => {
    const words = articleWords(article);
    const zhengshu = words.get('证书')!;
    // 证书 twice in the first sentence, once in the second.
    expect(zhengshu.count).toBe(3);
    expect(zhengshu.syllables).toEqual(['zheng4', 'shu1']);
    expect(zhengshu.sentence).toBe(SENTENCES.yigang);
    expect(words.get('劳动者')?.count).toBe(1);
    expect(words.has('，')).toBe(false);
    const total = [...words.values()].reduce((n, w) => n + w.count, 0);
    const running = article.paragraphs
      .flatMap((p) => p.tokens)
      .filter((t) => t.word && t.syllables.length > 0 && /\p{Script=Han}/u.test(t.word)).length;
    expect(total).toBe(running);
  });

  it('gives every word the sentence of its first occurrence, scanning each sentence once', async () => {
    const { annotate } = await realReader();
    // Several sentences in one paragraph, with quotes closing after the mark, and a paragraph of one.
    const long = `他说：“${SENTENCES.yigang}”${SENTENCES.budan}工人们很高兴！他们问：今天下雨吗？`;
    const a = articleOf(annotate, [long, SENTENCES.budan]);
    const words = articleWords(a);
    for (const paragraph of a.paragraphs) {
      const text = paragraph.tokens.map((t) => t.text).join('');
      let offset = 0;
      for (const token of paragraph.tokens) {
        const w = words.get(token.word ?? '');
        // The first occurrence of a word is where its sentence was taken.
        if (w && w.sentence && paragraph === a.paragraphs.find((p) => p.tokens.some((t) => t.word === w.word))) {
          const first = paragraph.tokens.findIndex((t) => t.word === w.word);
          if (paragraph.tokens[first] === token) expect(w.sentence).toBe(sentenceAround(text, offset));
        }
        offset += token.text.length;
      }
    }
    expect(words.get('下雨')?.sentence).toBe('他们问：今天下雨吗？');
  });

  it('gives the known share of running words and the new and learning words', () => {
    const words = articleWords(article);
    const none = knownShare(words);
    expect(none.share).toBe(0);
    expect(none.newWords).toBe(words.size);
    const known = new Set([...words.keys()].filter((w) => w !== '证书'));
    const most = knownShare(words, known, new Set(['证书']));
    expect(most.newWords).toBe(0);
    expect(most.learning).toBe(1);
    expect(most.share).toBeCloseTo((most.words - 3) / most.words);
  });

  it('says how the text will read', () => {
    expect(verdictOf(0.99)).toBe('easy');
    expect(verdictOf(0.94)).toBe('stretch');
    expect(verdictOf(0.8)).toBe('hard');
  });

  it('ranks new words by count in the article, then by HSK level, known and learning words left out', () => {
    const words = articleWords(article);
    const info = new Map([
      ['证书', { hsk: 0, gloss: 'certificate' }],
      ['市场', { hsk: 3, gloss: 'market' }],
      ['获得', { hsk: 4, gloss: 'obtain' }],
      ['同时', { hsk: 4, gloss: 'at the same time' }],
    ]);
    const ranked = rankNewWords(words, info, new Set(['同时']), new Set(['可以']));
    expect(ranked[0].word).toBe('证书');
    expect(ranked.map((w) => w.word)).not.toContain('同时');
    expect(ranked.map((w) => w.word)).not.toContain('可以');
    const twice = ranked.filter((w) => w.count === 2).map((w) => w.word);
    expect(twice.indexOf('市场')).toBeLessThan(twice.indexOf('获得'));
    expect(ranked.find((w) => w.word === '市场')?.gloss).toBe('market');
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].count).toBeGreaterThanOrEqual(ranked[i].count);
  });
});
