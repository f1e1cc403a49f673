// The browser host: the same renderer and core as the desktop app, served on 127.0.0.1 for a
// machine without the Electron binary and for the end-to-end tests. The page reaches the core over
// a WebSocket that only this launch's page can open (see host-guard.ts).
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Core } from '../core-api.js';
import { checkUpgrade } from './host-guard.js';
import { serveStatic } from './static-files.js';

export interface BrowserHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startBrowserHost(core: Core, options: { port?: number; rendererDir: string }): Promise<BrowserHost> {
  const secret = randomBytes(24).toString('base64url');
  const server = http.createServer((req, res) => serveStatic(options.rendererDir, port(), req, res));
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 * 1024 });
  const port = () => (server.address() as AddressInfo).port;

  server.on('upgrade', (req, socket, head) => {
    const verdict = checkUpgrade({ host: req.headers.host, origin: req.headers.origin, url: req.url }, port(), secret);
    if (!verdict.ok) {
      socket.end(`HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n${verdict.reason}`);
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => attach(core, ws));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  return {
    port: port(),
    url: `http://127.0.0.1:${port()}/#key=${secret}`,
    async close() {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function attach(core: Core, ws: WebSocket): void {
  const connection = core.connect((frame) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
  });
  ws.on('message', (data) => {
    let frame: unknown;
    try {
      frame = JSON.parse(data.toString());
    } catch {
      return;
    }
    connection.receive(frame);
  });
  ws.on('close', () => connection.close());
}
