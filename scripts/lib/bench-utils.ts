/** Small timing helpers shared by the benchmark sections. */
import { performance } from 'node:perf_hooks';

/** Collects garbage between timed runs when node runs with --expose-gc (`npm run bench` does). */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/**
 * Median wall time in milliseconds of `runs` calls of `fn`, after `warmup` untimed calls. Each timed
 * call starts from a collected heap, so no call pays for the garbage of the one before.
 */
export async function medianMs(fn: () => unknown, runs = 7, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export function fmtMs(ms: number): string {
  return ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`;
}

export function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(2)}×`;
}
