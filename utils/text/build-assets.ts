/**
 * Turns source entries into the dictionary container (see dictionary-format.ts). Build-time only:
 * the extension never imports this module.
 */
import { pinyin as pinyinPro } from 'pinyin-pro';
import { COST_SCALE, LIST_SEP, NOT_A_WORD, encodeContainer, typedBytes, type CoreMeta } from './dictionary-format';
import { SUPPLEMENT } from './supplement';
import { transliterationChars } from './transliteration-build';
import { marksToNumbered, normalizeSyllable, numberedToMarks } from './tone';
import { CORPUS_TOTAL, MISSING_WORD_COUNT, SMOOTHING, TOKEN_PENALTY } from './costs';

export interface SourceEntry {
  traditional: string;
  simplified: string;
  pinyin: string;
  definitions: string[];
  classifiers: string[];
  variants: string[];
  source: 'cedict' | 'supplement';
}

export interface BuildSources {
  entries: SourceEntry[];
  /** HSK 1–6 level of words in the HSK lists. */
  hsk: Map<string, number>;
  /** Written-corpus word counts (simplified). */
  freq: Map<string, number>;
  /** Unihan kHanyuPinlu counts keyed by character + marked reading, e.g. "为wèi". */
  readingFreq: Map<string, number>;
  /**
   * Word probabilities of pinyin-pro's dictionary (`@pinyin-pro/data`), for headwords the corpus list
   * lacks (its segmenter split 看到, 网上, 做出): scaled to corpus counts, they rank those splits.
   */
  wordProb?: Map<string, number>;
  /** Readings of pinyin-pro's word list (`@pinyin-pro/data`), marked, space-separated. */
  wordPinyin?: Map<string, string>;
  /** The polyphone model's text (utils/text/polyphones-model.txt), stored in the core as it is. */
  polyphones?: string;
  cedictUpdated?: string;
}

/** Characters whose short words the asset lists for the context rules (verb + 为 wéi). */
export const AFFIX_CHARS = '为';

/**
 * Short words (2–3 characters) that end with a context-ruled character (评为, 誉为), with that
 * character's reading in them: from pinyin-pro's word list, then CC-CEDICT's headwords.
 */
export function affixWords(
  entries: readonly SourceEntry[],
  wordPinyin?: Map<string, string>,
): { words: string; readings: string } {
  const out = new Map<string, string>();
  const add = (w: string, syl: string[]) => {
    const cps = [...w];
    if (cps.length < 2 || cps.length > 3 || syl.length !== cps.length || !isHan(w)) return;
    for (const k of [cps.length - 1]) {
      if (!AFFIX_CHARS.includes(cps[k])) continue;
      const r = syl[k];
      if (/^[a-zü]+[1-5]$/.test(r) && !out.has(w)) out.set(w, r);
    }
  };
  for (const [w, p] of wordPinyin ?? [])
    add(
      w,
      p
        .split(' ')
        .map(marksToNumbered)
        .map((x) => normalizeSyllable(x.toLowerCase())),
    );
  for (const e of entries)
    if (e.simplified.charCodeAt(0) !== 0)
      add(
        e.simplified,
        e.pinyin.split(' ').map((x) => normalizeSyllable(x.toLowerCase())),
      );
  return { words: [...out.keys()].join(' '), readings: [...out.values()].join(' ') };
}

/** Corpus counts per unit of pinyin-pro's word probability: the median ratio over words in both lists. */
export function probScale(freq: Map<string, number>, prob: Map<string, number>): number {
  const r: number[] = [];
  for (const [w, p] of prob) {
    const f = freq.get(w);
    if (f && f > 1000 && p > 0 && [...w].length > 1) r.push(f / p);
  }
  r.sort((a, b) => a - b);
  return r.length ? r[r.length >> 1] : 0;
}

const clean = (s: string) => s.replace(/[\t\n\r\u001f]/g, ' ');
const isHan = (s: string) => /^[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3ffff}]+$/u.test(s);

function marksOf(numbered: string): string {
  return numbered.split(' ').map(numberedToMarks).join(' ').toLowerCase();
}

/** Lower is better: the preferred reading of a headword comes first. */
function entryRank(e: SourceEntry, key: string, proReading: string, readingFreq: Map<string, number>): number {
  let rank = 0;
  const marks = marksOf(e.pinyin);
  const defs = e.definitions.join('; ');
  if ([...key].length === 1) {
    const rf = readingFreq.get(key + marks.replace(/ /g, '')) ?? 0;
    rank -= Math.log(rf + 1) * 10;
  }
  if (marks === proReading) rank -= 20;
  if (
    /^(old |archaic |Japanese |obscure |erroneous |euphemistic |ancient |also written |see also )?variant of/.test(defs)
  )
    rank += 40;
  if (/^(surname|used in|\(old\)|\(archaic\)|\(dialect\)|\(Tw\))/.test(defs)) rank += 8;
  if (e.pinyin.charCodeAt(0) < 97 && e.pinyin.charCodeAt(0) >= 65) rank += 2; // proper-noun reading after common one
  return rank;
}

/**
 * Senses CC-CEDICT marks as Hong Kong, Taiwan, Singapore or Cantonese usage ("(HK, Sg) (law) to win
 * an appeal" for 得直): a headword with only such senses and no count in the word lists is rare in
 * mainland news, and must not take 得 from 累得直不起腰 as a listed word would.
 */
const REGIONAL = /^\((?:HK|Tw|Taiwan|Sg|Singapore|Cantonese|Macau)\b[^)]*\)/;
const REGIONAL_WORD_COUNT = 10;
/**
 * Loanwords ("(loanword) scooter" for 速可达) that no word list counts: rarer in news than anything
 * listed, so they must not take characters from the words around them (转速可达 is 转速 | 可 | 达,
 * "the speed can reach", not 转 | 速可达).
 */
const LOANWORD = /^\(loanword\)/;
const LOANWORD_COUNT = 1;

/** Han code point ranges of the BMP that get a reading even without a dictionary entry. */
const HAN_BMP: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/** Numbered readings (pinyin-pro's) of the BMP Han characters that no single-character headword covers. */
export function fallbackReadings(entries: readonly SourceEntry[]): { chars: string; readings: string } {
  const covered = new Set<string>();
  for (const e of entries) {
    if (!e.pinyin.trim()) continue;
    if (e.simplified.length === 1) covered.add(e.simplified);
    if (e.traditional.length === 1) covered.add(e.traditional);
  }
  let chars = '';
  const readings: string[] = [];
  for (const [from, to] of HAN_BMP) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      if (covered.has(ch)) continue;
      const p = pinyinPro(ch, { toneType: 'num', type: 'array', v: true })[0] ?? '';
      if (!/^[a-zv]+[0-4]$/.test(p)) continue;
      chars += ch;
      readings.push(p.replace(/0$/, '5').replace(/v/g, 'ü'));
    }
  }
  return { chars, readings: readings.join(' ') };
}

/**
 * Syllables that CC-CEDICT's proper nouns spell one way in a few names and the other way in most:
 * 勒 lè (希特勒, 俄勒冈: 101 names; lēi in 5, 圣赫勒拿 among them), 隆 lóng (乾隆, 喀麦隆: 50; lōng in 6,
 * 李隆基 and 瓦隆 among them). lēi "to strap" and lōng (the drum sound of 轰隆) are no name's reading.
 */
const PROPER_NOUN_SYLLABLES: Record<string, [string, string]> = { 勒: ['lei1', 'le4'], 隆: ['long1', 'long2'] };

/** `e` with its proper-noun syllables evened out (PROPER_NOUN_SYLLABLES), or `e` itself. */
export function evenProperNoun(e: SourceEntry): SourceEntry {
  const c = e.pinyin.charCodeAt(0);
  if (!(c >= 65 && c <= 90)) return e;
  const chars = [...e.simplified];
  const syl = e.pinyin.split(' ');
  if (chars.length !== syl.length) return e;
  let changed = false;
  chars.forEach((ch, i) => {
    const fix = PROPER_NOUN_SYLLABLES[ch];
    if (!fix || syl[i].toLowerCase() !== fix[0]) return;
    const upper = syl[i][0] !== syl[i][0].toLowerCase();
    syl[i] = upper ? fix[1][0].toUpperCase() + fix[1].slice(1) : fix[1];
    changed = true;
  });
  return changed ? { ...e, pinyin: syl.join(' ') } : e;
}

export function buildDictionaryBytes(src: BuildSources): { core: Uint8Array; entries: Uint8Array } {
  const entries = src.entries.map(evenProperNoun);
  const seen = new Set(entries.map((e) => `${e.simplified}\t${e.pinyin.toLowerCase()}`));
  for (const s of SUPPLEMENT) {
    if (seen.has(`${s.simplified}\t${s.pinyin.toLowerCase()}`)) continue;
    entries.push({
      traditional: s.traditional ?? s.simplified,
      simplified: s.simplified,
      pinyin: s.pinyin,
      definitions: [s.gloss],
      classifiers: [],
      variants: [],
      source: 'supplement',
    });
    src.freq.set(s.simplified, Math.max(src.freq.get(s.simplified) ?? 0, s.frequency));
  }

  const scale = src.wordProb ? probScale(src.freq, src.wordProb) : 0;
  // Headword → entry ids.
  const byKey = new Map<string, number[]>();
  entries.forEach((e, id) => {
    for (const key of e.simplified === e.traditional ? [e.simplified] : [e.simplified, e.traditional]) {
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(id);
    }
  });

  // Order each headword's entries, preferred reading first.
  const proCache = new Map<string, string>();
  for (const [key, ids] of byKey) {
    if (ids.length < 2) continue;
    const simp = entries[ids[0]].simplified;
    let pro = '';
    if (isHan(simp)) {
      // pinyin-pro's word list first (妻子 qīzi, 故事 gùshi, 买卖 mǎimai, 所长 suǒzhǎng), where its
      // pinyin() reads the characters one by one (qī zǐ); then pinyin().
      pro =
        proCache.get(simp) ??
        ([...simp].length > 1 ? src.wordPinyin?.get(simp)?.toLowerCase() : undefined) ??
        pinyinPro(simp, { toneType: 'symbol' }).toLowerCase();
      proCache.set(simp, pro);
    }
    const ranked = ids.map((id, i) => ({ id, i, r: entryRank(entries[id], key, pro, src.readingFreq) }));
    ranked.sort((a, b) => a.r - b.r || a.i - b.i);
    byKey.set(
      key,
      ranked.map((x) => x.id),
    );
  }

  // Trie over UTF-16 code units, numbered breadth-first.
  interface Node {
    kids: Map<number, Node>;
    key?: string;
    id: number;
    code: number;
  }
  const rootNode: Node = { kids: new Map(), id: 0, code: 0 };
  for (const key of byKey.keys()) {
    let n = rootNode;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let k = n.kids.get(c);
      if (!k) n.kids.set(c, (k = { kids: new Map(), id: -1, code: c }));
      n = k;
    }
    n.key = key;
  }
  const order: Node[] = [rootNode];
  for (let q = 0; q < order.length; q++) {
    const kids = [...order[q].kids.values()].sort((a, b) => a.code - b.code);
    for (const k of kids) {
      k.id = order.length;
      order.push(k);
    }
  }
  const N = order.length;
  const tcode = new Uint16Array(N);
  const tkidn = new Uint16Array(N);
  const tcost = new Uint16Array(N).fill(NOT_A_WORD);
  const tentn = new Uint8Array(N);
  const erefs: number[] = [];
  const syllables = [''];
  const sylId = new Map<string, number>([['', 0]]);
  const rsyl: number[] = [];
  for (let n = 0; n < N; n++) {
    const node = order[n];
    tcode[n] = node.code;
    if (node.kids.size > 0xffff) throw new Error('trie node with too many children');
    tkidn[n] = node.kids.size;
    if (node.key !== undefined) {
      const ids = byKey.get(node.key)!;
      if (ids.length > 255) throw new Error(`too many entries for ${node.key}`);
      tentn[n] = ids.length;
      erefs.push(...ids);
      let f = 0;
      for (const id of ids) f = Math.max(f, src.freq.get(entries[id].simplified) ?? 0);
      if (f === 0 && scale)
        for (const id of ids) f = Math.max(f, (src.wordProb!.get(entries[id].simplified) ?? 0) * scale);
      if (f === 0 && [...node.key].length > 1 && isHan(node.key)) {
        const onlySenses = (kind: RegExp) => ids.every((id) => kind.test(entries[id].definitions[0] ?? ''));
        f = onlySenses(REGIONAL) ? REGIONAL_WORD_COUNT : onlySenses(LOANWORD) ? LOANWORD_COUNT : MISSING_WORD_COUNT;
      }
      const cost = Math.log(CORPUS_TOTAL / (f + SMOOTHING)) + TOKEN_PENALTY;
      tcost[n] = Math.min(NOT_A_WORD - 1, Math.round(cost * COST_SCALE));
      const key = node.key;
      const ids2 = new Array<number>(key.length).fill(0);
      const sylls = entries[ids[0]].pinyin.split(' ').map((x) => normalizeSyllable(x.toLowerCase()));
      const cps = [...key];
      if (isHan(key) && sylls.length === cps.length && sylls.every((x) => /^[a-zü]+[1-5]$/.test(x))) {
        let at = 0;
        cps.forEach((cp, i) => {
          let id = sylId.get(sylls[i]);
          if (id === undefined) {
            id = syllables.length;
            syllables.push(sylls[i]);
            sylId.set(sylls[i], id);
          }
          ids2[at] = id;
          at += cp.length;
        });
      }
      rsyl.push(...ids2);
    }
  }
  // Renumber entries in order of first reference, so that the stored id differences are mostly 1.
  const newId = new Int32Array(entries.length).fill(-1);
  const ordered: SourceEntry[] = [];
  for (const id of erefs)
    if (newId[id] < 0) {
      newId[id] = ordered.length;
      ordered.push(entries[id]);
    }
  if (ordered.length !== entries.length) throw new Error('entry without headword');
  const erefd = new Int32Array(erefs.length);
  erefs.forEach((id, i) => (erefd[i] = newId[id] - (i ? newId[erefs[i - 1]] : 0)));

  // Entry lines.
  const enc = new TextEncoder();
  const lines: string[] = ordered.map((e) =>
    [
      e.traditional === e.simplified ? '' : e.traditional,
      e.simplified,
      e.pinyin,
      e.definitions.map(clean).join(LIST_SEP),
      e.classifiers.join(LIST_SEP),
      e.variants.join(LIST_SEP),
      String(src.hsk.get(e.simplified) ?? 0),
      e.source === 'cedict' ? '' : 's',
    ].join('\t'),
  );
  const elen = new Uint16Array(lines.length);
  const parts: Uint8Array[] = [];
  let off = 0;
  lines.forEach((line, i) => {
    const b = enc.encode(line);
    if (b.byteLength > 0xffff) throw new Error(`entry line too long: ${line.slice(0, 20)}`);
    elen[i] = b.byteLength;
    parts.push(b);
    off += b.byteLength;
  });
  const etext = new Uint8Array(off);
  off = 0;
  for (const p of parts) {
    etext.set(p, off);
    off += p.byteLength;
  }

  const meta: CoreMeta = {
    version: 2,
    entries: entries.length,
    nodes: N,
    syllables,
    sources: [
      'CC-CEDICT (CC BY-SA 4.0, MDBG)',
      'chinese-lexicon (ISC): HSK lists, BCC word frequencies, Unihan kHanyuPinlu',
      'pinyin-pro (MIT)',
      '@pinyin-pro/data (ISC): word probabilities, X为 words, reading order',
      'polyphone model trained on CPP dev (Apache-2.0)',
      'project supplement',
    ],
    cedictUpdated: src.cedictUpdated,
  };
  if (syllables.length > 0xffff) throw new Error('too many syllables');
  meta.fallback = fallbackReadings(entries);
  meta.affixes = affixWords(entries, src.wordPinyin);
  if (src.polyphones) meta.polyphones = src.polyphones;
  meta.translit = transliterationChars(entries);
  const core = encodeContainer({
    tcode: typedBytes(tcode),
    tkidn: typedBytes(tkidn),
    tcost: typedBytes(tcost),
    tentn,
    erefd: typedBytes(erefd),
    rsyl: typedBytes(Uint16Array.from(rsyl)),
    meta: enc.encode(JSON.stringify(meta)),
  });
  const entriesBytes = encodeContainer({ elen: typedBytes(elen), etext });
  return { core, entries: entriesBytes };
}
