/**
 * The handle the reader script leaves in the content scripts' isolated world once it is loaded,
 * so the tiny launcher script can open it again without loading anything.
 */
export interface ReaderHandle {
  open(): void;
  /** Starts extracting and annotating the page without showing anything (the launcher is hovered). */
  preload?(): void;
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

const PRELOAD_KEY = '__workercnReaderPreload';

/** Set by the launcher before it has the reader injected ahead of a click: load, do not open. */
export function setReaderPreload(preload: boolean): void {
  (globalThis as Record<string, unknown>)[PRELOAD_KEY] = preload;
}

/** Whether the reader was injected ahead of a click (read once, by the reader script). */
export function takeReaderPreload(): boolean {
  const g = globalThis as Record<string, unknown>;
  const preload = g[PRELOAD_KEY] === true;
  delete g[PRELOAD_KEY];
  return preload;
}
