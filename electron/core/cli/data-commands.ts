// `backup`, `restore` and `serve`: the commands about the data dir as a whole.
import fs from 'node:fs';
import path from 'node:path';
import { restoreBackup, RestoreError } from '../backup/restore.js';
import { dataDirPaths } from '../db/open-database.js';
import { startBrowserHost } from '../host/browser-host.js';
import { startCore } from '../start-core.js';
import { allowOnly, flag, option, UsageError, type ParsedArgs } from './args.js';
import { dataDirOf, withCore } from './cli-session.js';
import { buildRendererIfNeeded } from './renderer-build.js';

type Print = (text: string) => void;

export async function backupCommand(args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['out']);
  const out = option(args, 'out');
  const info = await withCore(args, 'read', (core) => core.call('backup.create', {}));
  const made = path.join(dataDirPaths(dataDirOf(args)).backups, info.fileName);
  if (out) {
    fs.copyFileSync(made, out);
    print(`backed up to ${out}`);
  } else print(`backed up to ${made}`);
}

export async function restoreCommand(rest: string[], args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, []);
  const file = rest[0];
  if (!file) throw new UsageError('usage: restore FILE --data DIR (an empty data dir)');
  try {
    await restoreBackup({ dataDir: dataDirOf(args), file: path.resolve(file) });
  } catch (error) {
    if (error instanceof RestoreError) throw new UsageError(error.message);
    throw error;
  }
  print(`restored ${path.basename(file)} into ${dataDirOf(args)}`);
}

export async function serveCommand(args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['port', 'open-hint']);
  const portText = option(args, 'port');
  const port = portText === undefined ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port is a number from 0 to 65535, not "${portText}"`);
  const rendererDir = await buildRendererIfNeeded(print);
  const core = await startCore({ dataDir: dataDirOf(args), dailyBackup: true, liveSync: true });
  const host = await startBrowserHost(core, { port, rendererDir }).catch(async (error: NodeJS.ErrnoException) => {
    await core.close();
    throw error.code === 'EADDRINUSE' ? new UsageError(`port ${port} is already in use; choose another with --port`) : error;
  });
  print(flag(args, 'open-hint') ? `Chapterhouse is running. Open this address in your browser:\n${host.url}` : host.url);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
  await core.close();
}
