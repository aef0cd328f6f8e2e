/**
 * The one typed message protocol between content scripts, extension pages and the background.
 * Every operation is one entry in `Protocol`: its request data and its response.
 * Senders call `sendMessage(type, data)`; the background registers `onMessage(type, handler)`.
 */
import { browser, type Browser } from 'wxt/browser';

export interface Protocol {
  /** Liveness check; answers with the extension's version. */
  ping: { data: undefined; response: { version: string } };
  /** Opens (or focuses) one of the extension's own pages in a tab. */
  openExtensionPage: { data: { page: ExtensionPage; hash?: string }; response: void };
}

export type ExtensionPage = 'library' | 'review' | 'options';
export type MessageType = keyof Protocol;
export type MessageData<K extends MessageType> = Protocol[K]['data'];
export type MessageResponse<K extends MessageType> = Protocol[K]['response'];

interface Envelope<K extends MessageType = MessageType> {
  protocol: typeof PROTOCOL_TAG;
  type: K;
  data: MessageData<K>;
}

type Reply<K extends MessageType> = { ok: true; value: MessageResponse<K> } | { ok: false; error: string };

const PROTOCOL_TAG = 'workercn-reader/1';

export type Handler<K extends MessageType> = (
  data: MessageData<K>,
  sender: Browser.runtime.MessageSender,
) => MessageResponse<K> | Promise<MessageResponse<K>>;

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as Envelope).protocol === PROTOCOL_TAG &&
    typeof (message as Envelope).type === 'string'
  );
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/**
 * Registers the handler for one message type. Returns a function that unregisters it.
 * Replies through `sendResponse` (and `return true`), which every Chrome and Firefox version honours.
 */
export function onMessage<K extends MessageType>(type: K, handler: Handler<K>): () => void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (reply: unknown) => void,
  ) => {
    if (!isEnvelope(message) || message.type !== type) return undefined;
    Promise.resolve()
      .then(() => handler(message.data as MessageData<K>, sender))
      .then(
        (value): Reply<K> => ({ ok: true, value }),
        (error: unknown): Reply<K> => ({ ok: false, error: errorMessage(error) }),
      )
      .then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Sends one message and resolves with the handler's response; rejects with the handler's error. */
export async function sendMessage<K extends MessageType>(
  type: K,
  ...args: MessageData<K> extends undefined ? [data?: undefined] : [data: MessageData<K>]
): Promise<MessageResponse<K>> {
  const envelope: Envelope<K> = { protocol: PROTOCOL_TAG, type, data: args[0] as MessageData<K> };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) throw new Error(`No handler answered "${type}"`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
