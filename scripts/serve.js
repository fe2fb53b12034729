#!/usr/bin/env node
// npm start: serves the demo at http://localhost:8000 (PORT changes it).
// It serves demo/ and the built dist/camino.js only, nothing else of the repo.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT) || 8000;
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' };

function fileFor(pathname) {
  if (pathname === '/') return join(root, 'demo', 'index.html');
  if (pathname === '/camino.js' || pathname === '/camino.js.map') return join(root, 'dist', pathname);
  const inDemo = normalize(join(root, 'demo', pathname));
  return inDemo.startsWith(join(root, 'demo')) ? inDemo : undefined;
}

createServer(async (request, response) => {
  const { pathname } = new URL(request.url, 'http://localhost');
  const file = fileFor(decodeURIComponent(pathname));
  try {
    if (!file) throw new Error('outside demo');
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Not found');
  }
}).listen(port, () => console.log(`Camino demo: http://localhost:${port}/`));
