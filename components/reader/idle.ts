/**
 * Work the reader's first screen does not need (the header's known share, the article's word
 * list), done when the browser is idle after the first paint instead of before it.
 */
import { useEffect, useState } from 'preact/hooks';

type IdleWindow = {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/** Runs `work` once the browser is idle (at the latest after `timeout` ms); returns a cancel function. */
export function whenIdle(work: () => void, timeout = 300): () => void {
  const w = globalThis as IdleWindow;
  if (w.requestIdleCallback && w.cancelIdleCallback) {
    const handle = w.requestIdleCallback(work, { timeout });
    return () => w.cancelIdleCallback!(handle);
  }
  const handle = setTimeout(work, 1);
  return () => clearTimeout(handle);
}

/**
 * Runs `work` once the next frame has been drawn (a task posted from an animation frame callback
 * runs after that frame's paint). A hidden tab draws no frames: `work` then runs after `fallbackMs`.
 */
export function afterNextPaint(work: () => void, fallbackMs = 100): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    work();
  };
  const timer = setTimeout(once, fallbackMs);
  if (typeof requestAnimationFrame !== 'function') return;
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      clearTimeout(timer);
      channel.port1.close();
      once();
    };
    channel.port2.postMessage(0);
  });
}

/**
 * `compute()` for the current `key`, computed in idle time: `initial` until then (and after a new
 * key, the previous value until the new one is ready). A key that changes before the browser is
 * idle is never computed.
 */
export function useIdleValue<K, T>(key: K, compute: (key: K) => T, initial: T): T {
  const [state, setState] = useState<{ key: K; value: T } | null>(null);
  useEffect(() => whenIdle(() => setState({ key, value: compute(key) })), [key]);
  return state ? state.value : initial;
}
