/**
 * The bundled dictionary: a trie of every simplified and traditional CC-CEDICT headword (plus the
 * supplement), each with a split cost, a preferred reading and its entries. The core loads once; the
 * entries load once, on first use.
 */
import {
  CORE_FILE,
  ENTRIES_FILE,
  EntryField,
  LIST_SEP,
  NOT_A_WORD,
  decodeCore,
  decodeEntries,
  type CoreData,
  type EntriesData,
} from './dictionary-format';
import type { AssetLoader } from './loader';

export interface DictEntry {
  /** Entry id (stable within one build of the assets). */
  id: number;
  simplified: string;
  traditional: string;
  /** CC-CEDICT numbered pinyin, e.g. "Wu2 zhong1 Shi4". */
  pinyin: string;
  definitions: string[];
  /** Measure words, as "個|个[ge4]". */
  classifiers: string[];
  /** Variant forms this entry refers to, as "為|为[wei2]". */
  variants: string[];
  /** HSK 1–6 level of the word, 0 when it is not in the HSK lists. */
  hsk: number;
  source: 'cedict' | 'supplement';
}

export class Dictionary {
  readonly core: CoreData;
  /** Root child per BMP code unit (−1: none). */
  readonly rootIndex: Int32Array;
  private entriesData: EntriesData | null = null;
  private entriesPromise: Promise<void> | null = null;
  private readonly entryCache = new Map<number, DictEntry>();
  private readonly readingCache = new Map<number, string[] | null>();
  private readonly decoder = new TextDecoder();

  constructor(
    core: CoreData,
    private readonly loader?: AssetLoader,
  ) {
    this.core = core;
    this.rootIndex = new Int32Array(65536).fill(-1);
    const { tkids, tcode } = core;
    for (let c = tkids[0]; c < tkids[1]; c++) this.rootIndex[tcode[c]] = c;
  }

  static async load(loader: AssetLoader): Promise<Dictionary> {
    return new Dictionary(decodeCore(await loader(CORE_FILE)), loader);
  }

  get nodeCount(): number {
    return this.core.tcode.length;
  }

  /** Child of `node` along code unit `code`, or −1. */
  child(node: number, code: number): number {
    if (node === 0) return this.rootIndex[code];
    const { tkids, tcode } = this.core;
    let lo = tkids[node];
    let hi = tkids[node + 1] - 1;
    if (hi - lo < 8) {
      for (let c = lo; c <= hi; c++) if (tcode[c] === code) return c;
      return -1;
    }
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = tcode[mid];
      if (v === code) return mid;
      if (v < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  isWord(node: number): boolean {
    return node >= 0 && this.core.tcost[node] !== NOT_A_WORD;
  }

  /** Trie node of the headword `word`, or −1 when it is not a headword. */
  nodeOf(word: string): number {
    let node = 0;
    for (let i = 0; i < word.length && node >= 0; i++) node = this.child(node, word.charCodeAt(i));
    return node > 0 && this.isWord(node) ? node : -1;
  }

  /** The longest headword starting at `start`: [end, node], or null. */
  longestAt(text: string, start: number): [number, number] | null {
    let node = 0;
    let found: [number, number] | null = null;
    for (let j = start; j < text.length; j++) {
      node = this.child(node, text.charCodeAt(j));
      if (node < 0) break;
      const next = text.charCodeAt(j + 1);
      const splitsPair = next >= 0xdc00 && next <= 0xdfff;
      if (this.isWord(node) && !splitsPair) found = [j + 1, node];
    }
    return found;
  }

  /**
   * Preferred reading of the headword at `node` (`length` code units long): numbered syllables, one per UTF-16 code unit ("" for
   * low surrogates and characters without an aligned syllable), or null when nothing aligns.
   */
  readingOf(node: number, length: number): string[] | null {
    let r = this.readingCache.get(node);
    if (r !== undefined) return r;
    r = null;
    if (this.isWord(node)) {
      const { roff, rsyl, meta } = this.core;
      const len = length;
      const out: string[] = [];
      let any = false;
      for (let i = 0; i < len; i++) {
        const s = meta.syllables[rsyl[roff[node] + i]];
        if (s) any = true;
        out.push(s);
      }
      if (any) r = out;
    }
    this.readingCache.set(node, r);
    return r;
  }

  /**
   * Numbered syllable `i` (UTF-16 offset) of the headword at word node `node` ("" when none
   * aligns there): readingOf(node, depth)[i] without building the array.
   */
  syllableAt(node: number, i: number): string {
    const { roff, rsyl, meta } = this.core;
    return meta.syllables[rsyl[roff[node] + i]];
  }

  private fallback: Map<string, string> | null = null;

  /** Numbered reading of a Han character no headword covers (built from the asset once), or ''. */
  fallbackReading(ch: string): string {
    if (!this.fallback) {
      this.fallback = new Map();
      const data = this.core.meta.fallback;
      if (data) {
        const readings = data.readings.split(' ');
        for (let i = 0; i < data.chars.length; i++) this.fallback.set(data.chars[i], readings[i]);
      }
    }
    return this.fallback.get(ch) ?? '';
  }

  private affixMap: Map<string, string> | null = null;

  /** Numbered reading of the context-ruled character in the short word `word` (评为 → wei2), or ''. */
  affixReading(word: string): string {
    if (!this.affixMap) {
      this.affixMap = new Map();
      const a = this.core.meta.affixes;
      if (a) {
        const w = a.words.split(' ');
        const r = a.readings.split(' ');
        for (let i = 0; i < w.length; i++) this.affixMap.set(w[i], r[i]);
      }
    }
    return this.affixMap.get(word) ?? '';
  }

  /** Entry ids of the headword at `node`, preferred reading first. */
  entryIds(node: number): number[] {
    const { tent, erefs } = this.core;
    const ids: number[] = [];
    if (node <= 0) return ids;
    for (let i = tent[node]; i < tent[node + 1]; i++) ids.push(erefs[i]);
    return ids;
  }

  /** Bytes held for the entries (0 until loaded). */
  get entriesBytes(): number {
    const d = this.entriesData;
    return d ? d.etext.byteLength + d.eoff.byteLength : 0;
  }

  get entriesLoaded(): boolean {
    return this.entriesData !== null;
  }

  /** Loads the entries (definitions etc.) once. */
  loadEntries(): Promise<void> {
    if (this.entriesData) return Promise.resolve();
    if (!this.entriesPromise) {
      if (!this.loader) return Promise.reject(new Error('no loader for the dictionary entries'));
      this.entriesPromise = this.loader(ENTRIES_FILE).then((bytes) => {
        this.entriesData = decodeEntries(bytes);
      });
      this.entriesPromise.catch(() => (this.entriesPromise = null));
    }
    return this.entriesPromise;
  }

  /** Provides the entries directly (e.g. from bytes already in memory). */
  setEntries(bytes: Uint8Array | ArrayBuffer): void {
    this.entriesData = decodeEntries(bytes);
  }

  /** Entry `id`; the entries must be loaded (loadEntries). */
  entry(id: number): DictEntry {
    const cached = this.entryCache.get(id);
    if (cached) return cached;
    const data = this.entriesData;
    if (!data) throw new Error('dictionary entries are not loaded yet: await loadEntries() first');
    const line = this.decoder.decode(data.etext.subarray(data.eoff[id], data.eoff[id + 1]));
    const f = line.split('\t');
    const list = (s: string) => (s ? s.split(LIST_SEP) : []);
    const e: DictEntry = {
      id,
      simplified: f[EntryField.Simplified],
      traditional: f[EntryField.Traditional] || f[EntryField.Simplified],
      pinyin: f[EntryField.Pinyin],
      definitions: list(f[EntryField.Definitions]),
      classifiers: list(f[EntryField.Classifiers]),
      variants: list(f[EntryField.Variants]),
      hsk: Number(f[EntryField.Hsk]) || 0,
      source: f[EntryField.Source] === 's' ? 'supplement' : 'cedict',
    };
    this.entryCache.set(id, e);
    return e;
  }

  /** All entries of the headword at `node` (entries must be loaded). */
  entriesOf(node: number): DictEntry[] {
    return this.entryIds(node).map((id) => this.entry(id));
  }
}
