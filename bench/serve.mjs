// A static server for the browser figures. It sends COOP/COEP headers so pages are
// cross-origin isolated, which gives performance.now() 5 µs resolution instead of 100 µs.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  'cache-control': 'no-store',
};

/**
 * Serves each `mounts[prefix].dir` folder under `/prefix/` on 127.0.0.1; a mount with `noScripts`
 * is sent with a CSP that stops the page's own scripts (saved pages would otherwise rewrite
 * themselves, or navigate away, mid-measurement). Resolves with its base URL and a close function.
 */
export function serveBench(mounts) {
  const roots = Object.entries(mounts).map(([prefix, m]) => [`/${prefix}/`, path.resolve(m.dir), m.noScripts ? { 'content-security-policy': "script-src 'none'" } : {}]);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/blank.html') {
      res.writeHead(200, HEADERS).end('<!doctype html><title>bench</title><body></body>');
      return;
    }
    const mount = roots.find(([prefix]) => url.pathname.startsWith(prefix));
    const file = mount ? path.join(mount[1], path.normalize(decodeURIComponent(url.pathname.slice(mount[0].length)))) : '';
    if (!mount || !file.startsWith(mount[1]) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { ...HEADERS, ...mount[2] });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({ base: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
