/**
 * Stroke data files (one per character, copied from hanzi-writer-data by `npm run build:strokes`),
 * fetched once each when shown. Kept apart from the Strokes component so that what only needs the
 * files (the reader's services, the extension's engine) does not bundle hanzi-writer.
 */
import { browser } from 'wxt/browser';
import type { StrokeData, StrokeLoader } from '@/components/reader/Strokes';

/** The extension's stroke file for a character (null where the data set has none). */
export function strokeFileLoader(urlOf: (path: string) => string): StrokeLoader {
  const cache = new Map<string, Promise<StrokeData | null>>();
  return (char) => {
    let found = cache.get(char);
    if (!found) {
      found = fetch(urlOf(`/strokes/${char}.json`)).then(
        (r) => (r.ok ? (r.json() as Promise<StrokeData>) : null),
        () => null,
      );
      cache.set(char, found);
    }
    return found;
  };
}

/** The one loader of the extension's own stroke files (the reader, the word card, the review page). */
export const extensionStrokes: StrokeLoader = strokeFileLoader((path) =>
  (browser.runtime.getURL as (p: string) => string)(path),
);
