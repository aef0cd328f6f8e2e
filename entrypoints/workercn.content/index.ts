/**
 * Runs on every workercn.cn page, so it stays tiny: it classifies the page, marks it, and on article
 * and edition pages shows the launcher. The reader itself (extraction, dictionary, UI) is a separate
 * script that the background injects the first time the reader is opened.
 */
import { detect } from '@/utils/site/detect';
import { WORKERCN_MATCHES } from '@/utils/site/hosts';
import { onTabMessage, sendMessage } from '@/utils/messaging';
import { getReaderHandle, setReaderPreload } from '@/utils/reader/reader-api';
import { readAutoOpen } from '@/utils/reader/auto-open';
import { browser } from 'wxt/browser';
import { mountLauncher } from './launcher';
import { call, prop } from '@/utils/site/unclobbered';

export default defineContentScript({
  matches: WORKERCN_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const started = performance.now();
    const detection = detect(location.href, document);
    // A marker on <html> that tests and the reader can read without a message round trip.
    // (read through the prototype: a page's <img name=documentElement> / <img name=body> shadows it on `document`)
    const root = prop<HTMLElement>(document, 'documentElement')!;
    root.dataset.workercnReader = detection.kind;
    root.dataset.workercnReaderFamily = detection.family;
    // An article address whose page holds no Chinese text to speak of (an error page, a page still
    // empty) gets no launcher: the reader would have nothing to show.
    const readable =
      (detection.kind === 'article' || detection.kind === 'edition') &&
      hasChineseText(prop<HTMLElement>(document, 'body') ?? null, 40);

    const inject = async (): Promise<void> => {
      try {
        await sendMessage('injectReader');
      } catch {
        // The background may have been asleep or restarting: one more try.
        await new Promise((resolve) => setTimeout(resolve, 300));
        await sendMessage('injectReader');
      }
    };
    // The reader script, injected once: on the click, or ahead of it when the launcher is hovered.
    let injected: Promise<void> | null = null;
    const load = (preload: boolean): Promise<void> => {
      if (!injected) {
        setReaderPreload(preload);
        injected = inject();
        injected.catch(() => (injected = null));
        warmFonts();
      }
      return injected;
    };
    const activate = async (): Promise<void> => {
      performance.mark('workercn-reader:open');
      const reader = getReaderHandle();
      if (reader) return reader.open();
      await load(false);
      getReaderHandle()?.open(); // injected ahead of the click: it waits to be opened
    };
    const preload = (): void => {
      if (!getReaderHandle()) void load(true).catch(() => undefined);
    };

    onTabMessage('getPageKind', () => detection);
    onTabMessage('activateReader', async () => {
      if (!readable) return { opened: false };
      await activate();
      return { opened: true };
    });
    if (!readable) {
      measure(started);
      return;
    }

    // The browser's own catalogue (no bundled fallback strings in this always-loaded script).
    const unmount = mountLauncher(
      browser.i18n.getMessage('openReader') || 'Open reader view',
      () => void activate(),
      preload,
      () => getReaderHandle()?.isOpen() ?? false,
    );
    // The extension's reader engine (dictionary, glossary) loads once per browser session, in the
    // extension rather than this tab: ask for it now so the first click finds it ready.
    void sendMessage('warmReaderEngine').catch(() => undefined);
    ctx.onInvalidated(unmount);
    if (detection.kind === 'article') {
      void readAutoOpen().then((autoOpen) => {
        if (autoOpen && ctx.isValid) void activate();
      });
    }
    measure(started);
  },
});

/** Records the script's own main-thread time on the page's timeline (read by `npm run bench`). */
function measure(start: number): void {
  try {
    performance.measure('workercn-reader:content-script', { start, end: performance.now() });
  } catch {
    // Older browsers without measure options: nothing to record.
  }
}

/**
 * Whether the element's text holds at least `enough` Han characters. Walks text nodes and stops
 * as soon as it has seen enough, so a long page costs no more than its first paragraphs.
 */
function hasChineseText(root: HTMLElement | null, enough: number): boolean {
  if (!root) return false;
  const han = /\p{Script=Han}/gu;
  const walker = call<TreeWalker>(document, 'createTreeWalker', root, NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    han.lastIndex = 0;
    while (han.exec(text)) if (++count >= enough) return true;
  }
  return false;
}

/**
 * While the background injects the reader script, this tab lays out a few hidden words in the
 * reader's fonts and sizes (text, bold title, pinyin): the first layout of the reader's text then
 * finds its fonts loaded. The font stacks and sizes are those of components/reader/reader.css
 * (`.backdrop`, `.title`, `rt`, at the default 20 px text size), written out here so that this
 * always-loaded script does not carry the reader's styles.
 */
function warmFonts(): void {
  const box = call<HTMLElement>(document, 'createElement', 'div');
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText =
    "position:fixed;left:-9999px;top:0;visibility:hidden;pointer-events:none;font:20px system-ui,-apple-system,'Segoe UI','Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif";
  box.innerHTML =
    '<b style="font-size:32px">工人日报</b><ruby>职工<rt style="font:9.6px system-ui,sans-serif">zhígōng ǎàǒ</rt></ruby>，2026年';
  prop<HTMLElement>(document, 'documentElement')!.append(box);
  void box.offsetHeight;
  box.remove();
}
