/**
 * Decodes page bytes (fetched or saved) the way a browser picks the encoding: a byte order mark,
 * then the charset of the HTTP `Content-Type`, then a `<meta charset>` / `<meta http-equiv>` in
 * the first 4 KB, then a sniff (valid UTF-8, else GB18030: the legacy portal pages are GBK and not
 * all of them say so). GBK and GB2312 are read with the GB18030 decoder, their superset.
 */

/** The decoder label for a charset name, or '' when the name is not one this runtime knows. */
function decoderLabel(name: string | undefined): string {
  const label = (name ?? '')
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  if (!label) return '';
  if (/^(gb2312|gbk|x-gbk|gb_2312-80|cp936|windows-936|euc-cn)$/.test(label)) return 'gb18030';
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return '';
  }
}

/** The charset parameter of a `Content-Type` header value (`text/html; charset=GBK` → `gbk`). */
export function charsetFromContentType(contentType: string | null | undefined): string {
  const m = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return decoderLabel(m?.[2]);
}

/** The charset a `<meta>` in the page's head declares, or ''. */
export function charsetFromMeta(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct && !/http-equiv/i.test(tag)) return decoderLabel(direct[1]);
    if (/http-equiv\s*=\s*["']?\s*content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*(["'])(.*?)\1/i.exec(tag)?.[2] ?? '';
      const label = charsetFromContentType(content);
      if (label) return label;
    }
    if (direct) return decoderLabel(direct[1]);
  }
  return '';
}

function bomOf(bytes: Uint8Array): { label: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', skip: 2 };
  return null;
}

/** UTF-8 when the bytes (their first 64 KB) are valid UTF-8, GB18030 otherwise. */
export function sniffCharset(bytes: Uint8Array): string {
  try {
    // The first 64 KB decide (a sequence cut at the end is not an error: `stream`).
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 65_536), { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** Which encoding `decodeHtml` reads the bytes with, and from what it knows it. */
export function detectCharset(
  bytes: Uint8Array,
  contentType?: string | null,
): { charset: string; from: 'bom' | 'http' | 'meta' | 'sniff' } {
  const bom = bomOf(bytes);
  if (bom) return { charset: bom.label, from: 'bom' };
  const http = charsetFromContentType(contentType);
  if (http) return { charset: http, from: 'http' };
  const meta = charsetFromMeta(bytes);
  // A page that says UTF-16 in a meta is not (the meta would not be readable): ignore it, as browsers do.
  if (meta && !meta.startsWith('utf-16')) return { charset: meta, from: 'meta' };
  return { charset: sniffCharset(bytes), from: 'sniff' };
}

/** The page's text. `contentType`: the HTTP `Content-Type` header it was served with, if known. */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  const bom = bomOf(bytes);
  const { charset } = detectCharset(bytes, contentType);
  return new TextDecoder(charset).decode(bom ? bytes.subarray(bom.skip) : bytes);
}
