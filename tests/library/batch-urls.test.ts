import { describe, expect, it } from 'vitest';
import { uniqueArticles } from '@/utils/library/batch-save';

describe('batch save URLs', () => {
  it('keeps each article once, at the address the site gave (http stays http)', () => {
    expect(
      uniqueArticles([
        'http://media.workercn.cn/sites/media/grrb/2022_03/25/GR0102.htm',
        'https://media.workercn.cn/sites/media/grrb/2022_03/25/GR0102.htm#top',
        'https://www.workercn.cn/papers/grrb/2022/03/25/1/news-1.html?utm_source=wechat',
        'https://www.workercn.cn/papers/grrb/2022/03/25/1/news-1.html',
        'https://www.workercn.cn/papers/grrb/2022/03/25/1/news-2.html#comments',
      ]),
    ).toEqual([
      'http://media.workercn.cn/sites/media/grrb/2022_03/25/GR0102.htm',
      'https://www.workercn.cn/papers/grrb/2022/03/25/1/news-1.html?utm_source=wechat',
      'https://www.workercn.cn/papers/grrb/2022/03/25/1/news-2.html',
    ]);
  });
});
