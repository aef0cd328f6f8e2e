/** Small timing helpers shared by the benchmark sections. */
import { performance } from 'node:perf_hooks';
import { availableParallelism, loadavg } from 'node:os';

/** Collects garbage between timed runs when node runs with --expose-gc (`npm run bench` does). */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/**
 * How long a timed call waits after a collection: V8 sweeps the collected heap, and recompiles code
 * a collection discarded, on background threads, which on two cores would run during the call.
 */
const SETTLE_MS = 20;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

/**
 * Median wall time in milliseconds of `runs` calls of `fn`, after `warmup` untimed calls. Each timed
 * call starts from a collected heap, so no call pays for the garbage of the one before
 * (`collectEach` false: the heap is collected once, before the first timed call, for calls that
 * leave little garbage; a full collection per call takes longer than the call on a loaded machine).
 */
export async function medianMs(fn: () => unknown, runs = 7, warmup = 2, collectEach = true): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (collectEach || i === 0) collect();
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

/** Median wall time and median CPU time (this process, user + system) of one contender, in ms. */
export interface Timing {
  wall: number;
  cpu: number;
}

/**
 * Times several contenders in turns (A B C, A B C, …) rather than one after the other, so a burst
 * of load on the shared machine falls on all of them alike; each timed call starts from a collected
 * heap, once the collection's background work is done (SETTLE_MS). Wall time is what a user waits; CPU time is this process's own work, which other processes
 * on the machine disturb far less, so ratios are also given on it.
 */
export async function interleavedMs<K extends string>(
  contenders: Record<K, () => unknown>,
  runs: number,
  warmup = 1,
): Promise<Record<K, Timing>> {
  const names = Object.keys(contenders) as K[];
  for (let i = 0; i < warmup; i++) for (const name of names) await contenders[name]();
  const wall = new Map<K, number[]>(names.map((n) => [n, []]));
  const cpu = new Map<K, number[]>(names.map((n) => [n, []]));
  for (let i = 0; i < runs; i++) {
    for (const name of names) {
      collect();
      await settle();
      const c0 = process.cpuUsage();
      const start = performance.now();
      await contenders[name]();
      const ms = performance.now() - start;
      const c = process.cpuUsage(c0);
      wall.get(name)!.push(ms);
      cpu.get(name)!.push((c.user + c.system) / 1000);
    }
  }
  const median = (a: number[]) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
  const out = {} as Record<K, Timing>;
  for (const name of names) out[name] = { wall: median(wall.get(name)!), cpu: median(cpu.get(name)!) };
  return out;
}

/** The machine's load average (1, 5, 15 minutes), as `uptime` prints it, and its core count. */
export function loadLine(): string {
  const [a, b, c] = loadavg();
  return `load average ${a.toFixed(2)}, ${b.toFixed(2)}, ${c.toFixed(2)} on ${availableParallelism()} cores`;
}
