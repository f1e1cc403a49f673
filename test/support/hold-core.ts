// A child process for tests: opens a core on a data dir and, if asked, starts a big import, then
// says what it is doing on stdout, so the test can kill it at the worst moment.
import { startCore } from '../../electron/core/start-core.js';

const [dataDir, mode, rowsText] = process.argv.slice(2);
const core = await startCore({ dataDir: dataDir!, log: () => {} });
process.stdout.write('open\n');
if (mode === 'import') {
  const { current } = await core.call('session.get', {});
  if (!current) await core.call('session.setup', { chapterName: 'Crash test', country: 'US', organiserName: 'T' });
  const rows = Number(rowsText ?? 50000);
  const csv = ['Name,E-mail', ...Array.from({ length: rows }, (_, i) => `Person ${i},person${i}@example.org`)].join('\n');
  core.connect((frame) => {
    if ('event' in frame && frame.event === 'import.progress' && (frame.payload as { phase: string }).phase === 'writing') process.stdout.write('writing\n');
  });
  await core.call('members.import', { fileName: 'big.csv', contentBase64: Buffer.from(csv).toString('base64'), format: 'auto' });
  process.stdout.write('imported\n');
}
setInterval(() => {}, 1000);
