/**
 * Phones lay out a page without a `<meta name="viewport">` (the e-paper's desktop pages) 980 px
 * wide and zoom out: a reader over it would be set in tiny type. While the reader is open the page
 * gets a device-width viewport; closing the reader puts the page's own back.
 */
const FIT = 'width=device-width, initial-scale=1';

/** Sets the device-width viewport; returns how to restore the page's own. */
export function fitViewport(doc: Document = document): () => void {
  const existing = doc.querySelector<HTMLMetaElement>('meta[name="viewport"]');
  if (existing) {
    const before = existing.content;
    if (/width\s*=\s*device-width/i.test(before)) return () => undefined;
    existing.content = FIT;
    return () => {
      existing.content = before;
    };
  }
  const meta = doc.createElement('meta');
  meta.name = 'viewport';
  meta.content = FIT;
  (doc.head ?? doc.documentElement).append(meta);
  return () => meta.remove();
}
