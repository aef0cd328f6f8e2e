/**
 * "The vocabulary changed": posted on a BroadcastChannel by whoever changes it (background, review
 * page), heard by every extension page of the add-on (library profiles, review counts).
 */
const CHANNEL = 'workercn-study';

function channel(): BroadcastChannel | undefined {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
}

export function notifyStudyChange(): void {
  const c = channel();
  if (!c) return;
  c.postMessage({ type: 'vocabulary-changed', at: Date.now() });
  c.close();
}

/** Calls `callback` whenever another page or the background changed the vocabulary; returns unsubscribe. */
export function onStudyChange(callback: () => void): () => void {
  const c = channel();
  if (!c) return () => undefined;
  c.onmessage = () => callback();
  return () => c.close();
}
