// The toolbar button and the keyboard command cannot be pressed in a headless browser; these tests
// call the background's handler for both (`activate`) with WXT's fake browser, whose tabs cannot
// reach content scripts: that one call is stood in for.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activate } from '@/utils/reader-launch';

async function tabsOpen(): Promise<string[]> {
  return (await fakeBrowser.tabs.query({})).map((t) => t.url ?? '').filter(Boolean);
}

describe('toolbar button and keyboard command', () => {
  it('open the reader in a workercn.cn article tab and nothing else', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.workercn.cn/papers/grrb/2022/04/29/1/news-1.html' });
    const asked: unknown[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown) => {
      asked.push([tabId, message]);
      return { ok: true, value: { opened: true } };
    }) as never);
    await activate(tab);
    expect(asked).toEqual([[tab.id, { protocol: 'workercn-reader-tab/1', type: 'activateReader', data: undefined }]]);
    expect(await tabsOpen()).toEqual(['https://www.workercn.cn/papers/grrb/2022/04/29/1/news-1.html']);
  });

  it('open the library on a workercn.cn page without an article, and on any other site', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async () => ({
      ok: true,
      value: { opened: false },
    })) as never);
    const list = await fakeBrowser.tabs.create({ url: 'https://www.workercn.cn/about/contact.shtml' });
    await activate(list);
    const other = await fakeBrowser.tabs.create({ url: 'https://www.example.org/' });
    await activate(other);
    const open = await tabsOpen();
    expect(open.filter((u) => u.endsWith('/library.html')).length).toBeGreaterThan(0);
    expect(open).toContain('https://www.example.org/');
  });

  it('open the library when the tab has no content script (opened before the extension)', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.workercn.cn/papers/grrb/2022/04/29/1/news-1.html' });
    await activate(tab);
    expect((await tabsOpen()).some((u) => u.endsWith('/library.html'))).toBe(true);
  });
});
