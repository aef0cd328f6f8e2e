/** Storage use and persistence (navigator.storage), guarded where the API is missing. */

export interface StorageInfo {
  supported: boolean;
  /** Bytes used by this origin (extension), when known. */
  usage?: number;
  /** Bytes available to it, when known. */
  quota?: number;
  /** Whether the browser promised not to evict the data. */
  persisted?: boolean;
}

type StorageApi = Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>;

function storageApi(nav: { storage?: Partial<StorageApi> } | undefined): Partial<StorageApi> | undefined {
  return nav?.storage;
}

const defaultNavigator = () =>
  typeof navigator === 'undefined' ? undefined : (navigator as { storage?: Partial<StorageApi> });

export async function storageInfo(nav = defaultNavigator()): Promise<StorageInfo> {
  const api = storageApi(nav);
  if (!api?.estimate) return { supported: false };
  const info: StorageInfo = { supported: true };
  try {
    const estimate = await api.estimate();
    if (estimate.usage !== undefined) info.usage = estimate.usage;
    if (estimate.quota !== undefined) info.quota = estimate.quota;
  } catch {
    // Some browsers refuse in private windows; show what is known.
  }
  try {
    if (api.persisted) info.persisted = await api.persisted();
  } catch {
    // As above.
  }
  return info;
}

/** Asks the browser to keep the library when space runs low. Resolves to whether it agreed. */
export async function requestPersistence(nav = defaultNavigator()): Promise<boolean> {
  const api = storageApi(nav);
  try {
    if (api?.persisted && (await api.persisted())) return true;
    return api?.persist ? await api.persist() : false;
  } catch {
    return false;
  }
}

/** "3.2 MB of 1.5 GB" style text. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 10 || unit === 0 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`;
}
