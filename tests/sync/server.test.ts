/**
 * Sync against a real WebDAV server (rclone serve webdav on 127.0.0.1), with a fault-injecting
 * proxy in front of it for what a real server will not produce on demand. In every fault the
 * library is untouched and the next sync completes the work.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibraryDb, type LibraryDb } from '../../utils/db/database';
import { saveArticle } from '../../utils/library/save';
import { removeTag } from '../../utils/library/tags';
import { addStudyWord, updateWord } from '../../utils/study/words';
import { reviewCard } from '../../utils/study/scheduler';
import { runSync, type SyncOptions, type SyncReport } from '../../utils/sync/engine';
import { SyncError } from '../../utils/sync/errors';
import { WebDavTransport } from '../../utils/sync/webdav';
import { seedArticles } from '../library/seed-articles';
import { uniqueName } from '../library/helpers';
import { contentState, libraryState } from './helpers';
import { PASSWORD, startFaultProxy, startWebDav, USER, type FaultProxy, type WebDavServer } from './servers';

const articles = seedArticles();
let server: WebDavServer;
let proxy: FaultProxy;

beforeAll(async () => {
  server = await startWebDav();
  proxy = await startFaultProxy(server);
}, 30_000);
afterAll(async () => {
  await proxy?.stop();
  await server?.stop();
});

interface Device {
  db: LibraryDb;
  settings: Record<string, unknown>;
  sync(
    extra?: Partial<SyncOptions> & { url?: string; password?: string; folder?: string; timeoutMs?: number },
  ): Promise<SyncReport>;
}

let folderCount = 0;
function newFolder(): string {
  return `sync-test-${process.pid}-${++folderCount}`;
}

async function device(
  name: string,
  folder: string,
  base: Partial<SyncOptions> & { url?: string } = {},
): Promise<Device> {
  const db = await openLibraryDb({ name: uniqueName(`srv-${name}`) });
  const settings: Record<string, unknown> = {};
  return {
    db,
    settings,
    sync(extra = {}) {
      const opts = { ...base, ...extra };
      const transport = new WebDavTransport({
        url: opts.url ?? proxy.url,
        username: USER,
        password: opts.password ?? PASSWORD,
        folder: opts.folder ?? folder,
        timeoutMs: opts.timeoutMs ?? 10_000,
      });
      return runSync(db, transport, {
        readSettings: async () => ({ ...settings }),
        writeSettings: async (v) => void Object.assign(settings, v),
        ...opts,
      });
    },
  };
}

async function failure(p: Promise<unknown>): Promise<SyncError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SyncError);
  return error as SyncError;
}

const filesOf = (folder: string) => readdirSync(path.join(server.dir, folder)).sort();

/** Device A with a saved article, a word, a review; synced once. */
async function seeded(folder: string, options: Partial<SyncOptions> = {}) {
  const a = await device('a', folder, options);
  const saved = await saveArticle(a.db, { ...articles[0], tags: ['工会', '学习'] });
  await addStudyWord(a.db, { word: '遴选', pinyin: 'lín xuǎn', definition: 'to select', sentence: '择优遴选' });
  await reviewCard(a.db, '遴选|recognize', 3);
  a.settings.settings = { fontSize: 20 };
  const first = await a.sync();
  return { a, url: saved.article.url, first };
}

describe('sync through a real WebDAV server', () => {
  it('two devices end with the same library, vocabulary, review history and settings', async () => {
    const folder = newFolder();
    const { a, url, first } = await seeded(folder);
    expect(first.sent).toBeGreaterThan(10);
    expect(first.filesOut).toBe(1);
    const b = await device('b', folder);
    const got = await b.sync();
    expect(got.received).toBe(first.sent);
    expect(got.changed).toBeGreaterThan(3);
    expect(b.settings.settings).toEqual({ fontSize: 20 });

    await updateWord(b.db, '遴选', { definition: 'to choose by merit' });
    await removeTag(b.db, [url], '学习');
    await b.sync();
    await reviewCard(a.db, '遴选|recall', 4);
    await a.sync();
    await b.sync();
    const state = await libraryState(a.db);
    expect(state).toEqual(await libraryState(b.db));
    expect(state.articles[0].tags).toEqual(['工会']);
    expect(state.vocabulary[0].definition).toBe('to choose by merit');
    expect(state.reviewLog).toHaveLength(2);
    // Each device writes only files of its own.
    const names = filesOf(folder);
    const devices = new Set(names.map((n) => n.split('-')[1]));
    expect(devices.size).toBe(2);
    for (const n of names) expect(n).toMatch(/^wcr-[a-z0-9]+-\d{8}\.changes$/);
  });

  it('creates the folder when it is missing (404)', async () => {
    const folder = `${newFolder()}/nested/deeper`;
    const { first } = await seeded(folder);
    expect(first.filesOut).toBe(1);
    expect(filesOf(folder)).toHaveLength(1);
  });

  it('encrypts with a passphrase; a wrong passphrase is a clear message and changes nothing', async () => {
    const folder = newFolder();
    const { a } = await seeded(folder, { passphrase: 'correct horse battery' });
    const title = articles[0].title;
    for (const n of filesOf(folder)) {
      const raw = readFileSync(path.join(server.dir, folder, n));
      expect(raw.includes(Buffer.from(title.slice(0, 4)))).toBe(false);
      expect(raw.includes(Buffer.from('遴选'))).toBe(false);
    }
    const wrong = await device('wrong', folder, { passphrase: 'wrong horse' });
    await saveArticle(wrong.db, articles[5]);
    const before = await contentState(wrong.db);
    const filesBefore = filesOf(folder);
    const error = await failure(wrong.sync());
    expect(error.code).toBe('passphrase');
    expect(error.message).toMatch(/passphrase does not match.*Nothing was changed/);
    expect(await contentState(wrong.db)).toEqual(before);
    expect(filesOf(folder)).toEqual(filesBefore);
    const none = await device('none', folder);
    expect((await failure(none.sync())).code).toBe('passphrase-needed');
    // The right passphrase: everything arrives, and the wrong device's article is still there after it corrects it.
    const b = await device('b', folder, { passphrase: 'correct horse battery' });
    await b.sync();
    expect(await libraryState(b.db)).toEqual(await libraryState(a.db));
    await wrong.sync({ passphrase: 'correct horse battery' });
    expect(await wrong.db.articles.count()).toBe(2);
  }, 60_000);

  it('wrong password (401) and an unreachable server: nothing changes, the next sync completes', async () => {
    const folder = newFolder();
    const { a } = await seeded(folder);
    await updateWord(a.db, '遴选', { definition: 'edited while offline' });
    const before = await contentState(a.db);
    const outbox = await a.db.syncOutbox.count();
    expect((await failure(a.sync({ password: 'nope' }))).code).toBe('auth');
    expect((await failure(a.sync({ url: 'http://127.0.0.1:9/' }))).code).toBe('unreachable');
    expect(await contentState(a.db)).toEqual(before);
    expect(await a.db.syncOutbox.count()).toBeGreaterThanOrEqual(outbox);
    const report = await a.sync();
    expect(report.sent).toBeGreaterThan(0);
    const b = await device('b', folder);
    await b.sync();
    expect((await b.db.vocabulary.get('遴选'))?.definition).toBe('edited while offline');
  });

  for (const [status, code] of [
    [403, 'forbidden'],
    [409, 'conflict'],
    [423, 'locked'],
    [507, 'quota'],
    [503, 'server'],
  ] as const) {
    it(`${status} on upload: "${code}", nothing lost, the next sync completes`, async () => {
      const folder = newFolder();
      const { a } = await seeded(folder);
      const b = await device('b', folder);
      await b.sync();
      await updateWord(b.db, '遴选', { definition: `edit before ${status}` });
      const rule = (r: { method: string; url: string }) =>
        r.method === 'PUT' && r.url.includes(folder) ? { status } : undefined;
      proxy.rules.push(rule);
      const before = await contentState(b.db);
      const error = await failure(b.sync());
      proxy.rules.splice(proxy.rules.indexOf(rule), 1);
      expect(error.code).toBe(code);
      expect(error.message.length).toBeGreaterThan(20);
      expect(await contentState(b.db)).toEqual(before);
      await b.sync();
      await a.sync();
      expect((await a.db.vocabulary.get('遴选'))?.definition).toBe(`edit before ${status}`);
    });
  }

  it('423 while listing: nothing merged or written', async () => {
    const folder = newFolder();
    const { a } = await seeded(folder);
    const b = await device('b', folder);
    const rule = (r: { method: string; url: string }) =>
      r.method === 'PROPFIND' && r.url.includes(folder) ? { status: 423 } : undefined;
    proxy.rules.push(rule);
    expect((await failure(b.sync())).code).toBe('locked');
    proxy.rules.splice(proxy.rules.indexOf(rule), 1);
    expect(await b.db.articles.count()).toBe(0);
    await b.sync();
    expect(await libraryState(b.db)).toEqual(await libraryState(a.db));
  });

  it('a timeout: a clear message, then the next sync completes', async () => {
    const folder = newFolder();
    const { a } = await seeded(folder);
    await updateWord(a.db, '遴选', { definition: 'after the timeout' });
    const rule = (r: { method: string; url: string }) =>
      r.method === 'PUT' && r.url.includes(folder) ? { hang: true as const } : undefined;
    proxy.rules.push(rule);
    const before = await contentState(a.db);
    const error = await failure(a.sync({ timeoutMs: 800 }));
    proxy.rules.splice(proxy.rules.indexOf(rule), 1);
    expect(error.code).toBe('timeout');
    expect(await contentState(a.db)).toEqual(before);
    await a.sync();
    const b = await device('b', folder);
    await b.sync();
    expect((await b.db.vocabulary.get('遴选'))?.definition).toBe('after the timeout');
  });

  it('an upload cut off midway: the partial file is skipped by others, replaced by the next sync', async () => {
    const folder = newFolder();
    const { a } = await seeded(folder);
    const b = await device('b', folder);
    await b.sync();
    await saveArticle(a.db, articles[3]);
    const rule = (r: { method: string; url: string }) =>
      r.method === 'PUT' && r.url.includes(folder) ? { cut: true as const } : undefined;
    proxy.rules.push(rule);
    const before = await contentState(a.db);
    await failure(a.sync());
    proxy.rules.splice(proxy.rules.indexOf(rule), 1);
    expect(await contentState(a.db)).toEqual(before);
    // Whatever the server kept of the cut upload, B's sync neither fails nor changes anything with it.
    const partial = filesOf(folder).length;
    const report = await b.sync();
    expect(await b.db.articles.count()).toBe(1);
    if (partial > 2) expect(report.skipped.length).toBe(1);
    await a.sync();
    await b.sync();
    expect(await b.db.articles.count()).toBe(2);
    expect(await libraryState(b.db)).toEqual(await libraryState(a.db));
  });

  it('a download cut off midway: nothing merged, the next sync completes', async () => {
    const folder = newFolder();
    const { a } = await seeded(folder);
    const b = await device('b', folder);
    const rule = (r: { method: string; url: string }) =>
      r.method === 'GET' && r.url.includes(folder) ? { cut: true as const } : undefined;
    proxy.rules.push(rule);
    await failure(b.sync());
    proxy.rules.splice(proxy.rules.indexOf(rule), 1);
    expect(await b.db.articles.count()).toBe(0);
    await b.sync();
    expect(await libraryState(b.db)).toEqual(await libraryState(a.db));
  });

  it('corrupt and foreign files in the folder are skipped, named, and left alone', async () => {
    const folder = newFolder();
    const { a } = await seeded(folder);
    const dir = path.join(server.dir, folder);
    writeFileSync(path.join(dir, 'notes.txt'), 'my own notes');
    writeFileSync(path.join(dir, 'wcr-zzzzzzzz9999-00000001.changes'), 'WCRSYNC1\u0000garbage');
    writeFileSync(path.join(dir, 'wcr-yyyyyyyy9999-00000001.changes'), '{"not":"ours"}');
    const b = await device('b', folder);
    const report = await b.sync();
    expect(report.skipped.map((s) => s.name).sort()).toEqual([
      'wcr-yyyyyyyy9999-00000001.changes',
      'wcr-zzzzzzzz9999-00000001.changes',
    ]);
    expect(await libraryState(b.db)).toEqual(await libraryState(a.db));
    expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('my own notes');
  });

  it('one device whose clock is hours ahead: both converge, and an edit made after seeing its change wins', async () => {
    const folder = newFolder();
    const ahead = () => Date.now() + 5 * 3_600_000;
    const { a } = await seeded(folder, { now: ahead });
    await updateWord(a.db, '遴选', { definition: 'from the fast clock' }, ahead());
    await a.sync();
    const b = await device('b', folder);
    await b.sync();
    expect((await b.db.vocabulary.get('遴选'))?.definition).toBe('from the fast clock');
    await updateWord(b.db, '遴选', { definition: 'later, on the right clock' });
    await b.sync();
    await a.sync();
    expect((await a.db.vocabulary.get('遴选'))?.definition).toBe('later, on the right clock');
    expect(await libraryState(a.db)).toEqual(await libraryState(b.db));
  });

  it('two devices syncing at the same moment', async () => {
    const folder = newFolder();
    const { a } = await seeded(folder);
    const b = await device('b', folder);
    await b.sync();
    await saveArticle(a.db, articles[7]);
    await updateWord(b.db, '遴选', { definition: 'concurrent' });
    await saveArticle(b.db, articles[8]);
    await Promise.all([a.sync(), b.sync()]);
    await Promise.all([a.sync(), b.sync()]);
    expect(await libraryState(a.db)).toEqual(await libraryState(b.db));
    expect(await a.db.articles.count()).toBe(3);
  });

  it('compaction into a snapshot drops no change another device has not merged yet', async () => {
    const folder = newFolder();
    const { a } = await seeded(folder, { compactAfter: 4 });
    const b = await device('b', folder, { compactAfter: 1000 });
    await b.sync();
    // A writes several change files; B merges only some of them before A compacts.
    for (let i = 1; i <= 5; i++) {
      await updateWord(a.db, '遴选', { definition: `version ${i}` });
      await saveArticle(a.db, articles[i]);
      const report = await a.sync();
      if (i === 2) await b.sync();
      if (i === 3) expect(report.compacted).toBe(true);
    }
    const names = filesOf(folder);
    expect(names.some((n) => n.endsWith('.snapshot'))).toBe(true);
    const idOfA = String((await a.db.syncMeta.get('deviceId'))?.value);
    expect(names.filter((n) => n.includes(`-${idOfA}-`) && n.endsWith('.changes')).length).toBeLessThan(4);
    await b.sync();
    expect(await libraryState(b.db)).toEqual(await libraryState(a.db));
    // A new device starts from the snapshot.
    const c = await device('c', folder);
    await c.sync();
    expect(await libraryState(c.db)).toEqual(await libraryState(a.db));
    expect((await c.db.vocabulary.get('遴选'))?.definition).toBe('version 5');
  });
});
