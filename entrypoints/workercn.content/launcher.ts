/**
 * The launcher: one small round button at the bottom right of article and edition pages, in its own
 * shadow root so the page's styles cannot reach it and its styles cannot reach the page.
 * Plain DOM, no framework: this file ships in the script that loads on every workercn.cn page.
 * It keeps clear of the screen's safe areas (notches, gesture bars) and moves off any fixed or
 * sticky control of the page it would otherwise cover (a back-to-top button, a share bar). On a
 * phone showing a desktop page zoomed out (or zoomed in), it stays 48 px on the screen, in the
 * corner of what is shown (the visual viewport).
 */
const STYLE = `
:host { all: initial; }
button {
  position: fixed; z-index: 2147483646; transform: scale(var(--k, 1)); transform-origin: 100% 100%;
  right: calc(var(--r, 0px) + (16px + env(safe-area-inset-right, 0px)) * var(--k, 1));
  bottom: calc(var(--b, 0px) + var(--lift, 0px) + (16px + env(safe-area-inset-bottom, 0px)) * var(--k, 1));
  width: 48px; height: 48px; border-radius: 50%; border: none; cursor: pointer;
  background: #b3261e; color: #fff; font: 600 20px/48px system-ui, 'Noto Sans CJK SC', sans-serif;
  box-shadow: 0 2px 10px rgba(0,0,0,.3); -webkit-tap-highlight-color: transparent; touch-action: manipulation;
}
button:hover { background: #8f1d17; }
button:focus-visible { outline: 3px solid #ffb4a9; outline-offset: 2px; }
`;

import { call, prop } from '@/utils/site/unclobbered';
const CONTROL = 'a[href],button,input,select,textarea,[role="button"],[onclick]';

/** A control of the page that stays where it is on screen (fixed or sticky), under the point. */
function fixedControlAt(x: number, y: number, host: Element): Element | null {
  for (const el of document.elementsFromPoint(x, y)) {
    if (el === host || host.contains(el)) continue;
    const control = el.closest(CONTROL);
    if (!control) continue;
    for (let node: Element | null = control; node && node !== document.body; node = node.parentElement) {
      const position = getComputedStyle(node).position;
      if (position === 'fixed' || position === 'sticky') return control;
    }
  }
  return null;
}

/**
 * `onIntent`: the pointer is over the button or it has focus (a click is likely to follow).
 * `covered`: whether the reader is open over the page. The button is not placed meanwhile (placing
 * would make the browser lay out the reader's text at once), only after the reader has closed.
 */
export function mountLauncher(
  label: string,
  onOpen: () => void,
  onIntent?: () => void,
  covered: () => boolean = () => false,
): () => void {
  // through the prototypes: a page's <img name=createElement> or <img name=documentElement> shadows them on `document`
  const create = (tag: string) => call<HTMLElement>(document, 'createElement', tag);
  const host = create('workercn-reader-launcher');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = create('style');
  style.textContent = STYLE;
  const button = create('button') as HTMLButtonElement;
  button.type = 'button';
  button.textContent = '阅';
  button.title = label;
  button.setAttribute('aria-label', label);
  button.addEventListener('click', onOpen);
  if (onIntent) {
    button.addEventListener('pointerenter', onIntent);
    button.addEventListener('focus', onIntent);
  }
  shadow.append(style, button);
  prop<HTMLElement>(document, 'documentElement')!.append(host);

  // Lift the button above page controls it covers, up to half the window.
  let pending = 0;
  const set = (name: string, value: number | string) => button.style.setProperty(name, String(value));
  const place = () => {
    // Asked for while the reader is open: placed once it has closed.
    if (covered()) return void (pending = window.setTimeout(place, 1000));
    pending = 0;
    let lift = 0;
    set('--lift', '0px');
    // The visual viewport's corner, in the layout's CSS px, and the zoom to undo.
    const view = window.visualViewport;
    if (view) {
      // The element whose client size is the layout viewport's (the body's in quirks mode).
      const root = document.compatMode === 'BackCompat' ? document.body : document.documentElement;
      set('--k', 1 / view.scale);
      set('--r', `${Math.max(0, root.clientWidth - view.offsetLeft - view.width)}px`);
      set('--b', `${Math.max(0, root.clientHeight - view.offsetTop - view.height)}px`);
    }
    for (let tries = 0; tries < 12; tries++) {
      const box = button.getBoundingClientRect();
      const points = [
        [box.left + 4, box.top + 4],
        [box.right - 4, box.top + 4],
        [box.left + 4, box.bottom - 4],
        [box.right - 4, box.bottom - 4],
        [box.left + box.width / 2, box.top + box.height / 2],
      ];
      const covered = points.map(([x, y]) => fixedControlAt(x, y, host)).find((c): c is Element => c !== null);
      if (!covered || lift > innerHeight / 2) break;
      lift += Math.max(8, box.bottom - covered.getBoundingClientRect().top + 8);
      set('--lift', `${lift}px`);
    }
  };
  const schedule = () => {
    if (!pending) pending = window.setTimeout(place, 150);
  };
  // After the page has settled (and outside the script's own start-up time).
  schedule();
  const targets = [window, window.visualViewport].filter((t) => t !== null);
  for (const target of targets) {
    target.addEventListener('resize', schedule, { passive: true });
    target.addEventListener('scroll', schedule, { passive: true });
  }
  return () => {
    for (const target of targets) {
      target.removeEventListener('resize', schedule);
      target.removeEventListener('scroll', schedule);
    }
    clearTimeout(pending);
    host.remove();
  };
}
