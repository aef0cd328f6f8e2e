// Writes tests/db/fixtures/v2-snapshot.json: the tables of a version-2 library as version 2 stored
// them (articles with seq and page, search postings, a word with cards and reviews). Made once
// with the version-2 code: node --import tsx tests/db/make-v2-snapshot.mts
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { openLibraryDb } from '../../utils/db/database';
import { saveArticle } from '../../utils/library/save';
import { addStudyWord } from '../../utils/study/words';
import { reviewCard } from '../../utils/study/scheduler';
import { setTags } from '../../utils/library/tags';
import { seedArticles } from '../library/seed-articles';

const db = await openLibraryDb({ name: 'make-v2' });
const t0 = 1_700_000_000_000;
const picks = [0, 3, 5].map((i) => seedArticles()[i]);
for (const [i, a] of picks.entries()) await saveArticle(db, a, t0 + i * 60_000);
const first = (await db.articles.orderBy('seq').first())!;
await setTags(db, first.url, ['工会', '学习'], t0 + 200_000);
await addStudyWord(
  db,
  {
    word: '遴选',
    pinyin: 'lín xuǎn',
    definition: 'to select',
    sentence: '择优遴选社会评价组织',
    articleUrl: first.url,
  },
  t0 + 300_000,
);
await reviewCard(db, '遴选|recognize', 3, t0 + 400_000);
await reviewCard(db, '遴选|recognize', 4, t0 + 400_000 + 86_400_000);
const tables: Record<string, unknown[]> = {};
for (const table of db.tables) tables[table.name] = await table.toArray();
writeFileSync(
  new URL('./fixtures/v2-snapshot.json', import.meta.url),
  JSON.stringify({ version: 2, tables }, null, 1) + '\n',
);
db.close();
