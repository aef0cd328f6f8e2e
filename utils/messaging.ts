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

const handlers = new Map<MessageType, Handler<MessageType>>();
let listening = false;

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as Envelope).protocol === PROTOCOL_TAG &&
    typeof (message as Envelope).type === 'string'
  );
}

function listen(): void {
  if (listening) return;
  listening = true;
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers.get(message.type);
    if (!handler) return undefined;
    return Promise.resolve()
      .then(() => handler(message.data, sender))
      .then(
        (value): Reply<MessageType> => ({ ok: true, value }),
        (error: unknown): Reply<MessageType> => ({ ok: false, error: errorMessage(error) }),
      );
  });
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** Registers the handler for one message type (one handler per type). Returns an unregister function. */
export function onMessage<K extends MessageType>(type: K, handler: Handler<K>): () => void {
  if (handlers.has(type)) throw new Error(`A handler for "${type}" is already registered`);
  handlers.set(type, handler as unknown as Handler<MessageType>);
  listen();
  return () => handlers.delete(type);
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
