import { describe, expect, it } from 'vitest';
import { freshDb } from '../library/helpers';
import { addStudyWord } from '../../utils/study/words';
import { importKnown } from '../../utils/study/known';
import { reviewCard } from '../../utils/study/scheduler';
import {
  ANKI_COLUMNS,
  CSV_COLUMNS,
  exportFileName,
  exportRows,
  parseAnkiTsv,
  parseDelimited,
  toAnkiTsv,
  toCsv,
} from '../../utils/study/export';
import { exportLibraryJson, importLibrary, openLibraryDb } from '../../utils/library/api';
import { uniqueName } from '../library/helpers';
import { ARTICLE_URL, T0, article } from './helpers';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getNodeEngine } from '../../scripts/lib/text-modes';

/** A sentence of a seed article of the paper (shared/seeds) holding `word`. */
function seedSentence(word: string): string {
  const text = readFileSync(
    path.resolve(__dirname, '..', '..', '..', 'shared', 'seeds', '000_d74b8c06c5158fff.txt'),
    'utf8',
  );
  const found = text.split(/(?<=。)|\n/).find((s) => s.includes(word));
  if (!found) throw new Error(`no seed sentence with ${word}`);
  return found.trim();
}

async function fromSeeds() {
  const db = await freshDb();
  const paragraphs = [seedSentence('经备案'), seedSentence('清单化')];
  await addStudyWord(
    db,
    {
      word: '评价',
      pinyin: 'píng jià',
      definition: 'to evaluate; evaluation',
      sentence: paragraphs[0],
      article: article({ paragraphs, html: paragraphs.map((p) => `<p>${p}</p>`).join(''), tags: [] }),
    },
    T0,
  );
  await addStudyWord(
    db,
    {
      word: '清单',
      pinyin: 'qīng dān',
      definition: 'list, "inventory"',
      sentence: paragraphs[1],
      articleUrl: ARTICLE_URL,
    },
    T0 + 1,
  );
  return db;
}

async function filled() {
  const db = await freshDb();
  await addStudyWord(
    db,
    {
      word: '工匠',
      pinyin: 'gōng jiàng',
      definition: 'craftsman; "artisan"',
      sentence: '从工人到工匠，他用了二十年。',
      article: article(),
    },
    T0,
  );
  await addStudyWord(
    db,
    {
      word: '工匠精神',
      pinyin: 'gōng jiàng jīng shén',
      definition: 'craftsmanship spirit,\nthe spirit of\tcraftsmen',
      sentence: '工人们学习工匠精神。',
      termId: 'craftsman-spirit',
      articleUrl: ARTICLE_URL,
    },
    T0 + 1,
  );
  await addStudyWord(
    db,
    { word: '劳模', pinyin: 'láo mó', definition: 'model worker', sentence: '劳模"精神"' },
    T0 + 2,
  );
  await importKnown(db, ['我们'], T0 + 3);
  return db;
}

describe('vocabulary export', () => {
  it('writes an Anki TSV with file headers, read back to the same notes and tags from the article', async () => {
    const db = await filled();
    const rows = await exportRows(db);
    const tsv = toAnkiTsv(rows);
    const lines = tsv.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '#separator:tab',
      '#html:false',
      '#columns:Hanzi\tPinyin\tMeaning\tSentence\tSentence pinyin\tArticle\tSource\tTags',
      '#tags column:8',
    ]);
    const { headers, rows: notes } = parseAnkiTsv(tsv);
    expect(headers).toEqual({
      separator: 'tab',
      html: 'false',
      columns: ANKI_COLUMNS.join('\t'),
      'tags column': '8',
    });
    expect(notes).toEqual([
      [
        '工匠',
        'gōng jiàng',
        'craftsman; "artisan"',
        '从工人到工匠，他用了二十年。',
        '',
        '大国工匠的成长之路',
        ARTICLE_URL,
        'workercn date::2022-04-29 要闻 工匠_故事',
      ],
      [
        '工匠精神',
        'gōng jiàng jīng shén',
        'craftsmanship spirit, the spirit of craftsmen',
        '工人们学习工匠精神。',
        '',
        '大国工匠的成长之路',
        ARTICLE_URL,
        'workercn glossary glossary::craftsman-spirit date::2022-04-29 要闻 工匠_故事',
      ],
      ['劳模', 'láo mó', 'model worker', '劳模"精神"', '', '', '', 'workercn'],
    ]);
    // Each note is one line with as many fields as columns.
    expect(lines.slice(4, -1).map((l) => l.split('\t').length)).toEqual([8, 8, 8]);
    expect(exportFileName('tsv', new Date(T0))).toMatch(/^workercn-vocabulary-2024-03-0\d\.tsv$/);
  });

  it('writes an RFC 4180 CSV that parses back to the exported rows', async () => {
    const db = await filled();
    const rows = await exportRows(db, { includeKnown: true });
    const csv = toCsv(rows);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = parseDelimited(csv);
    expect(parsed[0]).toEqual([...CSV_COLUMNS]);
    expect(parsed.slice(1)).toEqual(
      rows.map((r) => [
        r.word,
        r.pinyin,
        r.definition,
        r.sentence,
        r.sentencePinyin,
        r.articleTitle,
        r.articleUrl,
        r.tags.join(' '),
        String(r.known),
        r.added,
      ]),
    );
    expect(parsed.slice(1).map((r) => r[0])).toEqual(['工匠', '工匠精神', '劳模', '我们']);
    // The definition with a comma and a line break survives intact.
    expect(parsed[2][2]).toBe('craftsmanship spirit,\nthe spirit of\tcraftsmen');
    expect(csv).toContain('"劳模""精神"""');
  });

  it("carries each sentence's pinyin, word by word, with the neutral tone of 的 (real seed sentences)", async () => {
    const db = await fromSeeds();
    const engine = await getNodeEngine();
    const rows = await exportRows(db, { engine });
    const { headers, rows: notes } = parseAnkiTsv(toAnkiTsv(rows));
    expect(headers.html).toBe('false');
    const reading = notes[0][ANKI_COLUMNS.indexOf('Sentence pinyin')];
    // 经备案的社会培训评价组织，按照“发布公告、…”等程序，…
    expect(reading).toMatch(/^jīng ?bèi'?àn de shèhuì péixùn píngjià zǔzhī， ànzhào “fābù gōnggào、/);
    expect(reading).toContain('píngjià');
    expect(notes[1][ANKI_COLUMNS.indexOf('Sentence pinyin')]).toMatch(/^mùqián， běijīngshì /);
    // Without an engine the column is there and empty.
    expect(parseAnkiTsv(toAnkiTsv(await exportRows(db))).rows[0][4]).toBe('');
  });

  it('in HTML, pinyin syllables carry tone1–tone5 classes and the CSV quotes the HTML', async () => {
    const db = await fromSeeds();
    const engine = await getNodeEngine();
    const rows = await exportRows(db, { engine, html: true });
    const csv = toCsv(rows);
    // The class attribute's quotes make the field quoted, each quote doubled (RFC 4180).
    expect(csv).toContain('"<span class=""tone2"">píng</span> <span class=""tone4"">jià</span>"');
    const parsed = parseDelimited(csv);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(parsed).toHaveLength(3);
    expect(parsed[1][col('pinyin')]).toBe('<span class="tone2">píng</span> <span class="tone4">jià</span>');
    expect(parsed[1][col('sentence')]).toContain('社会培训<b>评价</b>组织');
    const sentenceHtml = parsed[1][col('sentence_pinyin')];
    // 的 in its neutral tone, the sentence's other syllables in theirs.
    expect(sentenceHtml).toContain('<span class="tone5">de</span>');
    expect(sentenceHtml).toContain('<span class="tone2">píng</span><span class="tone4">jià</span>');
    expect(sentenceHtml.replace(/<[^>]+>/g, '')).toBe(
      parseAnkiTsv(toAnkiTsv(await exportRows(db, { engine }))).rows[0][4],
    );
    // A quote inside a definition is escaped once by the CSV, not mangled by the HTML.
    expect(parsed[2][col('definition')]).toBe('list, "inventory"');

    const tsv = toAnkiTsv(rows, { html: true });
    const back = parseAnkiTsv(tsv);
    expect(back.headers.html).toBe('true');
    expect(back.rows[0][1]).toBe('<span class="tone2">píng</span> <span class="tone4">jià</span>');
    expect(back.rows[0][4]).toBe(sentenceHtml);
    expect(back.rows[1][4]).toMatch(/^<span class="tone4">mù<\/span><span class="tone2">qián<\/span>，/);
  });

  it('the library backup JSON carries vocabulary, cards and the review log, and restores them', async () => {
    const db = await filled();
    await reviewCard(db, '工匠|recognize', 3, T0 + 100);
    await reviewCard(db, '工匠|recognize', 3, T0 + 700_000);
    const json = await exportLibraryJson(db);
    const backup = JSON.parse(json) as { vocabulary: unknown[]; cards: unknown[]; reviewLog: unknown[] };
    expect([backup.vocabulary.length, backup.cards.length, backup.reviewLog.length]).toEqual([4, 6, 2]);

    const other = await openLibraryDb({ name: uniqueName('study-restore') });
    try {
      await importLibrary(other, json);
      expect(await other.vocabulary.toArray()).toEqual(await db.vocabulary.toArray());
      expect(await other.cards.toArray()).toEqual(await db.cards.toArray());
      const strip = (l: { id?: number }[]) => l.map(({ id: _id, ...rest }) => rest);
      expect(strip(await other.reviewLog.toArray())).toEqual(strip(await db.reviewLog.toArray()));
    } finally {
      other.close();
    }
  });
});
