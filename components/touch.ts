/**
 * Touch gestures shared by the reader (swipe a word card or tooltip down to close it, long-press to
 * select words) and the review page (swipe a card to grade it). Plain touch events, passive
 * listeners: scrolling stays the browser's.
 */
import { useEffect, useRef, type MutableRef } from 'preact/hooks';

export type SwipeDirection = 'left' | 'right' | 'up' | 'down';

/** How far a finger must travel (CSS px) for a swipe, and how long it must rest for a long press. */
export const SWIPE_MIN = 60;
export const LONG_PRESS_MS = 500;
/** A finger that moves more than this is scrolling or swiping, not pressing. */
const PRESS_SLOP = 10;

/** The direction of a movement, or null when it is too short or too diagonal to be a swipe. */
export function swipeDirection(dx: number, dy: number, min = SWIPE_MIN): SwipeDirection | null {
  const ax = Math.abs(dx);
  const ay = Math.abs(dy);
  if (Math.max(ax, ay) < min) return null;
  // Clearly one axis: at least twice as far along it as across it.
  if (ax >= 2 * ay) return dx > 0 ? 'right' : 'left';
  if (ay >= 2 * ax) return dy > 0 ? 'down' : 'up';
  return null;
}

export interface SwipeStart {
  /** The element the finger went down on. */
  target: EventTarget | null;
}

/**
 * Calls `onSwipe` when a one-finger swipe starts on `ref`'s element (or the document: for elements
 * that come and go). `accept` decides at touchstart whether this touch may become a swipe (e.g.
 * only on a card, or only when a sheet is scrolled to its top).
 */
export function useSwipe(
  ref: MutableRef<HTMLElement | Document | null>,
  onSwipe: (direction: SwipeDirection, start: SwipeStart) => void,
  accept: (start: SwipeStart) => boolean = () => true,
): void {
  const handlers = useRef({ onSwipe, accept });
  handlers.current = { onSwipe, accept };
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let start: { x: number; y: number; target: EventTarget | null } | null = null;
    const down = (e: TouchEvent) => {
      const touch = e.touches.length === 1 ? e.touches[0] : undefined;
      start =
        touch && handlers.current.accept({ target: e.target })
          ? { x: touch.clientX, y: touch.clientY, target: e.target }
          : null;
    };
    const up = (e: TouchEvent) => {
      const touch = e.changedTouches[0];
      if (!start || !touch) return;
      const direction = swipeDirection(touch.clientX - start.x, touch.clientY - start.y);
      const target = start.target;
      start = null;
      if (direction) handlers.current.onSwipe(direction, { target });
    };
    const cancel = () => (start = null);
    el.addEventListener('touchstart', down as EventListener, { passive: true });
    el.addEventListener('touchend', up as EventListener, { passive: true });
    el.addEventListener('touchcancel', cancel, { passive: true });
    return () => {
      el.removeEventListener('touchstart', down as EventListener);
      el.removeEventListener('touchend', up as EventListener);
      el.removeEventListener('touchcancel', cancel);
    };
  }, [ref]);
}

/**
 * Tracks long presses on `ref`'s element: `wasLongPress()` tells a click handler that the touch
 * that caused it rested for LONG_PRESS_MS or more without moving (a selection, not a tap). Measured
 * on the events' own time stamps, so a busy page does not turn a tap into a long press.
 */
export function useLongPress(ref: MutableRef<HTMLElement | null>): () => boolean {
  const state = useRef({ long: false });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let start: { x: number; y: number; time: number } | null = null;
    const down = (e: TouchEvent) => {
      const touch = e.touches.length === 1 ? e.touches[0] : undefined;
      state.current.long = false;
      start = touch ? { x: touch.clientX, y: touch.clientY, time: e.timeStamp } : null;
    };
    const move = (e: TouchEvent) => {
      const touch = e.touches[0];
      if (start && touch && Math.hypot(touch.clientX - start.x, touch.clientY - start.y) > PRESS_SLOP) start = null;
    };
    const up = (e: TouchEvent) => {
      if (start) state.current.long = e.timeStamp - start.time >= LONG_PRESS_MS;
      start = null;
    };
    const cancel = () => (start = null);
    el.addEventListener('touchstart', down, { passive: true });
    el.addEventListener('touchmove', move, { passive: true });
    el.addEventListener('touchend', up, { passive: true });
    el.addEventListener('touchcancel', cancel, { passive: true });
    return () => {
      el.removeEventListener('touchstart', down);
      el.removeEventListener('touchmove', move);
      el.removeEventListener('touchend', up);
      el.removeEventListener('touchcancel', cancel);
    };
  }, [ref]);
  return () => {
    const long = state.current.long;
    state.current.long = false;
    return long;
  };
}
