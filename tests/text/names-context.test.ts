/**
 * Issue #12's remaining classes: transliterated foreign names kept as one word by the character class
 * measured from CC-CEDICT's foreign names (not a list of names), 一个人 "one person" vs "alone", and
 * 地方 dìfāng "local" vs dìfang "place", each decided by the neighbouring words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { engine, readingIn } from './engine';
import type { TextEngine } from '../../utils/text/index';
import { TransliterationClass } from '../../utils/text/transliteration';

let e: TextEngine;
beforeAll(async () => {
  e = await engine();
});
const words = (s: string) => e.annotate(s).tokens.map((t) => t.text);
const read = (s: string, w: string) => readingIn(e, s, w);

describe('transliterated foreign names stay one word', () => {
  it('keeps the dictionary names 特朗普, 马克龙, 普京 whole', () => {
    const w = words('美国总统特朗普、法国总统马克龙和俄罗斯总统普京出席会议。');
    for (const x of ['特朗普', '马克龙', '普京']) expect(w).toContain(x);
  });
  it('joins names the dictionary lacks from their characters: 泽连斯基, 朔尔茨', () => {
    const s = '泽连斯基与朔尔茨举行会谈，随后会见了记者。';
    expect(e.dictionary.nodeOf('泽连斯基')).toBeLessThanOrEqual(0);
    expect(e.dictionary.nodeOf('朔尔茨')).toBeLessThanOrEqual(0);
    const w = words(s);
    expect(w).toContain('泽连斯基');
    expect(w).toContain('朔尔茨');
    expect(read(s, '泽连斯基')).toBe('zé lián sī jī');
    expect(w).toEqual(expect.arrayContaining(['与', '举行', '会谈', '会见', '了', '记者']));
  });
  it('joins made-up strings of transliteration characters and reads them as in foreign names', () => {
    // Not names of anyone: strings built from the class's characters.
    const s = '当地官员卡勒德斯基、尼莎茨娃出席了仪式。';
    const w = words(s);
    expect(w).toContain('卡勒德斯基');
    expect(w).toContain('尼莎茨娃');
    expect(read(s, '卡勒德斯基')).toBe('kǎ lè dé sī jī');
  });
  it('reads a name merged after its surname-like first character as a transliteration', () => {
    const s = '大卫·钱德勒认为这种说法不对。';
    expect(words(s)).toContain('钱德勒');
    expect(read(s, '钱德勒')).toBe('qián dé lè');
    // A Chinese name keeps its readings.
    expect(read('记者赖志凯报道。', '赖志凯')).toBe('lài zhì kǎi');
  });
  it('leaves ordinary prose in pieces', () => {
    for (const s of ['他把书放在桌上。', '我们要加强团结。', '这里的人都很好。', '会上大家发了言。']) {
      expect(e.annotate(s).tokens.every((t) => t.entry !== undefined || t.kind !== 'han')).toBe(true);
    }
  });
  it('scores characters by their share of foreign names', () => {
    const cls = new TransliterationClass(e.dictionary.core.meta.translit);
    expect(cls.size).toBeGreaterThan(100);
    expect(cls.scoreOf('斯')).toBeGreaterThanOrEqual(5);
    expect(cls.scoreOf('的')).toBe(0);
    expect(cls.isName([...'斯基尔'])).toBe(true);
    expect(cls.isName([...'大的人'])).toBe(false);
    expect(cls.isName([...'斯基'])).toBe(false);
  });
});

describe('一个人: "alone" after the person, "one person" elsewhere', () => {
  it('keeps 一个人 "alone" after a pronoun or a person', () => {
    expect(words('他一个人住在这里。')).toContain('一个人');
    expect(words('这件事我一个人办不了。')).toContain('一个人');
    expect(words('老人一个人生活。')).toContain('一个人');
  });
  it('splits 一个 | 人 "one person" after a verb, 每 or before 的', () => {
    for (const s of ['会场来了一个人。', '每一个人都要参加。', '一个人的力量是有限的。', '屋里只有一个人。']) {
      const w = words(s);
      expect(w).not.toContain('一个人');
      expect(w).toEqual(expect.arrayContaining(['一个', '人']));
    }
  });
});

describe('地方: dìfāng "local" before what it qualifies, dìfang "place" elsewhere', () => {
  it('reads dìfāng in 地方政府, 地方财政, 中央和地方', () => {
    expect(read('地方政府要因地制宜。', '地方')).toBe('dì fāng');
    expect(read('地方财政收入增长。', '地方')).toBe('dì fāng');
    expect(read('中央和地方共同推进改革。', '地方')).toBe('dì fāng');
  });
  it('reads dìfang in 这个地方, 有的地方, 很多地方', () => {
    expect(read('这个地方很美。', '地方')).toBe('dì fang');
    expect(read('有的地方还存在问题。', '地方')).toBe('dì fang');
    expect(read('他去过很多地方。', '地方')).toBe('dì fang');
  });
});
