// Runs a probe script in a fresh Node process (with tsx's loader, as `tsx bench/<probe>.ts` would)
// and reads the one JSON line it prints last. Start-up and memory are measured in fresh processes
// because that is how the app meets them — Electron forks a new utility process for the core — and
// so that the benchmark's own heap, and PGlite's WebAssembly already compiled in this process,
// change nothing.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.dirname(benchDir);

export function runProbe<T>(script: string, args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(benchDir, script), ...args], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0) {
        reject(new Error(`${script} ${args.join(' ')} exited with ${code}: ${(stderr || stdout).trim().slice(-2000)}`));
        return;
      }
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${script} printed no result; its output was: ${stdout.slice(-500)}${stderr.slice(-500)}`));
      }
    });
  });
}
