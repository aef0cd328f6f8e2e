/**
 * How the engine gets its assets: a function returning the decompressed bytes of a file of
 * public/dict/ (CORE_FILE or ENTRIES_FILE). The extension fetches them from its own package
 * (load-extension.ts), Node reads them from disk (load-node.ts), tests may hand in built bytes.
 */
export type AssetLoader = (file: string) => Promise<Uint8Array | ArrayBuffer>;

/** Gunzips with the platform's DecompressionStream (browsers, Node ≥ 18). */
export async function gunzip(bytes: Uint8Array | ArrayBuffer): Promise<ArrayBuffer> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
}
