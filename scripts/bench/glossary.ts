/**
 * Glossary matcher (literal forms and the numbered-event recogniser): build time, matching time over the seed texts and over a 200,000-character
 * text made from them, against a same-run baseline (an indexOf scan per headword and variant).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildGlossaryMatcher, glossaryEntries } from '../../utils/glossary';
import { fmtMs, medianMs, ratio } from '../lib/bench-utils';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Baseline: every form searched with indexOf, all occurrences, no guards and no overlap removal. */
function naiveCount(text: string, forms: string[]): number {
  let n = 0;
  for (const f of forms) for (let i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) n++;
  return n;
}

export async function run(): Promise<void> {
  const seedsDir = path.resolve(repoRoot, '..', 'shared', 'seeds');
  const seeds = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(seedsDir, f), 'utf8'));
  const seedText = seeds.join('\n\n');
  let big = '';
  while (big.length < 200_000) big += seedText;
  big = big.slice(0, 200_000);

  const forms = glossaryEntries.flatMap((e) => [e.headword, ...e.variants]);
  const t0 = performance.now();
  const matcher = buildGlossaryMatcher();
  const firstBuild = performance.now() - t0;
  const build = await medianMs(() => buildGlossaryMatcher(), 7, 1);
  console.log(`entries ${glossaryEntries.length}, forms ${matcher.formCount}`);
  console.log(`build: ${fmtMs(build)} (first build ${fmtMs(firstBuild)})`);

  const cases: [string, string][] = [
    ...seeds.map((s, i) => [`seed ${i + 1} (${s.length} chars)`, s] as [string, string]),
    [`200,000-char text`, big],
  ];
  for (const [label, text] of cases) {
    const hits = matcher.match(text).length;
    const naiveHits = naiveCount(text, forms);
    const ours = await medianMs(() => matcher.match(text));
    const naive = await medianMs(() => naiveCount(text, forms));
    console.log(
      `${label}: match ${fmtMs(ours)} (${hits} terms) | baseline indexOf × ${forms.length} forms ${fmtMs(naive)} (${naiveHits} raw hits) | ${ratio(naive, ours)} faster`,
    );
  }
  const perMb = (await medianMs(() => matcher.match(big))) * (1_000_000 / big.length);
  console.log(`throughput: ${fmtMs(perMb)} per million characters`);
}
