/**
 * The AnkiConnect client and note sending against the stand-in server (scripts/lib/anki-stand-in.ts,
 * a real HTTP server on 127.0.0.1 speaking AnkiConnect's protocol: Anki itself cannot run here).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startAnkiStandIn, type AnkiStandIn } from '../../scripts/lib/anki-stand-in';
import { connect } from 'node:net';
import { AnkiConnect, AnkiError, guessFieldMap, noteOf } from '@/utils/study/anki-connect';
import { ankiProblemText } from '@/utils/study/anki-background';
import { noteValues, sendToAnki, sentencePinyin, toneHtml } from '@/utils/study/anki-notes';
import { normalizeAnkiSettings } from '@/utils/study/anki-settings';
import { getNodeEngine } from '../../scripts/lib/text-modes';
import type { StoredArticle, VocabularyEntry } from '@/utils/db/records';

let anki: AnkiStandIn;
beforeAll(async () => {
  anki = await startAnkiStandIn();
});
afterAll(() => anki.close());
beforeEach(() => {
  anki.notes.length = 0;
  anki.calls.length = 0;
  anki.refuseExtensions = false;
  anki.stall = false;
});

const withOrigin =
  (origin: string) =>
  (url: string, init: RequestInit): Promise<Response> =>
    fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), Origin: origin } });

const ENTRY: VocabularyEntry = {
  word: '工匠',
  pinyin: 'gōng jiàng',
  definition: 'craftsman',
  sentence: '从工人到工匠，他用了二十年。',
  articleUrl: 'https://www.workercn.cn/papers/grrb/2022/04/29/1/news-1.html',
  contexts: [],
  addedAt: 0,
  updatedAt: 0,
  known: false,
};
const ARTICLE = {
  url: ENTRY.articleUrl,
  title: '大国工匠的成长之路',
  date: '2022-04-29',
  edition: { date: '2022-04-29', page: 1, pageName: '要闻' },
  tags: [],
} as unknown as StoredArticle;

describe('AnkiConnect client', () => {
  it('connects (protocol 6), lists decks, note types and their fields', async () => {
    const client = new AnkiConnect(anki.url);
    expect(await client.connect()).toBe(6);
    expect(await client.deckNames()).toContain('Chinese::Workers Daily');
    expect(await client.modelNames()).toContain('Chinese (workercn)');
    expect(await client.modelFieldNames('Chinese (workercn)')).toContain('Sentence pinyin');
    await expect(client.modelFieldNames('Nope')).rejects.toThrow(/model was not found/);
    expect(anki.calls).toEqual(['version', 'deckNames', 'modelNames', 'modelFieldNames', 'modelFieldNames']);
  });

  it('tells a refused origin (403) apart from an unreachable Anki', async () => {
    anki.refuseExtensions = true;
    const refused = new AnkiConnect(anki.url, withOrigin('moz-extension://7d3c5e0a'));
    await expect(refused.connect()).rejects.toMatchObject({ problem: 'forbidden' });
    anki.allowOrigins.push('moz-extension://7d3c5e0a');
    expect(await refused.connect()).toBe(6);
    const gone = new AnkiConnect('http://127.0.0.1:9');
    const error = await gone.connect().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnkiError);
    expect((error as AnkiError).problem).toBe('unreachable');
  });

  it('gives up on an Anki that takes the request and never answers, and says so', async () => {
    anki.stall = true;
    const client = new AnkiConnect(anki.url, undefined, 300);
    const error = await client.connect().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnkiError);
    expect(error).toMatchObject({ problem: 'timeout', message: 'no answer to "version" within 300 ms' });
    expect(ankiProblemText(error, anki.url)).toBe(
      `Anki did not answer at ${anki.url} in time (no answer to "version" within 300 ms): is one of its windows waiting for you?`,
    );
    anki.stall = false;
    expect(await client.connect()).toBe(6);
  });

  it('the stand-in quits like Anki: open connections are dropped, so closing never waits on them', async () => {
    const other = await startAnkiStandIn();
    // A connection the browser opened ahead of a request (a preconnect) and one kept alive.
    const idle = connect(other.port, '127.0.0.1');
    await new Promise((r) => idle.once('connect', r));
    await new AnkiConnect(other.url).connect();
    const closedIdle = new Promise((r) => idle.once('close', r));
    await other.close();
    await closedIdle;
    await expect(new AnkiConnect(other.url).connect()).rejects.toMatchObject({ problem: 'unreachable' });
  });

  it('guesses a field map from field names', () => {
    expect(
      guessFieldMap([
        'Hanzi',
        'Pinyin',
        'Meaning',
        'Sentence',
        'Sentence pinyin',
        'Source',
        'Date',
        'Page',
        'Glossary English',
      ]),
    ).toEqual({
      Hanzi: 'hanzi',
      Pinyin: 'pinyin',
      Meaning: 'meaning',
      Sentence: 'sentence',
      'Sentence pinyin': 'sentencePinyin',
      Source: 'source',
      Date: 'date',
      Page: 'page',
      'Glossary English': 'glossaryEnglish',
    });
    expect(guessFieldMap(['Front', 'Back', 'Extra'])).toEqual({ Front: 'hanzi', Back: 'meaning', Extra: '' });
  });

  it('settings are off by default and only ever point at this machine', () => {
    expect(normalizeAnkiSettings(undefined)).toMatchObject({ enabled: false, url: 'http://127.0.0.1:8765' });
    expect(normalizeAnkiSettings({ url: 'http://evil.example:8765' }).url).toBe('http://127.0.0.1:8765');
    expect(normalizeAnkiSettings({ fieldMap: { Hanzi: 'hanzi', X: 'bogus' } }).fieldMap).toEqual({
      Hanzi: 'hanzi',
      X: '',
    });
  });
});

describe('notes', () => {
  it('fills the mapped fields, pinyin in tone spans, the sentence with its pinyin', async () => {
    const engine = await getNodeEngine();
    const values = noteValues(ENTRY, ARTICLE, engine);
    expect(values.hanzi).toBe('工匠');
    expect(values.pinyin).toBe('<span class="tone1">gōng</span> <span class="tone4">jiàng</span>');
    expect(values.sentence).toBe('从工人到<b>工匠</b>，他用了二十年。');
    // Syllables of a word together, words apart, punctuation kept (the split itself is the engine's).
    const reading = sentencePinyin(engine, ENTRY.sentence);
    expect(reading).toMatch(/^cóng gōngrén dào gōngjiàng， tā ?yòng ?le èrshí nián。$/);
    expect(values.sentencePinyin).toContain('<span class="tone2">cóng</span>');
    expect(values.date).toBe('2022-04-29');
    expect(values.page).toBe('第01版：要闻');
    expect(values.source).toContain(ARTICLE.url);
    expect(toneHtml('de')).toBe('<span class="tone5">de</span>');
  });

  it('adds new notes and detects duplicates with canAddNotes and findNotes', async () => {
    const client = new AnkiConnect(anki.url);
    const target = {
      deck: 'Chinese::Workers Daily',
      model: 'Chinese (workercn)',
      fieldMap: guessFieldMap(await client.modelFieldNames('Chinese (workercn)')),
    };
    const engine = await getNodeEngine();
    const item = { word: '工匠', values: noteValues(ENTRY, ARTICLE, engine), tags: ['workercn'] };
    const first = await sendToAnki(client, target, [item]);
    expect(first).toEqual({ added: ['工匠'], duplicates: [], failed: [] });
    expect(anki.notes).toHaveLength(1);
    expect(anki.notes[0].fields.Hanzi).toBe('工匠');
    expect(anki.notes[0].fields['Sentence pinyin']).toContain('tone');
    expect(anki.notes[0].deckName).toBe('Chinese::Workers Daily');
    const again = await sendToAnki(client, target, [item]);
    expect(again).toEqual({ added: [], duplicates: ['工匠'], failed: [] });
    expect(anki.calls.slice(-3)).toEqual(['canAddNotes', 'modelFieldNames', 'findNotes']);
    expect(noteOf(item.values, target, []).options).toEqual({ allowDuplicate: false, duplicateScope: 'deck' });
  });
});
