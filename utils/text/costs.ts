/** Constants of the segmentation cost model: cost(word) = ln(CORPUS_TOTAL / (count + SMOOTHING)). */

/** Tokens in the BCC written corpus whose word counts rank the splits. */
export const CORPUS_TOTAL = 16_560_059_569;
/** Added to every count, so dictionary words the corpus list lacks still beat a run of characters. */
export const SMOOTHING = 3;
/**
 * Count assumed for a multi-character dictionary word the corpus list lacks (the corpus' own
 * segmenter split it, e.g. 载人), so that listed words are not broken into frequent characters.
 */
export const MISSING_WORD_COUNT = 3000;
/** Added to every token: fewer, longer words win close calls (载人|航天 over 载|人|航天). */
export const TOKEN_PENALTY = 2;
/** Cost of a character no dictionary word covers: rarer than any listed word. */
export const UNKNOWN_COST = Math.log(CORPUS_TOTAL / 0.5) + TOKEN_PENALTY;
/** Cost of a run of Chinese numerals (三十五, 二〇二四年): that of a word met about 300,000 times. */
export const NUMERAL_RUN_COST = Math.log(CORPUS_TOTAL / 300_000) + TOKEN_PENALTY;
