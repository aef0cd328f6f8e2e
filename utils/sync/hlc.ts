/**
 * Hybrid logical clock: a stamp is the wall-clock milliseconds of the latest event this device
 * knows of (its own or received) and a counter for events within that millisecond. Stamps only
 * grow on a device, and a device that receives a stamp ahead of its own clock moves past it, so an
 * edit made after seeing another is always stamped later, however wrong the wall clocks are.
 *
 * Encoded as a fixed-width string (`000001733100000000.0000`) so that stamps compare as strings.
 */

export type Hlc = string;

export interface HlcParts {
  /** Milliseconds since the epoch. */
  wall: number;
  counter: number;
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 6;
const PATTERN = /^\d{15}\.\d{6}$/;

export const HLC_ZERO: Hlc = encodeHlc({ wall: 0, counter: 0 });

export function encodeHlc({ wall, counter }: HlcParts): Hlc {
  return `${String(Math.max(0, Math.floor(wall))).padStart(WALL_DIGITS, '0')}.${String(counter).padStart(COUNTER_DIGITS, '0')}`;
}

export function isHlc(value: unknown): value is Hlc {
  return typeof value === 'string' && PATTERN.test(value);
}

export function decodeHlc(stamp: Hlc): HlcParts {
  if (!isHlc(stamp)) throw new Error(`not a clock stamp: ${String(stamp)}`);
  const [wall, counter] = stamp.split('.');
  return { wall: Number(wall), counter: Number(counter) };
}

/** Stamps compare as strings; the larger is later. */
export function compareHlc(a: Hlc, b: Hlc): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The clock of one device. `last` is persisted between syncs. */
export class HybridClock {
  constructor(
    private last: Hlc = HLC_ZERO,
    private readonly wallClock: () => number = Date.now,
  ) {}

  /** The latest stamp issued or seen. */
  get current(): Hlc {
    return this.last;
  }

  /** A stamp for a local event: later than every stamp issued or seen. */
  tick(): Hlc {
    const last = decodeHlc(this.last);
    const wall = this.wallClock();
    const next = wall > last.wall ? { wall, counter: 0 } : { wall: last.wall, counter: last.counter + 1 };
    this.last = encodeHlc(next);
    return this.last;
  }

  /** Takes a stamp received from another device into account. */
  receive(remote: Hlc): void {
    if (isHlc(remote) && compareHlc(remote, this.last) > 0) this.last = remote;
  }
}
