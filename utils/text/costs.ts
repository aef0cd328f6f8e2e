/** Constants of the segmentation cost model: cost(word) = ln(CORPUS_TOTAL / (count + SMOOTHING)). */

/** Tokens in the BCC written corpus whose word counts rank the splits. */
export const CORPUS_TOTAL = 16_560_059_569;
/** Added to every count, so dictionary words the corpus list lacks still beat a run of characters. */
export const SMOOTHING = 3;
/** Cost of a character no dictionary word covers: rarer than any listed word. */
export const UNKNOWN_COST = Math.log(CORPUS_TOTAL / 0.5);
