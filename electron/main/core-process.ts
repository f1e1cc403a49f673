// The core's utility process as main sees it: fork it, hand each window a MessagePort straight to
// it, ask it to back up, restore or close, and tell index.ts when it stops unexpectedly. Main never
// relays renderer traffic: after `connect`, frames go window ⇄ core without passing through here.
import { MessageChannelMain, utilityProcess, type UtilityProcess, type WebContents } from 'electron';
import type { BackupMade, ControlReply, ControlRequest } from '../core/utility-process.js';
import { createControlClient, settlesWithin, type ControlClient } from './core-control.js';
import { ipcChannels } from './ipc-channels.js';

export interface CoreProcessOptions {
  /** The bundled utility-process entry (electron-vite's `?modulePath`). */
  entry: string;
  dataDir: string;
  env: NodeJS.ProcessEnv;
  /** The core could not start; `message` says why, in words a person can act on. */
  onFatal(message: string): void;
  /** The process exited without being asked to. */
  onUnexpectedExit(code: number): void;
}

export class CoreProcess {
  private child: UtilityProcess | null = null;
  private control: ControlClient | null = null;
  private exited: Promise<void> = Promise.resolve();
  private closeRequested = false;
  /** Why the core cannot serve a window right now (start failed, or it exited); null when it can. */
  private stoppedBecause: string | null = 'The core has not started.';

  constructor(private readonly options: CoreProcessOptions) {}

  start(): void {
    if (this.child) return;
    const child = utilityProcess.fork(this.options.entry, ['--data', this.options.dataDir], {
      serviceName: 'chapterhouse-core',
      env: this.options.env,
    });
    const post = (message: ControlRequest) => child.postMessage(message);
    const control = createControlClient(post, (notice: Exclude<ControlReply, { type: 'reply' }>) => {
      // 'ready' also follows a restore, which may mend a core that could not start before.
      if (notice.type === 'ready') {
        this.stoppedBecause = null;
        return;
      }
      this.stoppedBecause = `The core could not start: ${notice.message}`;
      this.options.onFatal(notice.message);
    });
    this.child = child;
    this.control = control;
    this.closeRequested = false;
    this.stoppedBecause = null;
    child.on('message', (message: unknown) => control.receive(message));
    this.exited = new Promise((resolve) => {
      child.once('exit', (code) => {
        this.child = null;
        this.control = null;
        this.stoppedBecause = 'The core stopped. Restart it to continue.';
        control.failAll('The core stopped before it answered.');
        const expected = this.closeRequested;
        resolve();
        if (!expected) this.options.onUnexpectedExit(code);
      });
    });
  }

  /**
   * Gives the page in `contents` its own channel to the core, or, when the core cannot serve it,
   * tells the page why (its pending and later calls then fail at once instead of waiting).
   */
  connect(contents: WebContents): void {
    if (!this.child || this.stoppedBecause !== null) {
      contents.send(ipcChannels.coreStopped, this.stoppedBecause ?? 'The core is not running.');
      return;
    }
    const { port1, port2 } = new MessageChannelMain();
    this.child.postMessage({ type: 'connect' } satisfies ControlRequest, [port1]);
    contents.postMessage(ipcChannels.corePort, null, [port2]);
  }

  backup(): Promise<BackupMade> {
    if (!this.control) return Promise.reject(new Error('The core is not running.'));
    return this.control.request({ type: 'backup' });
  }

  async restore(file: string): Promise<void> {
    if (!this.control) throw new Error('The core is not running.');
    await this.control.request({ type: 'restore', file });
  }

  /**
   * Asks the core to close (it waits for running writes, CHECKPOINTs, closes PGlite and releases the
   * lock) and waits for it to exit; kills it after `timeoutMs`.
   */
  async close(timeoutMs = 5000): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.closeRequested = true;
    child.postMessage({ type: 'close' } satisfies ControlRequest);
    if (!(await settlesWithin(this.exited, timeoutMs))) {
      console.error(`[main] the core did not close within ${timeoutMs} ms; stopping it`);
      child.kill();
      await settlesWithin(this.exited, 1000);
    }
  }
}
