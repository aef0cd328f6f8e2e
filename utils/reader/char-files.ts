/**
 * The character facts files (radical, components, etymology; built by `npm run build:chars` into
 * public/chars/, one shard per 256 code points), fetched once per shard when a character is shown.
 */
import { browser } from 'wxt/browser';
import { charShardName, type CharInfo } from '../text/char-info';

export type CharInfoLoader = (char: string) => Promise<CharInfo | null>;

export function charFileLoader(urlOf: (path: string) => string): CharInfoLoader {
  const shards = new Map<string, Promise<Record<string, CharInfo>>>();
  return async (char) => {
    const name = charShardName(char);
    let shard = shards.get(name);
    if (!shard) {
      shard = fetch(urlOf(`/chars/${name}`)).then(
        (r) => (r.ok ? (r.json() as Promise<Record<string, CharInfo>>) : {}),
        () => ({}),
      );
      shards.set(name, shard);
    }
    return (await shard)[char] ?? null;
  };
}

/** The one loader of the extension's own character files (the reader's tab, the extension pages). */
export const extensionCharInfo: CharInfoLoader = charFileLoader((path) =>
  (browser.runtime.getURL as (p: string) => string)(path),
);
