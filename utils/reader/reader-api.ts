/**
 * The handle the reader script leaves in the content scripts' isolated world once it is loaded,
 * so the tiny launcher script can open it again without loading anything.
 */
export interface ReaderHandle {
  open(): void;
  close(): void;
  isOpen(): boolean;
}

const KEY = '__workercnReader';

export function getReaderHandle(): ReaderHandle | undefined {
  return (globalThis as Record<string, unknown>)[KEY] as ReaderHandle | undefined;
}

export function setReaderHandle(handle: ReaderHandle): void {
  (globalThis as Record<string, unknown>)[KEY] = handle;
}
