// Browser tests: a built site served over HTTP on loopback, and Debian's
// Chromium through playwright-core (never a downloaded browser).
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * The site served on loopback, at the root or under `prefix` (`/archive/`:
 * nothing outside it is served, as on a host that publishes the site there).
 */
export async function serveSite(site: string, options: { prefix?: string } = {}): Promise<{ origin: string; close: () => Promise<void> }> {
  const prefix = options.prefix ?? '/';
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(prefix)) return void res.writeHead(404).end();
    let file = path.join(site, pathname.slice(prefix.length - 1));
    if (!file.startsWith(site)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

/** A built site served on loopback and Chromium to read it, closed together (call `close` in afterAll). */
export async function openSiteInBrowser(site: string, options: { prefix?: string } = {}): Promise<{ browser: Browser; origin: string; close: () => Promise<void> }> {
  const server = await serveSite(site, options);
  const browser = await launchChromium();
  return {
    browser,
    origin: server.origin,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
