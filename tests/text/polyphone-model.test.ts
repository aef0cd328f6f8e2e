/**
 * The polyphone model's parts of speech: the model file gives each reading its parts of speech
 * (from CC-CEDICT's senses), and shared weights pair them with what stands around the character,
 * so one weight reads the verb after 被 and the noun after a measure word for any character.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { engine } from './engine';
import type { TextEngine } from '../../utils/text/index';
import { PolyphoneModel, polyphoneFeatures } from '../../utils/text/polyphones';
import { readingTags } from '../../scripts/train-polyphones';

let e: TextEngine;
beforeAll(async () => {
  e = await engine();
  await e.preloadEntries();
});

/** The model's reading of the lone `ch` in `text`, with the engine's reading `base`. */
function predict(model: PolyphoneModel, text: string, ch: string, base: string): string {
  const tokens = e.annotate(text).tokens;
  const index = tokens.findIndex((t) => t.text === ch);
  expect(index, `${ch} stands alone in ${text}`).toBeGreaterThanOrEqual(0);
  const f = polyphoneFeatures(text, tokens[index].start, tokens, index, base, e.dictionary);
  return model.predict(ch, f, base);
}

describe('polyphone model: parts of speech of the readings', () => {
  it('tags each reading of a character with the parts of speech of its dictionary senses', () => {
    const feng = readingTags(e, '缝');
    expect(feng.get('feng2')).toContain('V');
    expect(feng.get('feng4')).toContain('N');
    expect(readingTags(e, '啊').get('a5')).toContain('P');
  });

  it('reads the verb after 被 and the noun after a measure word from shared weights alone', () => {
    // No weight of 缝's own: only the shared "verb after a word before verbs" and "noun after a word before nouns".
    const model = new PolyphoneModel('*\tG:VpAL 20\tG:NpNL 20\n缝\tfeng2/V feng4/N\tb ,\n');
    expect(predict(model, '衣服被缝好了。', '缝', 'feng4')).toBe('feng2');
    expect(predict(model, '墙上有一条缝。', '缝', 'feng2')).toBe('feng4');
    // Without the tags the same weights say nothing, and the engine's reading stands.
    const untagged = new PolyphoneModel('*\tG:VpAL 20\tG:NpNL 20\n缝\tfeng2 feng4\tb ,\n');
    expect(predict(untagged, '衣服被缝好了。', '缝', 'feng4')).toBe('feng4');
  });
});
