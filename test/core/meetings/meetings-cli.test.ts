// The meetings and decisions commands as scripts use them, and `decisions verify` catching a sealed
// decision edited straight in the database.
import { afterEach, expect, it } from 'vitest';
import { startCore } from '../../../electron/core/start-core.js';
import { openDatabase } from '../../../electron/core/db/open-database.js';
import { runCli } from '../../support/child-process.js';
import { removeDir, tempDir } from '../../support/core-fixture.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) removeDir(dir);
});

async function ok(args: string[]): Promise<string> {
  const result = await runCli(args);
  expect(result.stderr, args.join(' ')).toBe('');
  expect(result.code).toBe(0);
  return result.stdout.trim();
}

it('lists meetings and decisions, prints minutes, and verify reports a tampered decision', async () => {
  const data = tempDir();
  dirs.push(data);
  expect(await ok(['meetings', 'list', '--json', '--data', data])).toBe('[]');
  expect(await ok(['decisions', 'list', '--data', data])).toBe('no decisions');

  const core = await startCore({ dataDir: data, log: () => {} });
  await core.call('session.setup', { chapterName: 'Riverside', country: 'US', organiserName: 'Lead' });
  const ids: string[] = [];
  for (const name of ['Ann', 'Bo', 'Cy']) ids.push((await core.call('members.create', { firstName: name })).id);
  const meeting = await core.call('meetings.create', { title: 'June meeting', startsAt: '2026-06-04T18:30:00Z', agenda: ['Budget'] });
  await core.call('meetings.open', { id: meeting.id });
  for (const id of ids) await core.call('attendance.checkIn', { meetingId: meeting.id, memberId: id });
  const motion = await core.call('motions.put', { meetingId: meeting.id, text: 'Adopt the budget' });
  await core.call('motions.count', { id: motion.id, votesFor: 2, votesAgainst: 1, votesAbstain: 0 });
  const decision = await core.call('motions.close', { id: motion.id });
  const record = await core.call('meetings.close', { id: meeting.id });
  await core.close();

  const listed = JSON.parse(await ok(['meetings', 'list', '--json', '--data', data]));
  expect(listed).toEqual([expect.objectContaining({ id: meeting.id, title: 'June meeting', status: 'closed', attendanceCount: 3 })]);
  const minutes = await ok(['meetings', 'minutes', meeting.id, '--format', 'md', '--data', data]);
  expect(minutes).toContain('# June meeting');
  expect(minutes).toContain('- Attendance: 3 present');
  expect(minutes).toContain(record.hash!);
  const register = JSON.parse(await ok(['decisions', 'list', '--search', 'budget', '--json', '--data', data]));
  expect(register).toEqual([expect.objectContaining({ id: decision.id, outcome: 'passed', motionText: 'Adopt the budget', meetingTitle: 'June meeting', hash: decision.hash })]);
  expect(await ok(['decisions', 'verify', '--data', data])).toMatch(/^ok: 2 records in 1 device chains/);

  // Tampering: the outcome is changed straight in the database.
  const database = await openDatabase(data);
  await database.db.query("update decisions set outcome = 'not passed', tally = jsonb_set(tally, '{counts,yes}', '0') where id = $1", [decision.id]);
  await database.close();
  const verify = await runCli(['decisions', 'verify', '--data', data]);
  expect(verify.code).toBe(1);
  expect(verify.stdout).toContain(`MISMATCH decision ${decision.id}`);
  expect(verify.stdout).toMatch(/does not match its hash/);
  expect(verify.stderr).toMatch(/1 record problem found/);
  const usage = await runCli(['meetings', 'minutes', '--data', data]);
  expect(usage.code).not.toBe(0);
  expect(usage.stderr).toMatch(/usage: meetings minutes ID/);
}, 180_000);
