// The preload: the only code in the renderer process that touches Electron. It receives the
// MessagePort to the core from main ('core-port', after every page load), keeps it to itself, and
// exposes nothing but `window.chapterhouse` (ChapterhouseApi): call(method, input) and on(event, fn).
// Framing, pending calls and frame validation are shared with the browser host's shim
// (shared/contract/rpc-client.ts).
//
// Bundled as CommonJS with its dependencies: a sandboxed preload can require only 'electron' itself.
import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannels } from '../main/ipc-channels.js';
import { CallError } from '../../shared/contract/errors.js';
import { createQueuedSender, createRpcClient } from '../../shared/contract/rpc-client.js';
import type { ChapterhouseApi, RequestFrame } from '../../shared/contract/transport.js';

const outbox = createQueuedSender<RequestFrame>();
const client = createRpcClient((frame) => {
  // A queued frame is cloned now, so an input the port cannot carry fails its call here rather
  // than later, when the queue is flushed and no call would hear of it. (Once attached,
  // postMessage itself throws synchronously.)
  outbox.send(outbox.attached ? frame : structuredClone(frame));
});
let port: MessagePort | null = null;

function dropPort(message: string): void {
  outbox.stop(message);
  client.failAll(message);
  if (port) {
    port.onmessage = null;
    port.close();
    port = null;
  }
}

ipcRenderer.on(ipcChannels.corePort, (event) => {
  const [next] = event.ports;
  if (!next) return;
  // A new channel replaces the old one: answers to calls sent on the old one will never come.
  if (port) dropPort('The connection to the core was replaced; try again.');
  port = next;
  next.onmessage = (message: MessageEvent) => client.receive(message.data);
  next.start();
  outbox.attach((frame) => next.postMessage(frame));
});

ipcRenderer.on(ipcChannels.coreStopped, (_event, message: unknown) => {
  dropPort(typeof message === 'string' && message ? message : 'The core stopped.');
});

// Errors cross the context bridge as their message only, so a CallError's code and issues would be
// lost: rejections are handed over as plain objects ({ name, code, message, issues? }) instead.
function bridgeable(error: unknown): object {
  const shape = error instanceof CallError ? error.toJSON() : { code: 'internal', message: error instanceof Error ? error.message : String(error) };
  return { name: 'CallError', ...shape };
}

const api: ChapterhouseApi = {
  call: ((method: Parameters<ChapterhouseApi['call']>[0], input: Parameters<ChapterhouseApi['call']>[1]) =>
    client.api.call(method, input).catch((error: unknown) => {
      throw bridgeable(error);
    })) as ChapterhouseApi['call'],
  on: (event, listener) => client.api.on(event, listener),
};

contextBridge.exposeInMainWorld('chapterhouse', api);
