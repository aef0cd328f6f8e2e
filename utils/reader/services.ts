/** The services the reader needs, backed by the text engine and the glossary. */
import type { TextEngine, DictEntry } from '../text';
import { getEntry, getGlossaryMatcher } from '../glossary';
import { formatReading, openGlossaryEntry, toneOfNumbered } from './service-helpers';
import { extensionStrokes } from './stroke-files';
import { extensionCharInfo } from './char-files';
import { sendMessage } from '../messaging';
import { sentencePinyinHtml } from '../study/note-format';
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
    event: entry.event && {
      name: entry.event.name,
      dates: entry.event.adoptedOn ? `${entry.event.dates}, adopted ${entry.event.adoptedOn}` : entry.event.dates,
      adopted: [...entry.event.adopted.map((d) => d.en), ...(entry.event.fact ? [entry.event.fact] : [])],
    },
    contains: innerTerms(entry.headword),
  };
}

/** The known terms inside a headword (十四五规划 → 十四五), each with its main rendering. */
function innerTerms(headword: string): ReaderTerm['contains'] {
  const [outer] = getGlossaryMatcher().match(headword);
  const inner = (outer?.inner ?? []).flatMap((m) => {
    const e = getEntry(m.id);
    return e ? [{ id: e.id, headword: e.headword, en: e.renderings[0]?.en ?? '' }] : [];
  });
  return inner.length > 0 ? inner : undefined;
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
    strokes: extensionStrokes,
    charInfo: extensionCharInfo,
    anki: {
      ready: async () => (await sendMessage('ankiStatus')).ready,
      async add(word) {
        const sentencePinyin = word.sentence ? sentencePinyinHtml(engine, word.sentence) : '';
        return (await sendMessage('addToAnki', { ...word, sentencePinyin })).result;
      },
    },
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
    formatSyllable: formatReading,
    async describe(words) {
      const out = new Map<string, { hsk: number; gloss: string }>();
      for (const word of words) {
        const entries = await engine.entriesOfWord(word);
        let hsk = 0;
        for (const e of entries) if (e.hsk > 0 && (hsk === 0 || e.hsk < hsk)) hsk = e.hsk;
        out.set(word, { hsk, gloss: entries[0]?.definitions.slice(0, 2).join('; ') ?? '' });
      }
      return out;
    },
    toneOf: toneOfNumbered,
  };
}
