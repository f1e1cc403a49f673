// A hub as a real process (`cli hub`), on its own data dir and a fixed port, so a test can stop it
// and start it again where the devices expect it; and the admin commands a hub's operator runs
// (`hub chapter create`, `hub invite`), also as real processes.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const cli = ['--import', 'tsx', 'electron/core/cli/main.ts'];
const run = promisify(execFile);

/** A port nobody listens on now, for a hub that must come back on the same one. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export class HubProcess {
  private child: ChildProcess | null = null;
  private adminToken = '';

  private constructor(
    readonly dataDir: string,
    readonly port: number,
  ) {}

  /** The address devices join, as the hub prints it. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  static async start(): Promise<HubProcess> {
    const hub = new HubProcess(fs.mkdtempSync(path.join(os.tmpdir(), 'chapterhouse-e2e-hub-')), await freePort());
    try {
      await hub.start();
      hub.adminToken = fs.readFileSync(hub.tokenFile, 'utf8').trim();
      return hub;
    } catch (error) {
      // A hub that never started leaves neither a process nor a data dir behind.
      await hub.dispose();
      throw error;
    }
  }

  private get tokenFile(): string {
    return path.join(this.dataDir, 'admin-token');
  }

  /** Starts the hub on its data dir and port (again, after `stop`); resolves once it listens. */
  async start(): Promise<void> {
    if (this.child) throw new Error('the hub is already running');
    const child = spawn(process.execPath, [...cli, 'hub', '--data', path.join(this.dataDir, 'db'), '--port', String(this.port), '--admin-token-file', this.tokenFile], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      let out = '';
      let err = '';
      const timer = setTimeout(() => {
        child.kill('SIGTERM');
        reject(new Error(`the hub did not start within 30 s: ${out}${err}`));
      }, 30_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes(`hub listening on ${this.url}`)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.once('exit', (code) => {
        clearTimeout(timer);
        if (this.child === child) this.child = null;
        reject(new Error(`the hub exited with ${code}: ${err}`));
      });
    });
  }

  /** Stops the hub the way an operator does (SIGTERM) and waits until it has exited. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }

  /** `hub chapter create NAME --json`: the chapter's id and an organiser invite for it. */
  async createChapter(name: string): Promise<{ chapterId: string; invite: string }> {
    return this.admin(['chapter', 'create', name]) as Promise<{ chapterId: string; invite: string }>;
  }

  /** `hub invite --role ROLE [--chapter ID] --json`: one more single-use invite. */
  async invite(role: 'organiser' | 'observer' | 'coordinator', chapterId?: string): Promise<string> {
    const { invite } = (await this.admin(['invite', '--role', role, ...(chapterId ? ['--chapter', chapterId] : [])])) as { invite: string };
    return invite;
  }

  /** Stops the hub and removes its data dir. */
  async dispose(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }

  private async admin(words: string[]): Promise<unknown> {
    const { stdout } = await run(process.execPath, [...cli, 'hub', ...words, '--hub', this.url, '--admin-token', this.adminToken, '--json'], { cwd: repoRoot });
    return JSON.parse(stdout.trim().split('\n').pop()!);
  }
}
