// `meetings ...` and `decisions ...` commands: list meetings, print a meeting's minutes, list the
// decisions register, and verify every sealed record. Through the contract, like the app's screens.
import type { Core } from '../core-api.js';
import { allowOnly, flag, option, UsageError, type ParsedArgs } from './args.js';
import { dataDirOf, hasDatabase, withCore } from './cli-session.js';

type Print = (text: string) => void;

/** `decisions verify` found a record that does not match: the command exits non-zero. */
export class VerifyFailedError extends Error {}

/** Reads from the data dir; an empty one (or one without a chapter) has nothing to list. */
async function readOrEmpty<T>(args: ParsedArgs, empty: T, fn: (core: Core) => Promise<T>): Promise<T> {
  if (!hasDatabase(dataDirOf(args))) return empty;
  return withCore(args, 'read', async (core) => ((await core.call('session.get', {})).chapters.length === 0 ? empty : fn(core)));
}

export async function meetingsCommand(sub: string | undefined, rest: string[], args: ParsedArgs, print: Print): Promise<void> {
  switch (sub) {
    case 'list': {
      allowOnly(args, ['search', 'json']);
      const meetings = await readOrEmpty(args, [], (core) => core.call('meetings.list', { search: option(args, 'search') ?? '' }));
      if (flag(args, 'json')) return print(JSON.stringify(meetings));
      if (meetings.length === 0) return print('no meetings');
      for (const m of meetings) print([m.id, m.startsAt ?? '-', m.status, `${m.attendanceCount} present`, m.title].join('\t'));
      return;
    }
    case 'minutes': {
      allowOnly(args, ['format']);
      const id = rest[0];
      const format = option(args, 'format') ?? 'md';
      if (!id) throw new UsageError('usage: meetings minutes ID [--format md|html]');
      if (format !== 'md' && format !== 'html') throw new UsageError(`--format is md or html, not "${format}"`);
      const minutes = await withCore(args, 'read', (core) => core.call('meetings.minutes', { id, format }));
      return print(minutes.text.trimEnd());
    }
    default:
      throw new UsageError('meetings commands: list, minutes');
  }
}

export async function decisionsCommand(sub: string | undefined, _rest: string[], args: ParsedArgs, print: Print): Promise<void> {
  switch (sub) {
    case 'list': {
      allowOnly(args, ['search', 'meeting', 'tag', 'status', 'json']);
      const filter = {
        search: option(args, 'search') ?? '',
        ...(option(args, 'meeting') ? { meetingId: option(args, 'meeting') } : {}),
        ...(option(args, 'tag') ? { tag: option(args, 'tag') } : {}),
        ...(option(args, 'status') ? { status: option(args, 'status') } : {}),
        limit: 5000,
      };
      const decisions = await readOrEmpty(args, [], (core) => core.call('decisions.list', filter));
      if (flag(args, 'json')) return print(JSON.stringify(decisions));
      if (decisions.length === 0) return print('no decisions');
      for (const d of decisions) {
        const about = d.motionText ?? d.proposalTitle ?? '-';
        print([d.id, (d.closedAt ?? '').slice(0, 10) || '-', d.outcome ?? '-', d.meetingTitle ?? 'vote board', about, d.hash ?? '-'].join('\t'));
      }
      return;
    }
    case 'verify': {
      allowOnly(args, ['offline', 'json']);
      const report = await readOrEmpty(args, null, (core) => core.call('decisions.verify', { hubs: !flag(args, 'offline') }));
      if (!report) return print('no records to verify');
      if (flag(args, 'json')) print(JSON.stringify(report));
      else {
        for (const hub of report.hubs) print(hub.reached ? `hub ${hub.hub}: ${hub.heads} chain heads checked` : `hub ${hub.hub}: not reached (${hub.error}); its chain heads were not checked`);
        for (const p of report.problems) {
          const where = p.table ? `${p.table === 'meeting_records' ? 'meeting record' : 'decision'} ${p.id}` : 'chain';
          print(`MISMATCH ${where}${p.deviceId ? ` (device ${p.deviceId}, place ${p.seq})` : ''}: ${p.problem}`);
        }
        if (report.problems.length === 0) print(`ok: ${report.records} records in ${report.chains} device chains match their hashes${report.headsChecked ? ` and ${report.headsChecked} chain heads recorded by hubs` : ''}`);
      }
      if (report.problems.length > 0) throw new VerifyFailedError(`${report.problems.length} record problem${report.problems.length === 1 ? '' : 's'} found: see above`);
      return;
    }
    default:
      throw new UsageError('decisions commands: list, verify');
  }
}
