/**
 * The time budget of one extraction. `withBudget(ms, fn)` runs `fn` (synchronous) with a deadline;
 * every walk over the DOM calls `tick()` once per node, and past the deadline `tick()` throws
 * `ReadTimeout`, which unwinds the whole extraction. So no page (a pathological DOM, a deep nesting,
 * a trick not foreseen) holds the tab's main thread much longer than the budget.
 */

export class ReadTimeout extends Error {
  constructor(readonly budgetMs: number) {
    super(`the page could not be read within ${budgetMs} ms`);
    this.name = 'ReadTimeout';
  }
}

const now = typeof performance !== 'undefined' ? () => performance.now() : () => Date.now();

let deadline = Infinity;
let budgetMs = 0;
let ticks = 0;

/** Checks the clock every this many ticks (a clock read costs more than a node). */
const EVERY = 256;

export function withBudget<T>(ms: number, fn: () => T): T {
  const outer = { deadline, budgetMs };
  const own = now() + ms;
  if (own < deadline) {
    deadline = own;
    budgetMs = ms;
  }
  try {
    return fn();
  } finally {
    deadline = outer.deadline;
    budgetMs = outer.budgetMs;
  }
}

/** One unit of work done; throws `ReadTimeout` once the budget is spent. */
export function tick(): void {
  if (++ticks % EVERY === 0 && deadline !== Infinity && now() > deadline) throw new ReadTimeout(budgetMs);
}

/** Throws `ReadTimeout` now if the budget is spent (between steps, before a costly call). */
export function checkBudget(): void {
  if (deadline !== Infinity && now() > deadline) throw new ReadTimeout(budgetMs);
}

/** Milliseconds left (Infinity when no budget is running). */
export function remaining(): number {
  return deadline === Infinity ? Infinity : deadline - now();
}
