// `npm run build` makes the pre-initialised empty database that the packaged app ships
// (electron-builder copies it into the app's resources as db-template/).
import path from 'node:path';
import { buildTemplate } from './db-template.js';

const target = process.argv[2];
if (!target) {
  process.stderr.write('usage: make-template.ts TARGET_DIR\n');
  process.exit(1);
}
await buildTemplate(path.resolve(target));
process.stdout.write(`made the empty database template in ${target}\n`);
