/** The services the reader needs, backed by the text engine and the glossary. */
import type { TextEngine, DictEntry } from '../text';
import { formatSyllable } from '../text/tone';
import { getEntry } from '../glossary';
import { openGlossaryEntry, toneOfNumbered } from './service-helpers';
import type { ReaderDictEntry, ReaderServices, ReaderTerm } from '@/components/reader/model';

export { openGlossaryEntry, toneOfNumbered };

const toReaderEntry = (e: DictEntry): ReaderDictEntry => ({
  simplified: e.simplified,
  traditional: e.traditional,
  pinyin: e.pinyin,
  definitions: e.definitions,
  classifiers: e.classifiers,
  hsk: e.hsk,
});

export function termView(id: string): ReaderTerm | undefined {
  const entry = getEntry(id);
  if (!entry) return undefined;
  const [main, ...rest] = entry.renderings;
  return {
    id: entry.id,
    headword: entry.headword,
    pinyin: entry.pinyin,
    en: main?.en ?? '',
    alternatives: rest.map((r) => r.en),
    components: entry.components ?? [],
    gloss: entry.gloss,
    verified: entry.verified,
  };
}

export interface ServiceOptions {
  /** Opens a glossary entry (default: the glossary page through the background). */
  openTerm?: (id: string) => void;
  /** On-device paragraph translation, where the browser has it. */
  translate?: (text: string) => Promise<string>;
}

export function createReaderServices(engine: TextEngine, options: ServiceOptions = {}): ReaderServices {
  const { openTerm = openGlossaryEntry, translate } = options;
  return {
    async lookup(word) {
      const chars = [...word];
      const [entries, characters] = await Promise.all([
        engine.entriesOfWord(word),
        chars.length > 1
          ? Promise.all(
              chars.map(async (char) => ({ char, entries: (await engine.entriesOfWord(char)).map(toReaderEntry) })),
            )
          : [],
      ]);
      return { word, entries: entries.map(toReaderEntry), characters };
    },
    term: termView,
    openTerm,
    translate,
    formatSyllable: (s, style) => formatSyllable(s, style),
    toneOf: toneOfNumbered,
  };
}
