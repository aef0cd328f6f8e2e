/**
 * The launcher: one small round button at the bottom right of article and edition pages, in its own
 * shadow root so the page's styles cannot reach it and its styles cannot reach the page.
 * Plain DOM, no framework: this file ships in the script that loads on every workercn.cn page.
 */
const STYLE = `
:host { all: initial; }
button {
  position: fixed; right: 20px; bottom: 20px; z-index: 2147483646;
  width: 48px; height: 48px; border-radius: 50%; border: none; cursor: pointer;
  background: #b3261e; color: #fff; font: 600 20px/48px system-ui, 'Noto Sans CJK SC', sans-serif;
  box-shadow: 0 2px 10px rgba(0,0,0,.3);
}
button:hover { background: #8f1d17; }
button:focus-visible { outline: 3px solid #ffb4a9; outline-offset: 2px; }
`;

import { call, prop } from '@/utils/site/unclobbered';

export function mountLauncher(label: string, onOpen: () => void): () => void {
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
  shadow.append(style, button);
  prop<HTMLElement>(document, 'documentElement')!.append(host);
  return () => host.remove();
}
