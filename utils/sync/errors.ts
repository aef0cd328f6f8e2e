/** Sync failures, each with a message in words; none of them touches the library. */

export type SyncErrorCode =
  | 'not-configured'
  | 'permission'
  | 'unreachable'
  | 'timeout'
  | 'auth'
  | 'forbidden'
  | 'conflict'
  | 'locked'
  | 'quota'
  | 'server'
  | 'http'
  | 'passphrase'
  | 'passphrase-needed'
  | 'busy';

export const SYNC_ERROR_MESSAGES: Record<SyncErrorCode, string> = {
  'not-configured': 'Sync is not set up: enter the WebDAV address, user and app password.',
  permission: 'The browser has not allowed the extension to reach this server. Turn sync on again and allow it.',
  unreachable: 'The server could not be reached. Check the address and the network; sync will try again.',
  timeout: 'The server did not answer in time; sync will try again.',
  auth: 'The server refused the user name or password (401). Check them; many servers (Nextcloud, 坚果云) need an app password here.',
  forbidden: 'The server does not allow this account to use that folder (403).',
  conflict: 'The server reported a conflict (409): a folder on the way may be missing or be a file.',
  locked: 'The folder is locked on the server (423); sync will try again.',
  quota: 'The storage on the server is full (507). Free some space there; nothing was lost here.',
  server: 'The server failed to answer the request; sync will try again.',
  http: 'The server answered with an unexpected error.',
  passphrase:
    'The passphrase does not match the one this folder is encrypted with. Nothing was changed; enter the passphrase your other devices use.',
  'passphrase-needed': 'The files in this folder are encrypted: enter the passphrase your other devices use.',
  busy: 'A sync is already running.',
};

export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    readonly status?: number,
    detail?: string,
  ) {
    super(
      SYNC_ERROR_MESSAGES[code] +
        (status && code !== 'auth' && code !== 'forbidden' ? ` (HTTP ${status})` : '') +
        (detail ? ` — ${detail}` : ''),
    );
    this.name = 'SyncError';
  }
}

const BY_STATUS: Record<number, SyncErrorCode> = {
  401: 'auth',
  403: 'forbidden',
  409: 'conflict',
  423: 'locked',
  507: 'quota',
};

/** Any failure of a server request as a SyncError. */
export function toSyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  const e = error as {
    status?: number;
    response?: { status?: number };
    name?: string;
    message?: string;
    code?: string;
  };
  const status = e?.status ?? e?.response?.status;
  if (typeof status === 'number') {
    const code = BY_STATUS[status] ?? (status >= 500 ? 'server' : 'http');
    return new SyncError(code, status);
  }
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError' || /aborted|timed? ?out/i.test(e?.message ?? ''))
    return new SyncError('timeout');
  return new SyncError('unreachable', undefined, e?.message);
}
