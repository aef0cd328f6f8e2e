/**
 * "Add to Anki" from the word card, as the background sends it: against the AnkiConnect stand-in
 * (scripts/lib/anki-stand-in.ts, a real HTTP server on 127.0.0.1; Anki itself cannot run here).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startAnkiStandIn, type AnkiStandIn } from '../../scripts/lib/anki-stand-in';
import { AnkiConnect } from '@/utils/study/anki-connect';
import { addWordToAnki } from '@/utils/study/anki-background';
import { updateAnkiSettings } from '@/utils/study/anki-settings';
import { sentencePinyinHtml } from '@/utils/study/note-format';
import { getNodeEngine } from '../../scripts/lib/text-modes';

let anki: AnkiStandIn;
beforeAll(async () => {
  anki = await startAnkiStandIn();
});
afterAll(() => anki.close());
beforeEach(() => {
  anki.notes.length = 0;
  anki.refuseExtensions = false;
});

// In alphabetical order, as Chrome's storage gives a stored object back: duplicates are still
// found on the note type's own first field (Hanzi).
const FIELDS = {
  Meaning: 'meaning',
  Hanzi: 'hanzi',
  Pinyin: 'pinyin',
  Sentence: 'sentence',
  'Sentence pinyin': 'sentencePinyin',
  Source: 'source',
} as const;

describe('Add to Anki from the word card', () => {
  it('adds the word with the field map, then reports it as already in Anki', async () => {
    await updateAnkiSettings({
      enabled: true,
      url: anki.url,
      deck: 'Chinese::Workers Daily',
      model: 'Chinese (workercn)',
      fieldMap: FIELDS,
    });
    const sentence = '同时，北京探索实施“一岗双认”评价模式，即同一岗位，劳动者可以获得新职业技能等级证书。';
    const word = {
      word: '劳动者',
      pinyin: 'láo dòng zhě',
      definition: 'laborer; worker',
      sentence,
      sentencePinyin: sentencePinyinHtml(await getNodeEngine(), sentence),
    };
    const page = 'https://www.workercn.cn/papers/grrb/2022/04/29/1/news-1.html';
    const client = new AnkiConnect(anki.url);
    expect(await addWordToAnki(word, page, client)).toBe('added');
    expect(anki.notes).toHaveLength(1);
    const fields = anki.notes[0].fields;
    expect(fields.Hanzi).toBe('劳动者');
    expect(fields.Pinyin).toBe(
      '<span class="tone2">láo</span> <span class="tone4">dòng</span> <span class="tone3">zhě</span>',
    );
    expect(fields.Sentence).toContain('<b>劳动者</b>');
    expect(fields['Sentence pinyin']).toContain('<span class="tone2">láo</span><span class="tone4">dòng</span>');
    expect(fields.Source).toBe(`<a href="${page}">${page}</a>`);
    expect(anki.notes[0].tags).toContain('workercn');
    expect(await addWordToAnki(word, page, client)).toBe('duplicate');
    expect(anki.notes).toHaveLength(1);
  });

  it('takes the page as Source only when it is a workercn.cn page (any port), never another site', async () => {
    await updateAnkiSettings({
      enabled: true,
      url: anki.url,
      deck: 'Default',
      model: 'Chinese (workercn)',
      fieldMap: FIELDS,
    });
    const client = new AnkiConnect(anki.url);
    const word = (w: string) => ({ word: w, pinyin: '', definition: '', sentence: '', sentencePinyin: '' });
    const withPort = 'http://www.workercn.cn:8080/papers/grrb/2022/04/29/1/news-1.html';
    expect(await addWordToAnki(word('工会'), withPort, client)).toBe('added');
    expect(anki.notes.at(-1)?.fields.Source).toContain(withPort);
    expect(await addWordToAnki(word('职工'), 'https://workercn.cn.example.org/a.html', client)).toBe('added');
    expect(anki.notes.at(-1)?.fields.Source).toBe('');
  });

  it('says in words when Anki is off, not set up, or unreachable', async () => {
    const word = { word: '工匠', pinyin: 'gōng jiàng', definition: 'craftsman', sentence: '', sentencePinyin: '' };
    await updateAnkiSettings({ enabled: false });
    await expect(addWordToAnki(word)).rejects.toThrow(/Anki is not set up/);
    await updateAnkiSettings({ enabled: true, url: 'http://127.0.0.1:9', deck: 'Default', model: 'Basic' });
    await expect(addWordToAnki(word)).rejects.toThrow(/Anki did not answer at http:\/\/127\.0\.0\.1:9/);
  });
});
