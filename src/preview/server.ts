// `galley preview`: an HTTP server on 127.0.0.1 that builds one article into
// its own temp folder, serves the HTML galley and the paged print view side by
// side, rebuilds when the source, profile or templates change, and tells open
// pages to reload through Server-Sent Events.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, extname, join, normalize, sep } from 'node:path';
import { pagedjsDir } from '../pdf/paged-run.js';
import type { Diagnostic } from '../checks/diagnostic.js';
import { builtinTemplates, loadProfile } from '../profile/load.js';
import { escapeHtml } from '../render/xml-escape.js';
import { runPreviewBuild, type PreviewBuild } from './build.js';
import { clientScript } from './client-script.js';
import { fileRoute, printPage, type PrintPage } from './print-page.js';
import { diagnosticLine, overlayItems, routes, shellPage, statusText } from './shell.js';
import { watchTargets, type Watcher } from './watch.js';

export const defaultPreviewPort = 4173;

export interface PreviewOptions {
  articleDir: string;
  profileFile: string;
  /** 0 picks a free port. */
  port?: number;
  /** Paths in messages are shown relative to this folder. */
  cwd?: string;
  debounceMs?: number;
  log?: (line: string) => void;
}

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`Unexpected port ${port} in use on 127.0.0.1, expected a free one: pass --port with another number, or --port 0 for any free port`);
  }
}

export interface PreviewServer {
  url: string;
  port: number;
  /** The latest finished build. */
  readonly build: PreviewBuild;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml; charset=utf-8',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const cwd = options.cwd ?? process.cwd();
  const log = options.log ?? (() => {});
  const id = basename(options.articleDir);
  const outDir = mkdtempSync(join(tmpdir(), 'galley-preview-'));
  const clients = new Set<ServerResponse>();
  const buildOptions = { articleDir: options.articleDir, profileFile: options.profileFile, outDir };
  // Set by the first build, before any request is handled (requests wait for `ready`).
  let build!: PreviewBuild;
  let ready: Promise<void> = new Promise(() => {});
  let print: { version: number; page: PrintPage } | undefined;
  let building: Promise<void> | undefined;
  let pending = new Set<string>();
  // What a build reads besides the article: a change there must drop compiled templates.
  const { profile } = loadProfile(options.profileFile);
  const templateFolders = profile?.templates ?? [builtinTemplates];
  const touchesTemplates = (changed: Iterable<string>) =>
    [...changed].some((path) => path === options.profileFile || templateFolders.some((folder) => path.startsWith(folder + sep)));

  const event = (b: PreviewBuild) => `event: build\ndata: ${JSON.stringify({ version: b.version, ok: b.ok, ms: b.ms, status: statusText(b), items: overlayItems(b, cwd) })}\n\n`;
  const announce = (b: PreviewBuild) => {
    log(statusText(b));
    for (const item of overlayItems(b, cwd)) log(`  ${item.text}`);
  };

  const rebuild = (changed: string[]) => {
    for (const path of changed) pending.add(path);
    if (building) return; // the running build picks the changes up when it ends
    building = (async () => {
      while (pending.size) {
        const batch = pending;
        pending = new Set();
        build = await runPreviewBuild({ ...buildOptions, freshTemplates: touchesTemplates(batch) }, build.version + 1, build);
        announce(build);
        for (const client of clients) client.write(event(build));
      }
    })()
      .catch((error) => log(`preview: rebuild failed: ${(error as Error).message}`))
      .finally(() => (building = undefined));
  };

  const printPageNow = (): PrintPage | undefined => {
    // A failed build keeps the last good print view on screen, as it keeps the last good galley.
    if (print && (print.version === build.version || !build.ok)) return print.page;
    const view = build.print();
    for (const d of view.diagnostics) log(`  print view: ${d.rule} ${d.message}`);
    if (!view.html) return undefined;
    print = { version: build.version, page: printPage(view.html, { articleId: id, firstPage: view.firstPage, lastPage: view.lastPage }, routes.polyfill, clientTag(build)) };
    return print.page;
  };

  const server = createServer((req, res) => {
    void ready
      .then(() => handle(req, res))
      .catch((error) => send(res, 500, 'text/plain; charset=utf-8', `preview error: ${(error as Error).message}`));
  });
  let port = 0;

  function handle(req: IncomingMessage, res: ServerResponse): void {
    // Only this machine's browser, by name: a page elsewhere that rebinds a DNS name to 127.0.0.1 gets nothing.
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 403, 'text/plain; charset=utf-8', 'forbidden host');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed');
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://preview').pathname);
    if (path === '/') return send(res, 200, contentTypes['.html'], shellPage(id, build, cwd));
    if (path === routes.events) return openEvents(res);
    if (path === routes.client) return send(res, 200, contentTypes['.js'], clientScript);
    if (path === routes.status) return send(res, 200, contentTypes['.json'], JSON.stringify({ version: build.version, ok: build.ok, ms: build.ms, items: overlayItems(build, cwd) }));
    if (path === routes.polyfill) return send(res, 200, contentTypes['.js'], readFileSync(join(pagedjsDir, 'dist/paged.polyfill.js')));
    if (path === routes.print) {
      const page = printPageNow();
      return page ? send(res, 200, contentTypes['.html'], page.html) : send(res, 200, contentTypes['.html'], unavailable('Print view', build, cwd, build.print().diagnostics));
    }
    if (path.startsWith(`${fileRoute}/`)) {
      const file = path.slice(fileRoute.length);
      if (!printPageNow()?.files.has(file) || !existsSync(file)) return send(res, 404, 'text/plain; charset=utf-8', 'not found');
      return send(res, 200, contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream', readFileSync(file));
    }
    if (path.startsWith('/html/')) return serveGalley(res, path.slice('/html/'.length) || 'index.html');
    return send(res, 404, 'text/plain; charset=utf-8', 'not found');
  }

  function serveGalley(res: ServerResponse, rel: string): void {
    const root = build.htmlDir;
    const file = normalize(join(root, rel));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      if (rel === 'index.html') return send(res, 200, contentTypes['.html'], unavailable('HTML galley', build, cwd));
      return send(res, 404, 'text/plain; charset=utf-8', 'not found');
    }
    if (rel === 'index.html') {
      const html = readFileSync(file, 'utf8').replace('</body>', `${clientTag(build)}\n</body>`);
      return send(res, 200, contentTypes['.html'], html);
    }
    send(res, 200, contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream', readFileSync(file));
  }

  function openEvents(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(`retry: 500\n\n${event(build)}`);
    clients.add(res);
    res.on('close', () => clients.delete(res));
  }

  const heartbeat = setInterval(() => {
    for (const client of clients) client.write(': keep-alive\n\n');
  }, 15_000);
  heartbeat.unref();

  const wanted = options.port ?? defaultPreviewPort;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(wanted, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    clearInterval(heartbeat);
    rmSync(outDir, { recursive: true, force: true });
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new PortInUseError(wanted);
    throw error;
  }
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  log(`preview of ${id}: ${url}`);

  ready = runPreviewBuild(buildOptions, 1).then((first) => {
    build = first;
    announce(first);
  });
  try {
    await ready;
  } catch (error) {
    clearInterval(heartbeat);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
  const watcher: Watcher = watchTargets(
    [
      { path: options.articleDir, kind: 'folder' },
      { path: options.profileFile, kind: 'file' },
      ...templateFolders.map((path) => ({ path, kind: 'folder' as const })),
    ],
    rebuild,
    options.debounceMs,
  );

  return {
    url,
    port,
    get build() {
      return build;
    },
    async close() {
      watcher.close();
      clearInterval(heartbeat);
      for (const client of clients) client.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await building;
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/** What a view shows when there is nothing good to show yet: why, with the reload script so it recovers. */
function unavailable(what: string, build: PreviewBuild, cwd: string, more: Diagnostic[] = []): string {
  const items = [...overlayItems(build, cwd), ...more.map((d) => ({ text: diagnosticLine(d, cwd) }))].map((i) => `<li>${escapeHtml(i.text)}</li>`).join('\n');
  // Before the first good build there is nothing to show: say so, and what will appear here.
  const empty = !build.everGood
    ? `<p id="empty-state">Nothing to show yet: no build of this article has succeeded. Fix the problems listed here; the ${escapeHtml(what.toLowerCase())} appears as soon as a build has no errors.</p>`
    : '';
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(what)} unavailable</title></head>
<body><h1>${escapeHtml(what)} unavailable</h1>${empty}<p>${escapeHtml(statusText(build))}</p><ol>${items}</ol>
${clientTag(build)}</body></html>`;
}

/** The live-reload script, told which build the page was made from. */
export function clientTag(build: PreviewBuild): string {
  return `<script src="${routes.client}" data-version="${build.version}" defer></script>`;
}
