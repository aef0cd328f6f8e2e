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
      '#columns:Hanzi\tPinyin\tMeaning\tSentence\tArticle\tSource\tTags',
      '#tags column:7',
    ]);
    const { headers, rows: notes } = parseAnkiTsv(tsv);
    expect(headers).toEqual({
      separator: 'tab',
      html: 'false',
      columns: ANKI_COLUMNS.join('\t'),
      'tags column': '7',
    });
    expect(notes).toEqual([
      [
        '工匠',
        'gōng jiàng',
        'craftsman; "artisan"',
        '从工人到工匠，他用了二十年。',
        '大国工匠的成长之路',
        ARTICLE_URL,
        'workercn date::2022-04-29 要闻 工匠_故事',
      ],
      [
        '工匠精神',
        'gōng jiàng jīng shén',
        'craftsmanship spirit, the spirit of craftsmen',
        '工人们学习工匠精神。',
        '大国工匠的成长之路',
        ARTICLE_URL,
        'workercn glossary glossary::craftsman-spirit date::2022-04-29 要闻 工匠_故事',
      ],
      ['劳模', 'láo mó', 'model worker', '劳模"精神"', '', '', 'workercn'],
    ]);
    // Each note is one line with as many fields as columns.
    expect(lines.slice(4, -1).map((l) => l.split('\t').length)).toEqual([7, 7, 7]);
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
