/** A set of the space-separated words of `s` (the word lists of the reading and name rules). */
export const wordSet = (s: string): Set<string> => new Set(s.split(' '));
