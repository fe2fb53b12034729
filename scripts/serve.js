#!/usr/bin/env node
// npm start: serves the demo at http://127.0.0.1:8000. PORT changes the port;
// HOST the address it listens on (HOST=0.0.0.0 to reach it from another device:
// by default only this machine can). It serves demo/ and the built
// dist/camino.js and dist/camino-map.js (the map engine, which camino.js asks
// for beside itself when a map is first shown) only, nothing else of the
// repository.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const demo = join(root, 'demo');
const port = Number(process.env.PORT) || 8000;
const host = process.env.HOST || '127.0.0.1';
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' };

/** The built files the demo uses, served from dist/ at the demo's root. */
const BUILT = ['/camino.js', '/camino.js.map', '/camino-map.js', '/camino-map.js.map'];

/** The file for a request path, or undefined for anything outside demo/ and the script. */
function fileFor(pathname) {
  if (pathname === '/') return join(demo, 'index.html');
  if (BUILT.includes(pathname)) return join(root, 'dist', pathname);
  const inDemo = normalize(join(demo, pathname));
  return inDemo.startsWith(demo + sep) ? inDemo : undefined;
}

/** The decoded path of a request URL; undefined when it is malformed ("/%E0%A4%A"). */
function pathOf(url) {
  try {
    return decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
}

function answer(response, status, text) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}

const server = createServer(async (request, response) => {
  const pathname = pathOf(request.url ?? '/');
  if (pathname === undefined) return answer(response, 400, 'Bad request: the address is not valid.');
  const file = fileFor(pathname);
  if (!file) return answer(response, 404, 'Not found');
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(body);
  } catch {
    answer(response, 404, 'Not found');
  }
});
server.on('error', (error) => {
  console.error(`Camino demo: cannot listen on ${host}:${port} (${error.code}). Set PORT (and HOST) to another value.`);
  process.exit(1);
});
server.listen(port, host, () => console.log(`Camino demo: http://${host.includes(':') ? `[${host}]` : host}:${port}/`));
