/**
 * The words of the reader that a selection covers (a long press on a phone, a drag with a mouse):
 * what a split/merge of the segmentation would act on. Only whole tokens of one paragraph count.
 */

export interface WordSelection {
  /** The selected tokens' words, in reading order. */
  words: string[];
  /** Their base text joined (no pinyin). */
  text: string;
  /** The token elements (`[data-w]`), in order. */
  elements: HTMLElement[];
}

/** The tokens `range` touches, or null when it touches none or spans more than one paragraph. */
export function wordsInRange(range: Range): WordSelection | null {
  if (range.collapsed) return null;
  const startP = elementOf(range.startContainer)?.closest('p');
  const endP = elementOf(range.endContainer)?.closest('p');
  if (!startP || startP !== endP) return null;
  const elements = [...startP.querySelectorAll<HTMLElement>('[data-w]')].filter((el) => range.intersectsNode(el));
  if (elements.length === 0) return null;
  const words = elements.map((el) => el.dataset.w ?? '');
  return { words, text: elements.map(baseText).join(''), elements };
}

/** The current selection inside `root` (a shadow root or the document), as reader words. */
export function selectedWords(root: Document | ShadowRoot): WordSelection | null {
  // Chromium gives a shadow root its own selection; Firefox reports it through the document's.
  const own = (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.();
  const selection = own ?? root.ownerDocument?.getSelection() ?? (root as Document).getSelection?.();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  return wordsInRange(range);
}

function elementOf(node: Node): Element | null {
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}

function baseText(el: HTMLElement): string {
  let text = '';
  for (const node of el.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
    else if ((node as Element).tagName !== 'RT') text += baseText(node as HTMLElement);
  }
  return text;
}
