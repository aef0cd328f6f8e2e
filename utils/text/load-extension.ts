/** Extension loader: the assets ship inside the extension package under /dict/. */
import { browser } from 'wxt/browser';
import { gunzip, type AssetLoader } from './loader';

export const extensionLoader: AssetLoader = async (file) => {
  const url = browser.runtime.getURL(`/dict/${file}` as '/dict/core.bin.gz');
  const res = await fetch(url);
  if (!res.ok) throw new Error(`cannot load ${url}: ${res.status}`);
  return gunzip(await res.arrayBuffer());
};
