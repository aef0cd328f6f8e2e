import { describe, expect, it } from 'vitest';
import { pageLabel, pageNameFrom } from '../../utils/site/page-label';
import { editionLabel } from '../../utils/reader/prepare';

describe('page labels', () => {
  it('takes a name only from a link text that has more than the page number', () => {
    expect(
      [
        '01',
        '02版',
        '第02版',
        '第2版：',
        '第01版：要闻',
        '01版：评论',
        '<上一版',
        '下一版>',
        'PDF版下载',
        '工人日报 数字报',
      ].map(pageNameFrom),
    ).toEqual(['', '', '', '', '要闻', '评论', '', '', '', '']);
  });

  it('第2版 without a name, 第1版：要闻 with one; names that are only a number (stored by older versions) left out', () => {
    expect(pageLabel(2, '')).toBe('第2版');
    expect(pageLabel(2, '02')).toBe('第2版');
    expect(pageLabel(1, '要闻')).toBe('第1版：要闻');
    expect(pageLabel(0, '要闻')).toBe('');
    expect(editionLabel({ date: '2021-09-18', page: 2, pageName: '02' })).toBe('工人日报 · 2021-09-18 · 第2版');
    expect(editionLabel({ date: '2021-09-18', page: 0 })).toBe('工人日报 · 2021-09-18');
  });
});
