import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  getSettings,
  normalizeSettings,
  updateSettings,
  watchSettings,
} from '@/utils/reader/settings';
import { readAutoOpen } from '@/utils/reader/auto-open';

describe('reader settings', () => {
  it('starts from the defaults', async () => {
    await expect(getSettings()).resolves.toEqual(DEFAULT_SETTINGS);
  });

  it('stores an update and keeps the other fields', async () => {
    await updateSettings({ theme: 'dark', fontSize: 24 });
    await expect(getSettings()).resolves.toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', fontSize: 24 });
  });

  it('repairs stored values that are partial, out of range or of the wrong type', async () => {
    await fakeBrowser.storage.local.set({
      settings: { theme: 'neon', fontSize: 400, lineHeight: '2', pinyin: 'off', extra: 1 },
    });
    const settings = await getSettings();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, fontSize: 32, pinyin: 'off' });
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('tells every watcher about a change made elsewhere', async () => {
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.theme));
    await updateSettings({ theme: 'sepia' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    stop();
    await updateSettings({ theme: 'light' });
    expect(seen).toEqual(['sepia']);
  });

  it('gives the launcher script the autoOpen the settings store, without the storage wrapper', async () => {
    await expect(readAutoOpen()).resolves.toBe(false);
    await updateSettings({ autoOpen: true, theme: 'dark' });
    await expect(readAutoOpen()).resolves.toBe(true);
    await updateSettings({ autoOpen: false });
    await expect(readAutoOpen()).resolves.toBe(false);
    // A hand-edited value of the wrong type reads as the default, as getSettings reads it.
    await fakeBrowser.storage.local.set({ settings: { autoOpen: 'yes' } });
    await expect(readAutoOpen()).resolves.toBe((await getSettings()).autoOpen);
  });
});
