/**
 * Public API of the Chinese text engine.
 *
 *   const engine = await loadTextEngine(loader);           // extensionLoader or createNodeLoader(dir)
 *   engine.annotate(text, { tones, sandhi, terms })  → { tokens, terms }
 *   await engine.lookup(text, position)              → { word, entries, characters }
 *   await engine.entries(token.entry)                → DictEntry[]
 */
export { loadTextEngine, TextEngine, type LookupResult } from './engine';
export type { Token, Annotation, AnnotateOptions, PinyinOptions } from './annotate';
export type { TokenKind } from './segment';
export type { NameMemory } from './names';
export type { DictEntry } from './dictionary';
export type { AssetLoader } from './loader';
export type { TermMatcher, TermSpan } from './terms';
export type { ToneStyle } from './tone';
export { numberedToMarks, formatSyllable } from './tone';
export { CORE_FILE, ENTRIES_FILE } from './dictionary-format';
