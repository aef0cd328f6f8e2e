/**
 * Serves the bundled sample pages (tests/fixtures/<group>/<case>/source.html) at the URL written in
 * each case's url.txt, whatever port the server runs on: the browsers are pointed at it with their
 * real workercn.cn URLs (Chromium's host resolver rules, Firefox's network.dns.forceResolve).
 * Used by the e2e tests and by `npm run demo`.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export interface FixturePage {
  /** The case folder's name. */
  name: string;
  /** The page's real URL (from url.txt). */
  url: string;
  file: string;
  /** The `Content-Type` it is served with: from the case's headers.json, else UTF-8 HTML. */
  contentType: string;
}

export interface FixtureServer {
  port: number;
  pages: FixturePage[];
  /** Every request seen, as `host path` (host without port). */
  requests: string[];
  /** The URL to open in a browser whose DNS sends every host to 127.0.0.1 (Firefox): same URL with the server's port. */
  withPort(url: string): string;
  close(): Promise<void>;
}

export const FIXTURE_ROOT = path.resolve(import.meta.dirname, '../../tests/fixtures');

/** Every case folder under tests/fixtures/* that has a url.txt and a source.html. */
export function listFixturePages(root = FIXTURE_ROOT): FixturePage[] {
  const pages: FixturePage[] = [];
  for (const group of readdirSync(root, { withFileTypes: true })) {
    if (!group.isDirectory()) continue;
    for (const entry of readdirSync(path.join(root, group.name), { withFileTypes: true })) {
      const dir = path.join(root, group.name, entry.name);
      const urlFile = path.join(dir, 'url.txt');
      const file = path.join(dir, 'source.html');
      if (!entry.isDirectory() || !existsSync(urlFile) || !existsSync(file)) continue;
      const url = readFileSync(urlFile, 'utf8').trim();
      // headers.json: `{ "source.html": { "content-type": "text/html" }, "pages/ID_2.shtml": {…} }`, for
      // pages served as the site serves them (GBK with the charset in a meta, in the header, or nowhere).
      const headersFile = path.join(dir, 'headers.json');
      const headers = existsSync(headersFile)
        ? (JSON.parse(readFileSync(headersFile, 'utf8')) as Record<string, { 'content-type'?: string }>)
        : {};
      const contentType = (rel: string) => headers[rel]?.['content-type'] ?? 'text/html; charset=utf-8';
      pages.push({ name: entry.name, url, file, contentType: contentType('source.html') });
      // Sibling pages of the case (e.g. the later pages of a multi-page article) sit in pages/,
      // each served beside the case's own URL.
      const siblings = path.join(dir, 'pages');
      if (existsSync(siblings)) {
        for (const sibling of readdirSync(siblings)) {
          pages.push({
            name: `${entry.name}/${sibling}`,
            url: new URL(sibling, url).href,
            file: path.join(siblings, sibling),
            contentType: contentType(`pages/${sibling}`),
          });
        }
      }
    }
  }
  return pages;
}

function pageKey(url: URL): string {
  return `${url.hostname}${url.pathname}${url.search}`;
}

export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const pages = listFixturePages();
  const byKey = new Map(pages.map((p) => [pageKey(new URL(p.url)), p]));
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `http://${host || 'localhost'}`);
    requests.push(`${host} ${url.pathname}${url.search}`);
    const page = byKey.get(pageKey(url));
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>404</title><p>Not found</p>');
      return;
    }
    res.writeHead(200, { 'content-type': page.contentType, 'cache-control': 'no-store' });
    res.end(readFileSync(page.file));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actualPort = (server.address() as AddressInfo).port;
  return {
    port: actualPort,
    pages,
    requests,
    withPort(url) {
      const u = new URL(url);
      u.protocol = 'http:';
      u.port = String(actualPort);
      return u.href;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
