// Backups: the whole database dumped to DIR/backups as a .tar.gz (PGlite's dumpDataDir), made on
// demand and once a day, keeping the newest few. A backup restores only into an empty data dir, so
// a restore can never mix two chapters' histories.
import fs from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { BackupInfo } from '../../../shared/contract/backup.js';

export const BACKUPS_KEPT = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function createBackup(pglite: PGlite, backupsDir: string): Promise<BackupInfo> {
  fs.mkdirSync(backupsDir, { recursive: true });
  const createdAt = new Date().toISOString();
  const fileName = `chapterhouse-${createdAt.replace(/[:.]/g, '-')}.tar.gz`;
  const blob = await pglite.dumpDataDir('gzip');
  const bytes = Buffer.from(await blob.arrayBuffer());
  const target = path.join(backupsDir, fileName);
  // Written aside and renamed: a crash mid-write never leaves a truncated backup that looks whole.
  fs.writeFileSync(`${target}.partial`, bytes);
  fs.renameSync(`${target}.partial`, target);
  pruneBackups(backupsDir, BACKUPS_KEPT);
  return { fileName, bytes: bytes.length, createdAt };
}

export function listBackups(backupsDir: string): BackupInfo[] {
  if (!fs.existsSync(backupsDir)) return [];
  return fs
    .readdirSync(backupsDir)
    .filter((f) => f.endsWith('.tar.gz'))
    .map((fileName) => {
      const stat = fs.statSync(path.join(backupsDir, fileName));
      return { fileName, bytes: stat.size, createdAt: stat.mtime.toISOString() };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

function pruneBackups(backupsDir: string, keep: number): void {
  for (const old of listBackups(backupsDir).slice(keep)) fs.rmSync(path.join(backupsDir, old.fileName), { force: true });
}

export function backupIsDue(backupsDir: string, now = Date.now()): boolean {
  const newest = listBackups(backupsDir)[0];
  return !newest || now - Date.parse(newest.createdAt) > DAY_MS;
}
