// Every open WebSocket of this hub instance (row sync and Yjs rooms), with the device it speaks
// for. Used to send live row changes to the devices that may read a chapter, to close a revoked
// device's sockets at once, to drop sockets whose peer vanished without closing (a laptop lid
// shut), and to close everything when the hub stops. Per hub instance: never module state.
import type { WebSocket } from 'ws';
import { mayRead } from './auth/access.js';
import type { DeviceIdentity } from './auth/devices.js';

export type SocketKind = 'sync' | 'yjs';

interface Entry {
  device: DeviceIdentity;
  kind: SocketKind;
  alive: boolean;
}

/** How often a silent peer is pinged; one missed pong and it is dropped. */
const HEARTBEAT_MS = 30_000;

export class HubConnections {
  private readonly sockets = new Map<WebSocket, Entry>();
  private readonly heartbeat: NodeJS.Timeout;

  /** `onPresence`: the devices syncing a chapter changed (one connected or left). */
  constructor(private readonly onPresence: (chapter: string) => void = () => {}) {
    this.heartbeat = setInterval(() => this.checkAlive(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  add(ws: WebSocket, device: DeviceIdentity, kind: SocketKind): void {
    const entry: Entry = { device, kind, alive: true };
    this.sockets.set(ws, entry);
    ws.on('pong', () => (entry.alive = true));
    ws.once('close', () => {
      this.sockets.delete(ws);
      if (kind === 'sync' && device.chapterId) this.onPresence(device.chapterId);
    });
    if (kind === 'sync' && device.chapterId) this.onPresence(device.chapterId);
  }

  /** The devices with a row-sync socket open for `chapter`: who else is online. */
  online(chapter: string): { deviceId: string; name: string | null }[] {
    const devices = new Map<string, string | null>();
    for (const [ws, entry] of this.sockets) {
      if (entry.kind === 'sync' && entry.device.chapterId === chapter && ws.readyState === ws.OPEN) devices.set(entry.device.id, entry.device.name ?? null);
    }
    return [...devices].map(([deviceId, name]) => ({ deviceId, name }));
  }

  /** Open row-sync sockets whose device may read `chapter`, except `except`. */
  *syncReaders(chapter: string, except?: WebSocket): Iterable<WebSocket> {
    for (const [ws, entry] of this.sockets) {
      if (ws !== except && entry.kind === 'sync' && ws.readyState === ws.OPEN && mayRead(entry.device, chapter)) yield ws;
    }
  }

  closeDevice(deviceId: string, code: number, reason: string): void {
    for (const [ws, entry] of this.sockets) if (entry.device.id === deviceId) ws.close(code, reason);
  }

  /** Closes every socket and waits until they are closed (or terminated after a grace period). */
  async closeAll(code: number, reason: string): Promise<void> {
    clearInterval(this.heartbeat);
    await Promise.all(
      [...this.sockets.keys()].map(
        (ws) =>
          new Promise<void>((resolve) => {
            if (ws.readyState === ws.CLOSED) return resolve();
            const timer = setTimeout(() => ws.terminate(), 1000);
            ws.once('close', () => {
              clearTimeout(timer);
              resolve();
            });
            ws.close(code, reason);
          }),
      ),
    );
  }

  private checkAlive(): void {
    for (const [ws, entry] of this.sockets) {
      if (ws.readyState !== ws.OPEN) continue;
      if (!entry.alive) {
        ws.terminate();
        continue;
      }
      entry.alive = false;
      ws.ping();
    }
  }
}
