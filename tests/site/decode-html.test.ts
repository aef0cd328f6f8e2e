import { describe, expect, it } from 'vitest';
import { decodeHtml, detectCharset } from '../../utils/site/decode-html';

/** GBK bytes of a string (Node's TextDecoder has no encoder for GBK: a small table of the text's characters). */
const GBK: Record<string, number[]> = {
  中: [0xd6, 0xd0],
  工: [0xb9, 0xa4],
  网: [0xcd, 0xf8],
};
const gbk = (text: string) => [...text].flatMap((ch) => GBK[ch] ?? [ch.charCodeAt(0)]);
const page = (head: string, body = '中工网') =>
  new Uint8Array([
    ...Buffer.from(`<html><head>${head}<title>`),
    ...gbk(body),
    ...Buffer.from('</title></head></html>'),
  ]);

describe('decodeHtml', () => {
  it('reads GBK from the HTTP header alone', () => {
    const bytes = page('');
    expect(detectCharset(bytes, 'text/html; charset=GBK')).toEqual({ charset: 'gb18030', from: 'http' });
    expect(decodeHtml(bytes, 'text/html; charset=GBK')).toContain('<title>中工网</title>');
  });

  it('reads GBK from <meta charset> and from <meta http-equiv>', () => {
    expect(decodeHtml(page('<meta charset="gb2312">'))).toContain('中工网');
    const equiv = page('<meta http-equiv="Content-Type" content="text/html; charset=gbk" />');
    expect(detectCharset(equiv)).toEqual({ charset: 'gb18030', from: 'meta' });
    expect(decodeHtml(equiv)).toContain('中工网');
  });

  it('sniffs GBK when nothing declares it, and UTF-8 when the bytes are UTF-8', () => {
    expect(detectCharset(page(''))).toEqual({ charset: 'gb18030', from: 'sniff' });
    expect(decodeHtml(page(''))).toContain('中工网');
    const utf8 = new TextEncoder().encode('<p>中工网</p>');
    expect(detectCharset(utf8)).toEqual({ charset: 'utf-8', from: 'sniff' });
    expect(decodeHtml(utf8)).toBe('<p>中工网</p>');
  });

  it('lets the HTTP header win over a wrong meta, and a byte order mark win over both', () => {
    const bytes = page('<meta charset="utf-8">');
    expect(decodeHtml(bytes, 'text/html;charset="gbk"')).toContain('中工网');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>工人</p>')]);
    expect(decodeHtml(bom, 'text/html; charset=gbk')).toBe('<p>工人</p>');
  });

  it('ignores a charset it does not know and goes on to the next source', () => {
    expect(decodeHtml(page('<meta charset="no-such">'), 'text/html; charset=bogus')).toContain('中工网');
  });
});
