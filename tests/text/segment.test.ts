import { beforeAll, describe, expect, it } from 'vitest';
import { engine } from './engine';
import type { TextEngine } from '../../utils/text/index';

let e: TextEngine;
beforeAll(async () => {
  e = await engine();
});
const words = (s: string) => e.annotate(s).tokens.map((t) => t.text);

describe('segmentation of seed sentences', () => {
  it('keeps place names whole', () => {
    const w = words('家在宁夏回族自治区吴忠市利通区金星花园社区的马淑花');
    expect(w).toContain('宁夏回族自治区');
    expect(w).toContain('吴忠市');
    expect(w).toContain('利通区');
    expect(words('隆德县始终把政治标准放在首位')).toContain('隆德县');
    expect(words('银川市严把联审关')).toContain('银川市');
    expect(words('与世界自然遗产九寨沟景区一山之隔的中查沟')).toContain('九寨沟');
  });

  it('chooses 专利奖|金奖 over 专利|奖金', () => {
    const w = words('第十九届中国专利奖金奖获得者谷山强');
    expect(w).toContain('专利奖');
    expect(w).toContain('金奖');
    expect(w).not.toContain('奖金');
  });

  it('makes numbers, dates, Latin words and punctuation their own tokens', () => {
    const tokens = e.annotate(
      "本报北京4月28日电（记者赖志凯）占55.4%，2022年3月25日 WORKERS' DAILY，CN 11-0002",
    ).tokens;
    const by = (text: string) => tokens.find((t) => t.text === text);
    expect(by('4月28日')?.kind).toBe('date');
    expect(by('4月28日')?.pinyin).toBe('yuè rì');
    expect(by('2022年3月25日')?.kind).toBe('date');
    expect(by('55.4%')?.kind).toBe('number');
    expect(by('55.4%')?.pinyin).toBe('');
    expect(by('（')?.kind).toBe('punct');
    expect(by('DAILY')?.kind).toBe('latin');
    expect(by('WORKERS')?.kind).toBe('latin');
    expect(by('11')?.kind).toBe('number');
  });

  it('does not take a count of years for a date', () => {
    const tokens = e.annotate('全面总结梳理改革5年成绩经验').tokens;
    expect(tokens.find((t) => t.text === '5')?.kind).toBe('number');
  });

  it('keeps four-character idioms whole', () => {
    const w = words('执着专注、精益求精、一丝不苟、追求卓越的工匠精神');
    for (const idiom of ['精益求精', '一丝不苟']) expect(w).toContain(idiom);
    expect(words('勤学苦练、深入钻研，勇于创新、敢为人先')).toEqual(expect.arrayContaining(['勤学苦练', '敢为人先']));
    expect(words('脚踏实地做好本职工作')).toContain('脚踏实地');
  });

  it('keeps political formulas whole', () => {
    const w = words('以习近平新时代中国特色社会主义思想为指导');
    expect(w).toContain('习近平');
    expect(w).toContain('中国特色社会主义');
    expect(words('同以习近平同志为核心的党中央保持高度一致')).toContain('党中央');
    expect(words('加大对供给侧结构性改革')).toContain('供给侧');
  });

  it('covers the text exactly, token after token', () => {
    const text = '“我18岁入党，今年80岁了，能行使一个党员的权利。”  𠀾𠀾 abc';
    const tokens = e.annotate(text).tokens;
    expect(tokens.map((t) => t.text).join('')).toBe(text);
    tokens.forEach((t, i) => {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      if (i) expect(t.start).toBe(tokens[i - 1].end);
    });
  });

  it('gives one syllable per Han character', () => {
    for (const t of e.annotate('北京市人社局今天印发《通知》，20个新职业。𠀾').tokens) {
      const han = [...t.text].filter((c) => /\p{Script=Han}/u.test(c)).length;
      expect(t.pinyin ? t.pinyin.split(' ').length : 0).toBe(han);
    }
  });

  it('handles empty and non-Chinese input', () => {
    expect(e.annotate('').tokens).toEqual([]);
    expect(e.annotate('hello, world').tokens.every((t) => t.pinyin === '')).toBe(true);
  });

  it('segments traditional text with the traditional headwords', () => {
    expect(words('中華全國總工會')).toEqual(['中華全國總工會']);
    expect(words('認定結果要經得起市場檢驗')).toEqual(['認定', '結果', '要', '經得起', '市場', '檢驗']);
  });
});
