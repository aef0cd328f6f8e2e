/**
 * Table layouts of every shipped schema version. Only what is queried is indexed.
 * A new version gets a new constant here, a migration in migrations.ts and a test that upgrades a
 * stored snapshot of the previous version (tests/db/migration-*.test.ts).
 */

/** Version 1: the first shipped layout. */
export const SCHEMA_V1 = {
  // url: key. *urls: "is this URL saved?" for twins. twinKey: e-paper/portal copies. savedAt: newest
  // first. date: date filter. state: state filter. *tags: tag filter.
  articles: 'url, *urls, twinKey, savedAt, date, state, *tags',
  // Filter by term and the term overview read the compound key; url: maintenance on delete.
  encounters: '[termId+url], url',
  vocabulary: 'word, addedAt',
  cards: 'id, due',
  // ++id key; [cardId+time]: a card's history and import deduplication.
  reviewLog: '++id, [cardId+time]',
  settings: '++id, takenAt',
} as const;

/**
 * Version 2: the full-text index (table `grams`, document ids in `articles.seq`, backfilled),
 * the paper-page filter (`articles.page`), state filtering in newest-first order
 * (`[state+savedAt]` replaces `state`), normalized tags, and resumable batch-save jobs.
 */
export const SCHEMA_V2 = {
  articles: 'url, *urls, twinKey, &seq, savedAt, date, page, [state+savedAt], *tags',
  grams: '[g+b]',
  encounters: '[termId+url], url',
  vocabulary: 'word, addedAt',
  cards: 'id, due',
  reviewLog: '++id, [cardId+time]',
  settings: '++id, takenAt',
  jobs: 'id, updatedAt',
} as const;

/**
 * Version 3: sync across devices (utils/sync). `syncShadow`: per synced record, the clock stamp and
 * value hash of each field as last merged; `syncOutbox`: local changes not uploaded yet;
 * `syncFiles`: the server's files already merged; `syncMeta`: this device's id, clock and counters.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  syncShadow: 'id',
  syncOutbox: '++n',
  syncFiles: 'name',
  syncMeta: 'key',
} as const;

/**
 * Version 4: the learner's merges and splits of the segmentation (utils/overrides), key `id`
 * (scope and text), indexed by `scope` (an article's URL, or `*` for every article).
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  overrides: 'id, scope',
} as const;

export const CURRENT_SCHEMA_VERSION = 4;

export const DEFAULT_DB_NAME = 'workercn-reader';
