// A local stand-in for Crossref's deposit servlet (127.0.0.1, a free port):
// /servlet/deposit takes the multipart doMDUpload form, /servlet/submissionDownload
// the result query. Each test scripts the replies and reads what was received.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedDeposit {
  /** Form field names in the order sent. */
  names: string[];
  fields: Record<string, string>;
  file?: { field: string; name: string; type: string; content: string };
  contentType: string;
}

export interface ReceivedQuery {
  method: string;
  fields: Record<string, string>;
  url: string;
}

export interface Reply {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  /** Wait this long before answering (a slow servlet). */
  delayMs?: number;
}

export const successPage =
  '<html><head><title>SUCCESS</title></head><body><h2>SUCCESS</h2><p>Your batch submission was successfully received.</p></body></html>';

export function failurePage(message: string): string {
  return `<html><head><title>FAILURE</title></head><body><h2>FAILURE</h2><p>${message}</p></body></html>`;
}

export interface FakeServlet {
  depositUrl: string;
  /** Every request that reached the server, whatever its path or method. */
  requests: { method: string; url: string }[];
  /** When set, the answer to every request (a host a redirect points to). */
  catchAll?: Reply;
  resultsUrl: string;
  deposits: ReceivedDeposit[];
  queries: ReceivedQuery[];
  /** Replies for the next deposits, in order; when empty, `success`. */
  depositReplies: Reply[];
  /** Replies for the next result queries; when empty, the default below. */
  queryReplies: Reply[];
  defaultQueryReply: Reply;
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function parseDeposit(req: IncomingMessage): Promise<ReceivedDeposit> {
  const contentType = req.headers['content-type'] ?? '';
  const raw = await body(req);
  // Parse the multipart body the way a servlet would, with the platform's own parser.
  const form = await new Request('http://local/', { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(raw) }).formData();
  const received: ReceivedDeposit = { names: [], fields: {}, contentType };
  for (const [name, value] of form.entries()) {
    received.names.push(name);
    if (typeof value === 'string') received.fields[name] = value;
    else received.file = { field: name, name: value.name, type: value.type, content: await value.text() };
  }
  return received;
}

export async function startFakeServlet(): Promise<FakeServlet> {
  const sockets = new Set<import('node:net').Socket>();
  const state = {
    requests: [] as { method: string; url: string }[],
    catchAll: undefined as Reply | undefined,
    deposits: [] as ReceivedDeposit[],
    queries: [] as ReceivedQuery[],
    depositReplies: [] as Reply[],
    queryReplies: [] as Reply[],
    defaultQueryReply: { status: 200, body: '<?xml version="1.0"?><doi_batch_diagnostic status="queued"/>' } as Reply,
  };
  const answer = (res: ServerResponse, reply: Reply) => {
    const send = () => {
      if (res.destroyed) return;
      res.writeHead(reply.status ?? 200, { 'content-type': 'text/html;charset=UTF-8', ...reply.headers });
      res.end(reply.body ?? '');
    };
    if (reply.delayMs) setTimeout(send, reply.delayMs).unref();
    else send();
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    state.requests.push({ method: req.method ?? '', url: req.url ?? '' });
    (async () => {
      if (state.catchAll) {
        await body(req);
        answer(res, state.catchAll);
      } else if (req.method === 'POST' && url.pathname === '/servlet/deposit') {
        state.deposits.push(await parseDeposit(req));
        answer(res, state.depositReplies.shift() ?? { status: 200, body: successPage });
      } else if (url.pathname === '/servlet/submissionDownload') {
        const text = (await body(req)).toString('utf8');
        const fields = Object.fromEntries(new URLSearchParams(req.method === 'POST' ? text : url.search));
        state.queries.push({ method: req.method ?? '', fields, url: req.url ?? '' });
        answer(res, state.queryReplies.shift() ?? state.defaultQueryReply);
      } else answer(res, { status: 404, body: 'not found' });
    })().catch((error) => answer(res, { status: 500, body: String(error) }));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}/servlet`;
  return Object.assign(state, {
    depositUrl: `${base}/deposit`,
    resultsUrl: `${base}/submissionDownload`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  });
}
