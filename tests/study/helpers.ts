/** Shared pieces of the study tests. */
import type { ArticleInput } from '../../utils/db/records';

export const ARTICLE_URL = 'https://www.workercn.cn/papers/grrb/2022/04/29/1/news-1.html';

export function article(overrides: Partial<ArticleInput> = {}): ArticleInput {
  return {
    url: ARTICLE_URL,
    family: 'epaper',
    edition: { date: '2022-04-29', page: 1, pageName: '要闻' },
    title: '大国工匠的成长之路',
    date: '2022-04-29',
    paragraphs: ['从工人到工匠，他用了二十年。', '走进大国工匠交流区，工人们学习工匠精神。'],
    html: '<p>从工人到工匠，他用了二十年。</p><p>走进大国工匠交流区，工人们学习工匠精神。</p>',
    tags: ['工匠 故事'],
    ...overrides,
  };
}

/** A deterministic pseudo-random sequence in [0, 1). */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DAY = 86_400_000;
/** A fixed moment: 2024-03-01 10:00 local time. */
export const T0 = new Date(2024, 2, 1, 10, 0, 0).getTime();
