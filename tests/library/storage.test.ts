import { describe, expect, it } from 'vitest';
import { formatBytes, requestPersistence, storageInfo } from '../../utils/library/storage';

describe('storage use and persistence', () => {
  it('reports usage, quota and persistence; asks for persistence once', async () => {
    let asked = 0;
    let persisted = false;
    const nav = {
      storage: {
        estimate: async () => ({ usage: 3_500_000, quota: 2_000_000_000 }),
        persisted: async () => persisted,
        persist: async () => {
          asked++;
          persisted = true;
          return true;
        },
      },
    };
    expect(await storageInfo(nav)).toEqual({
      supported: true,
      usage: 3_500_000,
      quota: 2_000_000_000,
      persisted: false,
    });
    expect(await requestPersistence(nav)).toBe(true);
    expect(await requestPersistence(nav)).toBe(true);
    expect(asked).toBe(1);
    expect(formatBytes(3_500_000)).toBe('3.3 MB');
  });

  it('is guarded where navigator.storage is missing or refuses', async () => {
    expect(await storageInfo({})).toEqual({ supported: false });
    expect(await storageInfo(undefined)).toEqual({ supported: false });
    expect(await requestPersistence({})).toBe(false);
    const refusing = {
      storage: { estimate: () => Promise.reject(new Error('no')), persist: () => Promise.reject(new Error('no')) },
    };
    expect(await storageInfo(refusing)).toEqual({ supported: true });
    expect(await requestPersistence(refusing)).toBe(false);
  });
});
