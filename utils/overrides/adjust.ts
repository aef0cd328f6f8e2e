/** The annotator's hook (`AnnotateOptions.adjust`) for the overrides that apply to one article. */
import type { TextEngine } from '../text';
import type { AnnotateOptions } from '../text/annotate';
import { applyOverrides, isEmpty, type EffectiveOverrides } from './model';

/** The `adjust` option that applies `overrides` with the engine's dictionary; undefined when there are none. */
export function overrideAdjuster(engine: TextEngine, overrides?: EffectiveOverrides): AnnotateOptions['adjust'] {
  if (!overrides || isEmpty(overrides)) return undefined;
  const nodeOf = (word: string) => engine.dictionary.nodeOf(word);
  return (tokens, text) => applyOverrides(tokens, text, overrides, nodeOf);
}
