import { afterEach } from 'vitest';
import { openLibraryDb, type LibraryDb } from '../../utils/db/database';

const opened: LibraryDb[] = [];
let counter = 0;

/** A new, empty library database with a unique name; closed after the test. */
export async function freshDb(): Promise<LibraryDb> {
  const db = await openLibraryDb({ name: `library-test-${process.pid}-${++counter}` });
  opened.push(db);
  return db;
}

export function uniqueName(prefix: string): string {
  return `${prefix}-${process.pid}-${++counter}`;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
