// The `test` every end-to-end spec imports. Each test gets:
//   - `host`: the browser host (`cli serve`) on a fresh data dir of its own; stopped and its data dir
//     removed after the test, whatever happened. `host.restart()` stops it and starts a new one on
//     the SAME data dir (a new port and key), the way a person quits the app and opens it again.
//   - `page`: opened on the host's address, and watched: any console error or uncaught page error
//     fails the test, with the messages in the failure. A test that provokes an error on purpose
//     (the host stopping under an open page) says which messages it expects, narrowly.
//   - `tempDir`: a scratch directory for files a test writes (bad CSVs, downloads), removed after.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { newDataDir, startHost, type RunningHost } from './browser-host';

export interface TestHost {
  /** The current address, with its `#key=…`. Changes on restart. */
  readonly url: string;
  readonly dataDir: string;
  /** Stops the host and starts a new one on the same data dir; returns the new address. */
  restart(): Promise<string>;
  stop(): Promise<void>;
}

class HostSession implements TestHost {
  private constructor(
    private running: RunningHost | null,
    readonly dataDir: string,
  ) {}

  static async start(): Promise<HostSession> {
    const dataDir = newDataDir();
    try {
      return new HostSession(await startHost(dataDir), dataDir);
    } catch (error) {
      // A host that never started (a renderer that does not build, say) leaves no dir behind either.
      fs.rmSync(dataDir, { recursive: true, force: true });
      throw error;
    }
  }

  get url(): string {
    if (!this.running) throw new Error('the browser host is stopped');
    return this.running.url;
  }

  async restart(): Promise<string> {
    await this.stop();
    // The data dir is locked by one process at a time: the old host has exited before this starts.
    this.running = await startHost(this.dataDir);
    return this.running.url;
  }

  async stop(): Promise<void> {
    const running = this.running;
    this.running = null;
    await running?.stop();
  }
}

interface ConsoleGuard {
  /** Tolerates console errors matching `pattern` for the rest of the test (say why at the call). */
  allow(pattern: RegExp): void;
}

interface Fixtures {
  host: TestHost;
  tempDir: string;
  consoleGuard: ConsoleGuard;
}

export const test = base.extend<Fixtures>({
  host: async ({}, use) => {
    const session = await HostSession.start();
    try {
      await use(session);
    } finally {
      await session.stop();
      fs.rmSync(session.dataDir, { recursive: true, force: true });
    }
  },

  tempDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chapterhouse-e2e-files-'));
    try {
      await use(dir);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },

  // Listens on the whole context, so pages a test opens itself are watched too.
  consoleGuard: async ({ context }, use, testInfo) => {
    const allowed: RegExp[] = [];
    const problems: string[] = [];
    context.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (allowed.some((pattern) => pattern.test(text))) return;
      const at = message.location();
      problems.push(`console error: ${text}${at.url ? ` (at ${at.url}:${at.lineNumber})` : ''}`);
    });
    context.on('weberror', (webError) => {
      const error = webError.error();
      problems.push(`uncaught page error: ${error.stack ?? error.message}`);
    });
    await use({ allow: (pattern) => allowed.push(pattern) });
    if (problems.length > 0) {
      await testInfo.attach('browser errors', { body: problems.join('\n'), contentType: 'text/plain' });
      throw new Error(`The browser reported ${problems.length} error(s):\n${problems.join('\n')}`);
    }
  },

  // Every test's page is watched and starts on the host's address. It is closed before the host
  // stops, so the host going away at the end is not mistaken for an error of the app.
  page: async ({ page, host, consoleGuard }, use) => {
    void consoleGuard;
    await page.goto(host.url);
    await use(page);
    await page.close();
  },
});

export { expect };
