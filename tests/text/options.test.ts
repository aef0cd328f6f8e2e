import { beforeAll, describe, expect, it } from 'vitest';
import { engine } from './engine';
import type { TextEngine, TermMatcher } from '../../utils/text/index';
import { applySandhi, numberedToMarks } from '../../utils/text/tone';
import { runLinesMode, runTextMode } from '../../scripts/lib/text-modes';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

let e: TextEngine;
beforeAll(async () => {
  e = await engine();
});
const py = (s: string, o?: Parameters<TextEngine['annotate']>[1]) =>
  e
    .annotate(s, o)
    .tokens.map((t) => t.pinyin)
    .filter(Boolean)
    .join(' ');

describe('tones', () => {
  it('converts tone numbers to marks', () => {
    expect(['zhong1', 'guo2', 'lu:4', 'nü3', 'de5', 'xiu4', 'gui4', 'er2', 'Xi2'].map(numberedToMarks)).toEqual([
      'zhōng',
      'guó',
      'lǜ',
      'nǚ',
      'de',
      'xiù',
      'guì',
      'ér',
      'Xí',
    ]);
  });

  it('prints tone numbers as an option', () => {
    expect(py('中国的频率', { tones: 'numbers' })).toBe('zhong1 guo2 de5 pin2 lü4');
  });

  it('keeps citation tones by default and applies 一/不 sandhi on request', () => {
    expect(py('一个不要')).toBe('yī ge bù yào');
    expect(py('一个不要', { sandhi: true })).toBe('yí ge bú yào');
    expect(py('一起第一', { sandhi: true })).toBe('yì qǐ dì yī');
    expect(applySandhi(['十', '一', '月'], ['shi2', 'yi1', 'yue4'])).toEqual(['shi2', 'yi1', 'yue4']);
  });
});

describe('glossary hook', () => {
  it('forces a term span into one token whose pinyin overrides', () => {
    const matcher: TermMatcher = (text) => {
      const at = text.indexOf('工人先锋号');
      return at < 0 ? [] : [{ start: at, end: at + 5, id: 'term-1', pinyin: 'gōng rén xiān fēng hào' }];
    };
    const { tokens, terms } = e.annotate('全国工人先锋号获得者', { terms: matcher });
    const t = tokens.find((x) => x.term === 'term-1')!;
    expect(t.text).toBe('工人先锋号');
    expect(t.pinyin).toBe('gōng rén xiān fēng hào');
    expect(terms).toHaveLength(1);
    expect(tokens.map((x) => x.text).join('')).toBe('全国工人先锋号获得者');
  });

  it('returns no terms without a matcher', () => {
    expect(e.annotate('工人').terms).toEqual([]);
  });
});

describe('command-line text modes', () => {
  it('--text prints one JSON object with tokens and terms', async () => {
    const out = JSON.parse(await runTextMode('以习近平同志为核心')) as {
      tokens: { text: string; pinyin: string }[];
      terms: unknown[];
    };
    expect(out.terms).toEqual([]);
    expect(out.tokens.find((t) => t.text === '为')?.pinyin).toBe('wéi');
  });

  it('--lines prints one JSON object per non-empty line, in order', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'text-lines-'));
    const file = path.join(dir, 'in.txt');
    writeFileSync(file, '为她宣讲\n\n成都\n');
    const lines = await runLinesMode(file);
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]).tokens[0]).toMatchObject({ text: '成都', pinyin: 'chéng dū' });
  });
});

describe('marksToNumbered', () => {
  it('turns tone marks into tone numbers, neutral tone as 5, and round-trips with numberedToMarks', async () => {
    const { marksToNumbered, numberedToMarks } = await import('../../utils/text/tone');
    expect(['zhōng', 'lǜ', 'de', 'Wú', 'ěr', 'gè'].map(marksToNumbered)).toEqual([
      'zhong1',
      'lü4',
      'de5',
      'Wu2',
      'er3',
      'ge4',
    ]);
    expect(marksToNumbered('hao3')).toBe('hao3');
    for (const s of ['shuāng', 'rèn', 'guǎng', 'nǚ', 'ma']) expect(numberedToMarks(marksToNumbered(s))).toBe(s);
  });
});

describe('CLI text modes with the glossary', () => {
  it('lists each distinct term with its English and count, and points the covered tokens to it', async () => {
    const out = JSON.parse(await runTextMode('增强“四个意识”、坚定“四个自信”、做到“两个维护”，做到“两个维护”。')) as {
      tokens: { text: string; pinyin: string; term?: string }[];
      terms: { term: string; id: string; en: string; count: number }[];
    };
    expect(out.terms.map((t) => [t.term, t.count])).toEqual([
      ['四个意识', 1],
      ['四个自信', 1],
      ['两个维护', 2],
    ]);
    for (const t of out.terms) expect(t.en).toMatch(/[A-Za-z]/);
    const covered = out.tokens.filter((t) => t.term === out.terms[2].id);
    expect(covered.map((t) => [t.text, t.pinyin])).toEqual([
      ['两个维护', 'liǎng gè wéi hù'],
      ['两个维护', 'liǎng gè wéi hù'],
    ]);
  });
});
