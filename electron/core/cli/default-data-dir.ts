// The data dir the desktop app uses (Electron's userData for the app named "Chapterhouse"),
// computed without Electron so that the CLI and the browser host default to the same place.
import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Chapterhouse';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.CHAPTERHOUSE_DATA) return env.CHAPTERHOUSE_DATA;
  const home = os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}
