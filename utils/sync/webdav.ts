/**
 * The WebDAV transport, through the `webdav` client library (fetch-based: works in Chrome's
 * service worker, Firefox's background page and Node). One folder, flat; every request has a
 * timeout; every failure is a SyncError.
 */
import { createClient, type FileStat, type WebDAVClient } from 'webdav';
import { toSyncError } from './errors';

export interface WebDavSettings {
  /** Server address, e.g. https://dav.jianguoyun.com/dav/ or https://cloud.example.org/remote.php/dav/files/USER/ */
  url: string;
  username: string;
  password: string;
  /** Folder under the address, e.g. "workercn-reader". */
  folder: string;
  timeoutMs?: number;
}

export interface RemoteFile {
  name: string;
  size: number;
}

export interface Transport {
  /** The folder's files (creating the folder when it is missing). */
  list(): Promise<RemoteFile[]>;
  get(name: string): Promise<Uint8Array>;
  put(name: string, bytes: Uint8Array): Promise<void>;
  remove(name: string): Promise<void>;
  /** Bytes sent and received so far. */
  readonly bytes: { up: number; down: number };
}

export function normalizeFolder(folder: string): string {
  const parts = folder
    .split('/')
    .map((p) => p.trim())
    .filter(Boolean);
  return `/${parts.join('/')}`;
}

export class WebDavTransport implements Transport {
  private readonly client: WebDAVClient;
  private readonly folder: string;
  private readonly timeoutMs: number;
  readonly bytes = { up: 0, down: 0 };

  constructor(settings: WebDavSettings) {
    this.client = createClient(settings.url.trim(), { username: settings.username, password: settings.password });
    this.folder = normalizeFolder(settings.folder || 'workercn-reader');
    this.timeoutMs = settings.timeoutMs ?? 30_000;
  }

  private path(name: string): string {
    return `${this.folder === '/' ? '' : this.folder}/${name}`;
  }

  private signal(factor = 1): AbortSignal {
    return AbortSignal.timeout(this.timeoutMs * factor);
  }

  private async call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toSyncError(error);
    }
  }

  async list(): Promise<RemoteFile[]> {
    const read = async () =>
      (await this.client.getDirectoryContents(this.folder, { signal: this.signal() })) as FileStat[];
    let stats: FileStat[];
    try {
      stats = await read();
    } catch (error) {
      const e = toSyncError(error);
      if (e.status !== 404) throw e;
      await this.call(() => this.client.createDirectory(this.folder, { recursive: true, signal: this.signal() }));
      stats = await this.call(read);
    }
    return stats.filter((s) => s.type === 'file').map((s) => ({ name: s.basename, size: s.size }));
  }

  async get(name: string): Promise<Uint8Array> {
    const data = await this.call(
      () =>
        this.client.getFileContents(this.path(name), {
          format: 'binary',
          signal: this.signal(4),
        }) as Promise<ArrayBuffer>,
    );
    const bytes = new Uint8Array(data as ArrayBuffer);
    this.bytes.down += bytes.length;
    return bytes;
  }

  async put(name: string, bytes: Uint8Array): Promise<void> {
    const ok = await this.call(() =>
      // An ArrayBuffer: the library would send a typed array as JSON.
      this.client.putFileContents(this.path(name), bytes.slice().buffer, {
        overwrite: true,
        contentLength: bytes.length,
        signal: this.signal(4),
      }),
    );
    if (ok === false) throw toSyncError({ status: 409 });
    this.bytes.up += bytes.length;
  }

  async remove(name: string): Promise<void> {
    try {
      await this.client.deleteFile(this.path(name), { signal: this.signal() });
    } catch (error) {
      const e = toSyncError(error);
      if (e.status !== 404) throw e;
    }
  }
}
