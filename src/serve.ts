// A small static file server for the built site, bound to 127.0.0.1 only.
// It answers GET and HEAD (405 otherwise) with regular files inside the
// site folder once symlinks are resolved; no name starting with a dot is
// served (`.baokan/` holds the build's bookkeeping, not the site).
import { createServer, type Server, type ServerResponse } from 'node:http';
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

const COMPRESSED = /^(text\/|application\/(json|xml)|image\/svg)/;

export interface RunningServer {
  url: string;
  port: number;
  /** tell open pages to reload (live reload only) */
  reload(): void;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * Pages get a script tag (a served file, no inline script) that listens on
   * an event stream and reloads when reload() is called. The files on disk
   * are not changed.
   */
  liveReload?: boolean;
}

const LIVE_PREFIX = '/__baokan/';
const LIVE_SCRIPT = `// baokan serve --watch: reload this page when the site is rebuilt.
new EventSource('${LIVE_PREFIX}events').addEventListener('reload', () => location.reload());
`;
const LIVE_TAG = `<script src="${LIVE_PREFIX}reload.js" defer></script>`;

/** Resolve a URL path inside root, or null when it would leave it. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const full = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  const rootFull = path.resolve(root);
  return full === rootFull || full.startsWith(rootFull + path.sep) ? full : null;
}

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of the file a URL names (a folder's index.html), or null: only a
 * regular file whose real path is inside the site's real path is read, so a
 * symlink in the site leading out of it serves nothing.
 */
async function readServable(root: string, target: string): Promise<{ file: string; body: Buffer } | null> {
  try {
    const realRoot = await fs.realpath(root);
    let real = await fs.realpath(target);
    if ((await fs.stat(real)).isDirectory()) real = await fs.realpath(path.join(real, 'index.html'));
    const rel = path.relative(realRoot, real);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel) || rel.split(path.sep).some((s) => s.startsWith('.'))) return null;
    const handle = await fs.open(real, OPEN_FLAGS);
    try {
      if (!(await handle.stat()).isFile()) return null;
      return { file: real, body: await handle.readFile() };
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

export async function startServer(root: string, port: number, options: ServeOptions = {}): Promise<RunningServer> {
  const listeners = new Set<ServerResponse>();
  const server: Server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('method not allowed');
      return;
    }
    if (options.liveReload && req.url?.startsWith(LIVE_PREFIX)) {
      const name = req.url.slice(LIVE_PREFIX.length).split('?')[0];
      if (name === 'reload.js') {
        res.writeHead(200, { 'content-type': TYPES['.js']!, 'cache-control': 'no-cache' }).end(LIVE_SCRIPT);
      } else if (name === 'events') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
        res.write(': connected\n\n');
        listeners.add(res);
        req.on('close', () => listeners.delete(res));
      } else {
        res.writeHead(404).end('not found');
      }
      return;
    }
    const target = resolveInside(root, req.url ?? '/');
    if (!target) {
      res.writeHead(400).end('bad path');
      return;
    }
    const found = await readServable(root, target);
    if (!found) {
      const notFound = (await readServable(root, path.join(root, '404.html')))?.body ?? Buffer.from('not found');
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(req.method === 'HEAD' ? undefined : notFound);
      return;
    }
    const { file } = found;
    let body: Buffer | string = found.body;
    if (options.liveReload && file.endsWith('.html')) body = withLiveReload(body.toString('utf8'));
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding' };
    // Text compressed, as the static hosts readers use do (Pagefind's own files are gzip already).
    if (COMPRESSED.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    reload: () => {
      for (const res of listeners) res.write('event: reload\ndata: {}\n\n');
    },
    close: () =>
      new Promise((resolve) => {
        for (const res of listeners) res.end();
        listeners.clear();
        server.close(() => resolve());
      }),
  };
}

function withLiveReload(html: string): string {
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + LIVE_TAG : html.slice(0, at) + LIVE_TAG + html.slice(at);
}
