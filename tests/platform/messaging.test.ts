import { describe, expect, it } from 'vitest';
import { onMessage, sendMessage } from '@/utils/messaging';

describe('typed message protocol', () => {
  it('routes a message to the handler of its type and returns its response', async () => {
    onMessage('ping', () => ({ version: '9.9.9' }));
    await expect(sendMessage('ping')).resolves.toEqual({ version: '9.9.9' });
  });

  it('passes the request data to the handler', async () => {
    const seen: unknown[] = [];
    onMessage('openExtensionPage', (data) => {
      seen.push(data);
    });
    await sendMessage('openExtensionPage', { page: 'review', hash: 'due' });
    expect(seen).toEqual([{ page: 'review', hash: 'due' }]);
  });

  it("rejects with the handler's error message", async () => {
    onMessage('ping', () => {
      throw new Error('database is closed');
    });
    await expect(sendMessage('ping')).rejects.toThrow('database is closed');
  });

  it('stops answering once unregistered', async () => {
    const off = onMessage('ping', () => ({ version: '1' }));
    off();
    await expect(sendMessage('ping')).rejects.toThrow();
  });
});
