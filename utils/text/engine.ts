/** The text engine: one dictionary, loaded once, behind annotate() and lookup(). */
import { Dictionary, type DictEntry } from './dictionary';
import { Annotator, type AnnotateOptions, type Annotation } from './annotate';
import type { AssetLoader } from './loader';

export interface LookupResult {
  /** The longest dictionary word at the position (or the single character there, when unknown). */
  word: string;
  start: number;
  end: number;
  /** All entries of `word` (empty when the dictionary does not know it). */
  entries: DictEntry[];
  /** Entries of each character of `word`, in order (code points, so surrogate pairs stay whole). */
  characters: { char: string; entries: DictEntry[] }[];
}

export class TextEngine {
  readonly annotator: Annotator;

  constructor(readonly dictionary: Dictionary) {
    this.annotator = new Annotator(dictionary);
  }

  annotate(text: string, options?: AnnotateOptions): Annotation {
    return this.annotator.annotate(text, options);
  }

  /** Loads the definitions (done automatically by lookup() and entries()). */
  preloadEntries(): Promise<void> {
    return this.dictionary.loadEntries();
  }

  /** Entries of a token's `entry` reference. */
  async entries(ref: number): Promise<DictEntry[]> {
    await this.dictionary.loadEntries();
    return this.dictionary.entriesOf(ref);
  }

  /** Entries of a headword given as text (simplified or traditional). */
  async entriesOfWord(word: string): Promise<DictEntry[]> {
    await this.dictionary.loadEntries();
    const node = this.dictionary.nodeOf(word);
    return node > 0 ? this.dictionary.entriesOf(node) : [];
  }

  async lookup(text: string, position: number): Promise<LookupResult> {
    await this.dictionary.loadEntries();
    return this.lookupLoaded(text, position);
  }

  /** Synchronous lookup once the entries are loaded (preloadEntries). */
  lookupLoaded(text: string, position: number): LookupResult {
    const empty: LookupResult = { word: '', start: position, end: position, entries: [], characters: [] };
    if (!text || position < 0 || position >= text.length || !Number.isInteger(position)) return empty;
    let start = position;
    const c = text.charCodeAt(start);
    if (c >= 0xdc00 && c <= 0xdfff && start > 0) {
      const h = text.charCodeAt(start - 1);
      if (h >= 0xd800 && h <= 0xdbff) start--;
    }
    const d = this.dictionary;
    const found = d.longestAt(text, start);
    const end = found ? found[0] : start + String.fromCodePoint(text.codePointAt(start)!).length;
    const word = text.slice(start, end);
    const entries = found ? d.entriesOf(found[1]) : [];
    const characters = [...word].map((char) => {
      const node = d.nodeOf(char);
      return { char, entries: node > 0 ? d.entriesOf(node) : [] };
    });
    return { word, start, end, entries, characters };
  }
}

const engines = new WeakMap<AssetLoader, Promise<TextEngine>>();

/** Loads the engine once per loader (later calls share the same promise). Nothing loads at import. */
export function loadTextEngine(loader: AssetLoader): Promise<TextEngine> {
  let p = engines.get(loader);
  if (!p) {
    p = Dictionary.load(loader).then((d) => new TextEngine(d));
    p.catch(() => engines.delete(loader));
    engines.set(loader, p);
  }
  return p;
}
