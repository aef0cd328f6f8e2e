/**
 * Stage timings of the reader on the page's performance timeline (`workercn-reader:<stage>`), so
 * `npm run bench` can say where the time to open the reader goes. Nothing else reads them.
 */
export async function timed<T>(stage: string, work: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    try {
      performance.measure(`workercn-reader:${stage}`, { start, end: performance.now() });
    } catch {
      // No measure options in this browser: nothing recorded.
    }
  }
}

/** Records a stage that took `ms` and ended now (e.g. measured elsewhere: the extension's engine). */
export function since(stage: string, ms: number): void {
  try {
    const end = performance.now();
    performance.measure(`workercn-reader:${stage}`, { start: end - ms, end });
  } catch {
    // No measure options in this browser: nothing recorded.
  }
}

/** Records the time from the mark `workercn-reader:<from>` (if there is one) to now. */
export function sinceMark(stage: string, from: string): void {
  try {
    if (performance.getEntriesByName(`workercn-reader:${from}`, 'mark').length === 0) return;
    performance.measure(`workercn-reader:${stage}`, `workercn-reader:${from}`);
  } catch {
    // No such mark or no measure: nothing recorded.
  }
}
