/** The message of any thrown value, for summaries. */
import { LibraryError } from './errors';

export function errorMessage(error: unknown): string {
  if (error instanceof LibraryError) return error.message;
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
