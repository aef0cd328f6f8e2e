/** Node loader: reads public/dict/*.gz from disk and gunzips them with zlib. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { AssetLoader } from './loader';

export function createNodeLoader(dir: string): AssetLoader {
  return async (file) => gunzipSync(await readFile(path.join(dir, file)));
}
