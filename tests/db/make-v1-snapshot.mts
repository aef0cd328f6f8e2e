// Writes tests/db/fixtures/v1-snapshot.json: the tables of a version-1 library as version 1 stored
// them (no seq, no page, tags as typed). Run once: node --import tsx tests/db/make-v1-snapshot.mts
import { writeFileSync } from 'node:fs';
import { toStoredArticle } from '../../utils/db/records';
import { seedArticles } from '../library/seed-articles';

const picks = [0, 3, 5, 11].map((i) => seedArticles()[i]);
const rawTags = [[' 工会 ', '工会', 'Union', 'union '], [], ['工匠　精神'], ['学习']];
const articles = picks.map((input, i) => {
  const { seq: _seq, page: _page, ...v1 } = toStoredArticle(input, 1_650_000_000_000 + i * 60_000);
  return { ...v1, tags: rawTags[i], state: i === 1 ? 'reading' : 'unread', progress: i === 1 ? 0.25 : 0 };
});
const encounters = articles.flatMap((a) =>
  a.terms.map((t) => ({ termId: t.id, url: a.url, term: t.term, en: t.en, count: t.count })),
);
const snapshot = {
  version: 1,
  tables: {
    articles,
    encounters,
    vocabulary: [
      {
        word: '遴选',
        pinyin: 'lín xuǎn',
        definition: 'to select',
        sentence: '择优遴选社会评价组织',
        articleUrl: articles[0].url,
        contexts: [],
        addedAt: 1_650_000_100_000,
        updatedAt: 1_650_000_100_000,
        known: false,
      },
    ],
    cards: [
      {
        id: '遴选',
        phase: 'learning',
        due: 1_650_100_000_000,
        stability: 1,
        difficulty: 5,
        reps: 1,
        lapses: 0,
        lastReview: 1_650_000_200_000,
      },
    ],
    reviewLog: [
      {
        id: 1,
        cardId: '遴选',
        time: 1_650_000_200_000,
        rating: 3,
        before: { phase: 'new', due: 1_650_000_100_000, stability: 0, difficulty: 0, reps: 0, lapses: 0 },
      },
    ],
    settings: [{ id: 1, takenAt: 1_650_000_000_000, version: 1, settings: { pinyin: 'all', fontSize: 18 } }],
  },
};
writeFileSync(new URL('./fixtures/v1-snapshot.json', import.meta.url), JSON.stringify(snapshot, null, 1) + '\n');
