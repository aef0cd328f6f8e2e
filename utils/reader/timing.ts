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
