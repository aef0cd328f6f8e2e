/**
 * Every pass of annotate makes its tokens with the same fields in the same order (segmentOf), so
 * that all tokens share one hidden class. A token shape that only one call's tokens had would die
 * with them at the next collection and take the passes' optimised code with it: the next article
 * would be read by unoptimised code while it is compiled again (the seeds took 1.3–1.4× as long,
 * `npm run bench -- text`). The texts below go through each pass that makes or rewrites tokens.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { engine } from './engine';
import type { TextEngine } from '../../utils/text/index';
import { segmentOf } from '../../utils/text/segment';
import { applyOverrides } from '../../utils/overrides/model';

let e: TextEngine;
beforeAll(async () => {
  e = await engine();
});

const SHAPE = Object.keys(segmentOf('字', 0, 1, 'han', undefined)).join(',');

/** The texts, the pass each one exercises, and a token that shows the pass ran. */
const CASES: [string, string, string][] = [
  [
    'segmenter (words, numbers, dates, Latin, spaces, punctuation)',
    '2022年3月25日，CN 11-0002 占55.4%。',
    '2022年3月25日',
  ],
  ['suffix split (工 | 人们 → 工人 | 们)', '车间里的工人们', '们'],
  ['person names', '本报记者赖志凯报道', '赖志凯'],
  ['a title that swallowed the surname', '经理解文斌说', '经理'],
  ['transliterated names', '卡林顿逃走了', '卡林顿'],
  ['words split in context', '牢记总书记的话。', '话'],
  ['readings set in context', '这个地方的东西', '地方'],
];

describe('tokens share one shape', () => {
  it.each(CASES)('%s', (_pass, text, shown) => {
    const tokens = e.annotate(text).tokens;
    expect(tokens.map((t) => t.text)).toContain(shown);
    for (const t of tokens) expect(Object.keys(t).join(','), t.text).toBe(SHAPE);
  });

  it('glossary term spans and the learner overrides', () => {
    const text = '坚持两个确立，择优遴选出一批具有产业代表性的组织';
    const at = text.indexOf('两个确立');
    const tokens = e.annotate(text, {
      terms: () => [{ start: at, end: at + 4, id: 'two-establishes' }],
      adjust: (segs, t) =>
        applyOverrides(segs, t, { merges: [{ text: '产业代表性', cuts: [] }], splits: new Map([['组织', [1]]]) }, (w) =>
          e.dictionary.nodeOf(w),
        ),
    }).tokens;
    expect(tokens.find((t) => t.term)?.text).toBe('两个确立');
    expect(tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['产业代表性', '组', '织']));
    for (const t of tokens) expect(Object.keys(t).join(','), t.text).toBe(SHAPE);
  });
});
