/**
 * Real servers for the sync tests on 127.0.0.1: rclone's WebDAV server (Debian package `rclone`,
 * installed by scripts/setup.sh) over a temporary folder, and a small proxy in front of it that
 * passes every request through unless a rule says to answer with a status code, hang, or cut
 * the connection midway (what a real server will not do on demand).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const USER = 'reader';
export const PASSWORD = 'app-password-1';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface WebDavServer {
  url: string;
  port: number;
  dir: string;
  stop(): Promise<void>;
}

export async function startWebDav(): Promise<WebDavServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wcr-dav-'));
  const port = await freePort();
  const child: ChildProcess = spawn(
    'rclone',
    [
      'serve',
      'webdav',
      dir,
      '--addr',
      `127.0.0.1:${port}`,
      '--user',
      USER,
      '--pass',
      PASSWORD,
      '--dir-cache-time',
      '0s',
      '--poll-interval',
      '0',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const deadline = Date.now() + 20_000;
  for (;;) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (up) break;
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`rclone serve webdav did not start: ${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    dir,
    async stop() {
      child.kill();
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What the proxy does with one request. */
export type Fault =
  | { status: number }
  | { hang: true }
  /** Forwards half of the request body (uploads) or of the response (downloads), then drops the connection. */
  | { cut: true };

export type Rule = (req: { method: string; url: string }) => Fault | undefined;

export interface FaultProxy {
  url: string;
  /** Rules tried in order; the first to answer decides. Requests no rule matches pass through. */
  rules: Rule[];
  /** Requests seen: "METHOD path". */
  log: string[];
  stop(): Promise<void>;
}

export async function startFaultProxy(target: WebDavServer): Promise<FaultProxy> {
  const rules: Rule[] = [];
  const log: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    const info = { method: req.method ?? 'GET', url: req.url ?? '/' };
    log.push(`${info.method} ${decodeURIComponent(info.url)}`);
    const fault = rules.map((r) => r(info)).find(Boolean);
    if (fault && 'status' in fault) {
      req.resume();
      res.writeHead(fault.status, { 'content-type': 'text/plain' });
      res.end(`fault ${fault.status}`);
      return;
    }
    if (fault && 'hang' in fault) {
      req.resume();
      return; // never answers
    }
    const upstream = http.request(
      { host: '127.0.0.1', port: target.port, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        if (fault && 'cut' in fault && info.method === 'GET') {
          res.writeHead(up.statusCode ?? 502, up.headers);
          const total = Number(up.headers['content-length'] ?? 0);
          let sent = 0;
          up.on('data', (chunk: Buffer) => {
            if (sent < total / 2) res.write(chunk.subarray(0, Math.max(1, Math.floor(total / 2) - sent)));
            sent += chunk.length;
            if (sent >= total / 2) res.socket?.destroy();
          });
          return;
        }
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.socket?.destroy());
    if (fault && 'cut' in fault && info.method === 'PUT') {
      const total = Number(req.headers['content-length'] ?? 0);
      let sent = 0;
      req.on('data', (chunk: Buffer) => {
        const room = Math.floor(total / 2) - sent;
        if (room > 0) upstream.write(chunk.subarray(0, room));
        sent += chunk.length;
        if (sent >= total / 2) {
          upstream.destroy();
          req.socket.destroy();
        }
      });
      return;
    }
    req.pipe(upstream);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    rules,
    log,
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}
