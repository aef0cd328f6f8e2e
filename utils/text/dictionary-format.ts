/**
 * The dictionary asset format, shared by the builder (build-assets.ts) and the loader (dictionary.ts).
 *
 * Two gzip-compressed containers in public/dict/:
 * - `core.bin.gz`: what annotation needs (trie, split costs, preferred readings). Loaded once when the
 *   engine starts.
 * - `entries.bin.gz`: the full entries (definitions, measure words, variants, HSK). Loaded once, on the
 *   first lookup, so a reader who never clicks a word never pays for it.
 *
 * A container is: magic "WCD2", u32 section count, then per section an 8-byte ASCII name, u32 byte
 * offset and u32 byte length, then the 4-byte aligned section bytes, used in place as typed arrays.
 * Counts and differences are stored instead of offsets because they compress far better; the loader
 * turns them into offsets with prefix sums (about a million additions).
 *
 * core sections:
 * - `tcode` Uint16Array[N]  UTF-16 code unit on the edge into trie node n (node 0 is the root).
 * - `tkidn` Uint16Array[N]  number of children of node n. Nodes are numbered breadth-first, so the
 *                           children of n are one contiguous range, sorted by code unit.
 * - `tcost` Uint16Array[N]  split cost of the headword ending at node n (−ln p × COST_SCALE), or
 *                           NOT_A_WORD when no headword ends there.
 * - `tentn` Uint8Array[N]   number of entries of the headword ending at node n.
 * - `erefd` Int32Array      entry ids of all headwords, node by node, preferred reading first, stored
 *                           as differences from the previous id.
 * - `rsyl`  Uint16Array     preferred reading of every headword, node by node, one syllable id per
 *                           UTF-16 code unit of the headword (0: none, e.g. low surrogates, Latin letters,
 *                           or readings that do not align with the characters).
 * - `meta`  UTF-8 JSON      CoreMeta (counts, sources, the syllable table).
 * entries sections:
 * - `elen`  Uint16Array[E]  byte length of each entry line.
 * - `etext` UTF-8           the entry lines in id order, fields separated by TAB (see EntryField).
 */
export const MAGIC = 'WCD2';
export const CORE_FILE = 'core.bin.gz';
export const ENTRIES_FILE = 'entries.bin.gz';
export const COST_SCALE = 256;
export const NOT_A_WORD = 0xffff;
/** Separator of list items inside one entry field. */
export const LIST_SEP = '\u001f';

/** Fields of an entry line. An empty traditional field means "same as simplified". */
export const EntryField = {
  Traditional: 0,
  Simplified: 1,
  Pinyin: 2,
  Definitions: 3,
  Classifiers: 4,
  Variants: 5,
  Hsk: 6,
  Source: 7,
} as const;

export interface CoreMeta {
  version: 2;
  entries: number;
  nodes: number;
  /** Numbered, lowercase pinyin syllables; `rsyl` ids index this table (id 0 is ""). */
  syllables: string[];
  sources: string[];
  cedictUpdated?: string;
  /**
   * Readings of the Han characters (BMP) that no headword covers, taken from pinyin-pro at build
   * time so the extension does not carry it: `chars[i]` reads `readings.split(' ')[i]` (numbered).
   */
  fallback?: { chars: string; readings: string };
  /**
   * Two- and three-character words ending in a context-ruled character (评为, 化为, 誉为), from
   * pinyin-pro's word list and CC-CEDICT: `words` space-separated, `readings` the numbered reading
   * of the ruled character in each, same order. Lets the rules ask "is verb + 为 a word read wéi?"
   * without shipping the words as headwords.
   */
  affixes?: { words: string; readings: string };
  /** The learned polyphone model (utils/text/polyphones.ts), as text; absent in older assets. */
  polyphones?: string;
  /**
   * The transliteration character class (utils/text/transliteration.ts): `chars[i]` is in
   * `scores[i]` tenths of its headwords a foreign name, read `readings` word i there; absent in
   * older assets.
   */
  translit?: { chars: string; scores: string; readings: string };
}

export function encodeContainer(sections: Record<string, Uint8Array>): Uint8Array {
  const names = Object.keys(sections);
  let offset = 8 + names.length * 16;
  const placed: { name: string; offset: number; bytes: Uint8Array }[] = [];
  for (const name of names) {
    offset = (offset + 3) & ~3;
    placed.push({ name, offset, bytes: sections[name] });
    offset += sections[name].byteLength;
  }
  const out = new Uint8Array(offset);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[i] = MAGIC.charCodeAt(i);
  view.setUint32(4, names.length, true);
  placed.forEach((s, i) => {
    const at = 8 + i * 16;
    for (let k = 0; k < 8; k++) out[at + k] = k < s.name.length ? s.name.charCodeAt(k) : 0;
    view.setUint32(at + 8, s.offset, true);
    view.setUint32(at + 12, s.bytes.byteLength, true);
    out.set(s.bytes, s.offset);
  });
  return out;
}

/** The named sections of a container, as byte views (copied once if the buffer is not aligned). */
export function decodeContainer(input: ArrayBuffer | Uint8Array, required: string[]): Record<string, Uint8Array> {
  let bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (magic !== MAGIC) throw new Error(`not a dictionary asset (magic ${JSON.stringify(magic)})`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(4, true);
  const raw: Record<string, Uint8Array> = {};
  for (let i = 0; i < count; i++) {
    const at = 8 + i * 16;
    let name = '';
    for (let k = 0; k < 8 && bytes[at + k] !== 0; k++) name += String.fromCharCode(bytes[at + k]);
    const off = view.getUint32(at + 8, true);
    raw[name] = bytes.subarray(off, off + view.getUint32(at + 12, true));
  }
  for (const name of required) if (!raw[name]) throw new Error(`dictionary asset lacks section ${name}`);
  return raw;
}

export const u16 = (b: Uint8Array) => new Uint16Array(b.buffer, b.byteOffset, b.byteLength >> 1);
export const i32 = (b: Uint8Array) => new Int32Array(b.buffer, b.byteOffset, b.byteLength >> 2);

export function typedBytes(a: Uint8Array | Uint16Array | Uint32Array | Int32Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

/** The core, with offsets rebuilt (decodeCore). */
export interface CoreData {
  tcode: Uint16Array;
  /** Children of node n: tkids[n] .. tkids[n+1]-1. */
  tkids: Uint32Array;
  tcost: Uint16Array;
  /** Entries of the headword at node n: erefs[tent[n] .. tent[n+1]-1]. */
  tent: Uint32Array;
  erefs: Uint32Array;
  /** Reading of the headword at node n: rsyl[roff[n] .. roff[n] + depth(n)). */
  roff: Uint32Array;
  rsyl: Uint16Array;
  meta: CoreMeta;
}

/**
 * The core, with offsets rebuilt. The entry references (tent, erefs) are only read by lookups, so
 * their offsets are rebuilt on first use rather than at start-up.
 */
export function decodeCore(input: ArrayBuffer | Uint8Array): CoreData {
  const raw = decodeContainer(input, ['tcode', 'tkidn', 'tcost', 'tentn', 'erefd', 'rsyl', 'meta']);
  const tcode = u16(raw.tcode);
  const tcost = u16(raw.tcost);
  const { tkids, roff } = trieOffsets(u16(raw.tkidn), tcost);
  let refs: { tent: Uint32Array; erefs: Uint32Array } | null = null;
  const entryRefs = () => (refs ??= entryOffsets(raw.tentn, i32(raw.erefd)));
  return {
    tcode,
    tkids,
    tcost,
    get tent() {
      return entryRefs().tent;
    },
    get erefs() {
      return entryRefs().erefs;
    },
    roff,
    rsyl: u16(raw.rsyl),
    meta: JSON.parse(new TextDecoder().decode(raw.meta)) as CoreMeta,
  };
}

/** First child of every node (tkids) and where each headword's reading starts (roff). */
function trieOffsets(kidn: Uint16Array, tcost: Uint16Array): { tkids: Uint32Array; roff: Uint32Array } {
  const N = kidn.length;
  const tkids = new Uint32Array(N + 1);
  const roff = new Uint32Array(N);
  const depth = new Uint8Array(N);
  let k = 1;
  let r = 0;
  for (let n = 0; n < N; n++) {
    tkids[n] = k;
    const d = depth[n] + 1;
    const end = k + kidn[n];
    for (let c = k; c < end; c++) depth[c] = d;
    k = end;
    if (tcost[n] !== NOT_A_WORD) {
      roff[n] = r;
      r += depth[n];
    }
  }
  tkids[N] = k;
  return { tkids, roff };
}

/** Where each node's entry ids start (tent) and the ids themselves (erefs, from their differences). */
function entryOffsets(entn: Uint8Array, d: Int32Array): { tent: Uint32Array; erefs: Uint32Array } {
  const N = entn.length;
  const tent = new Uint32Array(N + 1);
  let e = 0;
  for (let n = 0; n < N; n++) {
    tent[n] = e;
    e += entn[n];
  }
  tent[N] = e;
  const erefs = new Uint32Array(d.length);
  let acc = 0;
  for (let i = 0; i < d.length; i++) erefs[i] = acc += d[i];
  return { tent, erefs };
}

export interface EntriesData {
  /** Entry e's line is etext[eoff[e] .. eoff[e+1]). */
  eoff: Uint32Array;
  etext: Uint8Array;
}

export function decodeEntries(input: ArrayBuffer | Uint8Array): EntriesData {
  const raw = decodeContainer(input, ['elen', 'etext']);
  const len = u16(raw.elen);
  const eoff = new Uint32Array(len.length + 1);
  let o = 0;
  for (let i = 0; i < len.length; i++) {
    eoff[i] = o;
    o += len[i];
  }
  eoff[len.length] = o;
  return { eoff, etext: raw.etext };
}
