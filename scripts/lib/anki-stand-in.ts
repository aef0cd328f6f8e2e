/**
 * A stand-in for AnkiConnect (protocol version 6) on 127.0.0.1, for tests: Anki itself cannot run
 * here. It implements the documented actions the extension uses — version, deckNames, modelNames,
 * modelFieldNames, canAddNotes, findNotes (for `"deck:…" "Field:…"` queries), addNote — with
 * AnkiConnect's answer shape `{ result, error }`, its CORS answers, and its origin check: a request
 * whose Origin is not allowed gets 403, as AnkiConnect answers when `webCorsOriginList` lacks it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInNote {
  id: number;
  deckName: string;
  modelName: string;
  fields: Record<string, string>;
  tags: string[];
}

export interface AnkiStandIn {
  url: string;
  port: number;
  notes: StandInNote[];
  /** Every action called, in order. */
  calls: string[];
  /** Origins allowed (AnkiConnect's webCorsOriginList); extension origins are allowed unless `refuseExtensions`. */
  allowOrigins: string[];
  refuseExtensions: boolean;
  /** Take requests but never answer them (Anki busy behind a dialog). */
  stall: boolean;
  /** Anki quits: the server stops and every open connection is dropped, idle or not. */
  close(): Promise<void>;
}

const DECKS = ['Default', 'Chinese::Workers Daily'];
const MODELS: Record<string, string[]> = {
  Basic: ['Front', 'Back'],
  'Chinese (workercn)': [
    'Hanzi',
    'Pinyin',
    'Meaning',
    'Sentence',
    'Sentence pinyin',
    'Source',
    'Date',
    'Page',
    'Glossary English',
  ],
};

function parseQuery(query: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of query.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)) {
    const term = (m[1] ?? m[2]).replace(/\\(.)/g, '$1');
    const at = term.indexOf(':');
    if (at > 0) out[term.slice(0, at).toLowerCase()] = term.slice(at + 1);
  }
  return out;
}

export async function startAnkiStandIn(port = 0): Promise<AnkiStandIn> {
  const state = {
    notes: [] as StandInNote[],
    calls: [] as string[],
    allowOrigins: ['http://localhost'],
    refuseExtensions: false,
    stall: false,
  };
  let nextId = 1_700_000_000_000;

  const allowed = (origin: string | undefined) =>
    !origin ||
    state.allowOrigins.includes(origin) ||
    (!state.refuseExtensions && /^(chrome-extension|moz-extension):\/\//.test(origin));

  const firstFieldOf = (model: string) => MODELS[model]?.[0];
  const duplicate = (note: StandInNote | Omit<StandInNote, 'id'>) => {
    const first = firstFieldOf(note.modelName);
    return state.notes.some(
      (n) =>
        n.deckName === note.deckName &&
        n.modelName === note.modelName &&
        first &&
        n.fields[first] === note.fields[first],
    );
  };
  const valid = (note: Omit<StandInNote, 'id'>) =>
    DECKS.includes(note.deckName) &&
    !!MODELS[note.modelName] &&
    !!note.fields[firstFieldOf(note.modelName) ?? '']?.trim();

  const actions: Record<string, (params: Record<string, unknown>) => unknown> = {
    version: () => 6,
    deckNames: () => DECKS,
    modelNames: () => Object.keys(MODELS),
    modelFieldNames: ({ modelName }) => {
      const fields = MODELS[String(modelName)];
      if (!fields) throw new Error(`model was not found: ${String(modelName)}`);
      return fields;
    },
    canAddNotes: ({ notes }) => (notes as Omit<StandInNote, 'id'>[]).map((n) => valid(n) && !duplicate(n)),
    findNotes: ({ query }) => {
      const q = parseQuery(String(query));
      return state.notes
        .filter(
          (n) =>
            (!q.deck || n.deckName === q.deck) &&
            Object.entries(q).every(
              ([k, v]) => k === 'deck' || Object.entries(n.fields).some(([f, x]) => f.toLowerCase() === k && x === v),
            ),
        )
        .map((n) => n.id);
    },
    addNote: ({ note }) => {
      const n = note as Omit<StandInNote, 'id'>;
      if (!valid(n)) throw new Error('cannot create note because it is empty');
      if (duplicate(n)) throw new Error('cannot create note because it is a duplicate');
      const id = nextId++;
      state.notes.push({
        id,
        deckName: n.deckName,
        modelName: n.modelName,
        fields: { ...n.fields },
        tags: [...(n.tags ?? [])],
      });
      return id;
    },
  };

  const cors = (req: IncomingMessage, res: ServerResponse) => {
    const origin = req.headers.origin;
    if (origin) res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Headers', '*');
    res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
    res.setHeader('Access-Control-Allow-Private-Network', 'true');
  };

  const server: Server = createServer((req, res) => {
    if (!allowed(req.headers.origin)) {
      res.writeHead(403).end();
      return;
    }
    cors(req, res);
    if (req.method === 'OPTIONS') {
      res.writeHead(200).end();
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end('AnkiConnect v.6');
      return;
    }
    if (state.stall) return;
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      let reply: { result: unknown; error: string | null };
      try {
        const request = JSON.parse(body) as { action: string; version?: number; params?: Record<string, unknown> };
        state.calls.push(request.action);
        const action = actions[request.action];
        if (!action) throw new Error('unsupported action');
        reply = { result: action(request.params ?? {}), error: null };
      } catch (error) {
        reply = { result: null, error: error instanceof Error ? error.message : String(error) };
      }
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return Object.assign(state, {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        // close() alone waits for sockets the browser keeps open (a preconnect, a keep-alive).
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
}
