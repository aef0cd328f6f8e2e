/**
 * Extraction speed per page family: `extract` (site rule, fallback when needed) next to
 * Readability alone on the same parsed page, in the same run. Parse time is shown apart.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { extract } from '../../utils/site/extract';
import { parseHtml } from '../../utils/site/parse-html';
import { FIXTURES, fixtureCases, fixtureUrl } from '../update-fixtures';
import { performance } from 'node:perf_hooks';
import { fmtMs, medianMs as timedMedian, ratio } from '../lib/bench-utils';

/** Runs per figure (median of them); past the section's budget, fewer (the section stays under two minutes). */
const RUNS = 5;
const BUDGET_MS = 45_000;

export async function run(): Promise<void> {
  const byFamily = new Map<string, { parse: number; extract: number; readability: number; pages: number }>();
  const started = performance.now();
  let fewest = RUNS;
  for (const name of fixtureCases()) {
    const runs = performance.now() - started > BUDGET_MS ? 3 : RUNS;
    fewest = Math.min(fewest, runs);
    // One collection per page and contender, not per call: the calls are short and a full collection
    // of the bench's heap took most of the section's time on a loaded machine.
    const medianMs = (fn: () => unknown) => timedMedian(fn, runs, 1, false);
    const html = readFileSync(path.join(FIXTURES, name, 'source.html'), 'utf8');
    const url = fixtureUrl(name);
    const doc = parseHtml(html);
    const family = `${extract(doc, url).family}/${extract(doc, url).kind}`;
    const parse = await medianMs(() => parseHtml(html));
    const ours = await medianMs(() => extract(doc, url));
    const readability = await medianMs(() => new Readability(doc.cloneNode(true) as Document).parse());
    const row = byFamily.get(family) ?? { parse: 0, extract: 0, readability: 0, pages: 0 };
    row.parse += parse;
    row.extract += ours;
    row.readability += readability;
    row.pages++;
    byFamily.set(family, row);
  }
  console.log(
    `ms per page (median of ${fewest === RUNS ? RUNS : `${fewest}–${RUNS}`}), fixtures grouped by family/kind; Readability alone = clone + parse() on the same DOM`,
  );
  for (const [family, r] of [...byFamily].sort()) {
    const n = r.pages;
    console.log(
      `extract ${family.padEnd(22)} ${String(n).padStart(2)} page(s): ${fmtMs(r.extract / n).padStart(9)}  vs Readability alone ${fmtMs(r.readability / n).padStart(9)} (${ratio(r.extract, r.readability)})  [parse ${fmtMs(r.parse / n)}]`,
    );
  }
}
