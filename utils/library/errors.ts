/**
 * Library failures as one error type with a code and a message a reader can act on. Dexie wraps
 * IndexedDB's DOMExceptions (and bulk operations wrap them again), so the cause is looked for
 * through `inner`, `cause` and `failures`.
 */

export type LibraryErrorCode =
  'quota' | 'blocked' | 'version' | 'closed' | 'aborted' | 'unavailable' | 'invalid-backup' | 'not-found' | 'unknown';

export const LIBRARY_ERROR_MESSAGES: Record<LibraryErrorCode, string> = {
  quota:
    'The library is out of storage space: nothing was changed and your saved articles are intact. Free some space (delete articles or export and remove old ones) and try again.',
  blocked:
    'The library is being upgraded, but another tab still uses the old version. Close or reload the other workercn.cn reader tabs (library, review, options); the upgrade continues by itself.',
  version:
    'The library was created by a newer version of this extension. Update the extension to open it; your data is untouched.',
  closed: 'The library was closed (the extension was updated or restarted). Reload this page and try again.',
  aborted: 'The change was interrupted before it finished, so nothing of it was stored. Try again.',
  unavailable: 'The library storage (IndexedDB) is not available here, e.g. in a private window with storage disabled.',
  'invalid-backup': 'This file is not a library backup of this extension, or it is damaged.',
  'not-found': 'That article is not in the library.',
  unknown: 'The library could not complete the operation.',
};

export class LibraryError extends Error {
  override readonly name = 'LibraryError';
  constructor(
    readonly code: LibraryErrorCode,
    message: string = LIBRARY_ERROR_MESSAGES[code],
    readonly detail?: string,
  ) {
    super(message);
  }
}

/** The names of an error and of every error it wraps. */
export function errorNames(error: unknown, depth = 0): string[] {
  if (depth > 5 || typeof error !== 'object' || error === null) return [];
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  const names = typeof e.name === 'string' ? [e.name] : [];
  names.push(...errorNames(e.inner, depth + 1), ...errorNames(e.cause, depth + 1));
  if (Array.isArray(e.failures)) for (const f of e.failures) names.push(...errorNames(f, depth + 1));
  else if (e.failures && typeof e.failures === 'object')
    for (const f of Object.values(e.failures as Record<string, unknown>)) names.push(...errorNames(f, depth + 1));
  return names;
}

const BY_NAME: [string, LibraryErrorCode][] = [
  ['QuotaExceededError', 'quota'],
  ['VersionError', 'version'],
  ['DatabaseClosedError', 'closed'],
  ['MissingAPIError', 'unavailable'],
  ['InvalidStateError', 'closed'],
  ['AbortError', 'aborted'],
  ['TransactionInactiveError', 'aborted'],
];

/** Maps any error from the database to a `LibraryError` (kept as is when it already is one). */
export function toLibraryError(error: unknown): LibraryError {
  if (error instanceof LibraryError) return error;
  const names = errorNames(error);
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  for (const [name, code] of BY_NAME) if (names.includes(name)) return new LibraryError(code, undefined, detail);
  return new LibraryError('unknown', `${LIBRARY_ERROR_MESSAGES.unknown} (${detail})`, detail);
}

/** Runs `work`, rethrowing its failure as a `LibraryError`. */
export async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toLibraryError(error);
  }
}
