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

/** `onIntent`: the pointer is over the button or it has focus (a click is likely to follow). */
export function mountLauncher(label: string, onOpen: () => void, onIntent?: () => void): () => void {
  const host = document.createElement('workercn-reader-launcher');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const button = document.createElement('button');
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
  document.documentElement.append(host);
  return () => host.remove();
}
