/**
 * Text engine benchmark: annotate (warm, median) and cold start on the seed texts (≈12,000 characters)
 * and on a 200,000-character text made from them, next to baselines measured in the same run:
 * pinyin-pro `pinyin(text)`, pinyin-pro `segment()`, Intl.Segmenter + pinyin-pro. Plus the
 * dictionary's size on disk and in memory. The contenders are timed in turns so load on the shared
 * machine falls on all alike; wall and CPU medians are both printed, with the load average.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { pinyin, segment } from 'pinyin-pro';
import { fmtMs, interleavedMs, loadLine, medianMs, ratio, type Timing } from '../lib/bench-utils';
import { ensureDictionary } from '../build-dict';
import { createNodeLoader } from '../../utils/text/load-node';
import { Dictionary } from '../../utils/text/dictionary';
import { TextEngine } from '../../utils/text/engine';
import { CORE_FILE, ENTRIES_FILE } from '../../utils/text/dictionary-format';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..');

function seedText(): string {
  const dir = path.join(root, '../shared/seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

/** "59.2 ms (CPU 41.0 ms)": a contender's wall and CPU medians. */
const both = (t: Timing) => `${fmtMs(t.wall)} (CPU ${fmtMs(t.cpu)})`;
/** "2.76× (CPU 1.02×)": a ratio on wall time and on CPU time. */
const ratios = (a: Timing, b: Timing) => `${ratio(a.wall, b.wall)} (CPU ${ratio(a.cpu, b.cpu)})`;

export async function run(): Promise<void> {
  console.log('annotate, pinyin() and segment() are timed in turns (same load): wall and CPU medians');
  const dir = await ensureDictionary();
  const loader = createNodeLoader(dir);
  const seeds = seedText();
  let big = '';
  while (big.length < 200_000) big += seeds;
  big = big.slice(0, 200_000);

  // Cold start: read + gunzip + decode the core (what annotate needs), then the entries (first lookup).
  const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const coldCore: number[] = [];
  const coldEngine: number[] = [];
  const coldEntries: number[] = [];
  let dict!: Dictionary;
  let engine!: TextEngine;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    dict = await Dictionary.load(loader);
    coldCore.push(performance.now() - t0);
    const te = performance.now();
    engine = new TextEngine(dict);
    coldEngine.push(performance.now() - te);
    const t1 = performance.now();
    await dict.loadEntries();
    coldEntries.push(performance.now() - t1);
  }
  const med = (a: number[]) => a.slice().sort((x, y) => x - y)[a.length >> 1];
  const heapAfter = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const firstStart = performance.now();
  engine.annotate(seeds);
  const first = performance.now() - firstStart;

  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const intl = (t: string) => {
    const out: string[] = [];
    for (const s of segmenter.segment(t)) out.push(pinyin(s.segment));
    return out;
  };

  // First call in this process (ICU's segmentation data loads then), next to the engine's own
  // first annotate after its cold start.
  const coldStart = performance.now();
  intl(seeds);
  const intlCold = performance.now() - coldStart;
  const engineCold = med(coldCore) + med(coldEngine) + first;
  console.log(
    `seeds, first call in this process: Intl.Segmenter + pinyin-pro ${fmtMs(intlCold)}; the engine's cold start + first annotate ${fmtMs(engineCold)} (${ratio(intlCold, engineCold)} faster)`,
  );

  // Same warm-up for every contender, timed in turns. Intl.Segmenter is measured on the seeds in
  // full; on 200k characters one call takes minutes, so it is measured on slices and scaled (intlScaled).
  const annotateMs: Record<string, Timing> = {};
  const pinyinMs: Record<string, Timing> = {};
  for (const [name, text, runs, warmup] of [
    ['seeds', seeds, 31, 10],
    ['200k', big, 5, 1],
  ] as const) {
    const t = await interleavedMs(
      { ours: () => engine.annotate(text), bare: () => pinyin(text), seg: () => segment(text) },
      runs,
      warmup,
    );
    let intlMs: number;
    let intlNote = '';
    if (text.length <= seeds.length) {
      intlMs = await medianMs(() => intl(text), 5, 1);
    } else {
      const scaled = await intlScaled(intl, text);
      intlMs = scaled.ms;
      intlNote = ` (scaled: ${scaled.note})`;
    }
    console.log(`${name} (${text.length} chars), median of ${runs}:`);
    console.log(`  annotate (segment + pinyin + dictionary refs), warm: ${both(t.ours)}`);
    console.log(
      `  pinyin-pro pinyin(text):                 ${both(t.bare)}   annotate/pinyin = ${ratios(t.ours, t.bare)} (target ≤ 1.5×)`,
    );
    console.log(
      `  pinyin-pro segment(text):                ${both(t.seg)}   annotate/segment = ${ratios(t.ours, t.seg)}`,
    );
    console.log(
      `  Intl.Segmenter + pinyin-pro:             ${fmtMs(intlMs)}   Intl/annotate = ${ratio(intlMs, t.ours.wall)} (target ≥ 20×)${intlNote}`,
    );
    if (name === 'seeds') {
      // The same two calls back to back in blocks of 100 (no collection in between, three blocks
      // each, alternating): what a reader annotating paragraph after paragraph sees.
      // CPU time per call too: a burst of load from elsewhere on the machine lengthens a block's wall
      // time but not this process's CPU time.
      const blocks = { ours: [] as number[], bare: [] as number[] };
      const cpuBlocks = { ours: [] as number[], bare: [] as number[] };
      for (let b = 0; b < 3; b++)
        for (const [k, f] of [
          ['ours', () => engine.annotate(text)],
          ['bare', () => pinyin(text)],
        ] as const) {
          const c0 = process.cpuUsage();
          const start = performance.now();
          for (let i = 0; i < 100; i++) f();
          blocks[k].push((performance.now() - start) / 100);
          const c = process.cpuUsage(c0);
          cpuBlocks[k].push((c.user + c.system) / 1000 / 100);
        }
      const mid = (a: number[]) => a.slice().sort((x, y) => x - y)[1];
      console.log(
        `  back to back, 100 calls per block:      annotate ${fmtMs(mid(blocks.ours))} (CPU ${fmtMs(mid(cpuBlocks.ours))}), pinyin() ${fmtMs(mid(blocks.bare))} (CPU ${fmtMs(mid(cpuBlocks.bare))})   annotate/pinyin = ${ratio(mid(blocks.ours), mid(blocks.bare))} (CPU ${ratio(mid(cpuBlocks.ours), mid(cpuBlocks.bare))})`,
      );
    }
    annotateMs[name] = t.ours;
    pinyinMs[name] = t.bare;
  }
  console.log(
    `growth 200k/seeds for ${ratio(big.length, seeds.length)} the text: annotate ${ratios(annotateMs['200k'], annotateMs.seeds)} ` +
      `(target ≈ linear, ≤ 17×); pinyin-pro pinyin() in the same run ${ratios(pinyinMs['200k'], pinyinMs.seeds)}`,
  );
  console.log(
    `cold start: core ${fmtMs(med(coldCore))} + engine ${fmtMs(med(coldEngine))} (annotate ready; target < 150 ms), entries ${fmtMs(med(coldEntries))} (on first lookup), first annotate of the seeds ${fmtMs(first)}`,
  );
  const size = (f: string) => statSync(path.join(dir, f)).size;
  const disk = size(CORE_FILE) + size(ENTRIES_FILE);
  console.log(
    `dictionary on disk: ${(disk / 1e6).toFixed(2)} MB (${CORE_FILE} ${(size(CORE_FILE) / 1e6).toFixed(2)} MB + ${ENTRIES_FILE} ${(size(ENTRIES_FILE) / 1e6).toFixed(2)} MB; target ≤ 8 MB)`,
  );
  const c = dict.core;
  const typed =
    [c.tcode, c.tkids, c.tcost, c.tent, c.erefs, c.roff, c.rsyl].reduce((s, a) => s + a.byteLength, 0) +
    dict.rootIndex.byteLength;
  console.log(
    `dictionary in memory: core ${(typed / 1e6).toFixed(1)} MB (typed arrays), entries ${(dict.entriesBytes / 1e6).toFixed(1)} MB (raw bytes, each entry decoded on demand); heap + buffers grew ${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB over 5 loads`,
  );
  console.log(`${loadLine()} at the end`);
}

/** Longest time one Intl.Segmenter call may take in this bench before the slices stop growing. */
const INTL_CALL_CAP_MS = 10_000;

/**
 * Intl.Segmenter + pinyin-pro on `text`, estimated from its slices: slices of 2,500, 5,000, 10,000 …
 * characters (median of 3 each, stopping once a call passes INTL_CALL_CAP_MS or the slices reach
 * 20,000 characters), and the largest slice's time scaled linearly to the whole length. Its growth
 * from one slice size to the next is printed, so a cost that grows faster than the text shows (the
 * linear figure is then a lower bound).
 */
async function intlScaled(intl: (t: string) => unknown, text: string): Promise<{ ms: number; note: string }> {
  const steps: { chars: number; ms: number }[] = [];
  for (let chars = 2500; chars <= Math.min(20_000, text.length); chars *= 2) {
    const ms = await medianMs(() => intl(text.slice(0, chars)), 3, 0);
    steps.push({ chars, ms });
    if (ms > INTL_CALL_CAP_MS / 2) break;
  }
  const last = steps[steps.length - 1];
  const growth = steps
    .slice(1)
    .map((s, i) => `${ratio(s.ms, steps[i].ms)} for 2× the text`)
    .join(', ');
  return {
    ms: (last.ms * text.length) / last.chars,
    note: `${fmtMs(last.ms)} on the first ${last.chars} chars × ${(text.length / last.chars).toFixed(0)}, linear; growth per doubling ${growth}; a lower bound if that is above 2×`,
  };
}
