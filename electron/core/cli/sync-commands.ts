// `join` and `sync`: this data dir and the hubs it syncs with.
import { allowOnly, flag, option, UsageError, type ParsedArgs } from './args.js';
import { dataDirOf, withCore } from './cli-session.js';
import { startCore } from '../start-core.js';

type Print = (text: string) => void;

export async function joinCommand(args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['hub', 'invite', 'json', 'link', 'allow-insecure']);
  const hubUrl = option(args, 'hub');
  const invite = option(args, 'invite');
  if (!hubUrl || !invite) throw new UsageError('usage: join --hub URL --invite CODE [--link CHAPTER] [--json]');
  const link = option(args, 'link');
  // `--link CHAPTER` picks the local chapter that becomes the hub's; it must exist already.
  const linkArgs: ParsedArgs = link ? { ...args, options: new Map([...args.options, ['chapter', link]]) } : args;
  const joined = await withCore(linkArgs, link ? 'read' : 'none', (core) =>
    core.call('sync.join', { hubUrl, invite, linkCurrentChapter: !!link, allowInsecure: flag(args, 'allow-insecure') }),
  );
  if (flag(args, 'json')) {
    print(JSON.stringify({ chapterId: joined.chapterId, deviceId: joined.deviceId, role: joined.role, token: joined.token }));
  } else {
    print(`joined ${joined.url} as ${joined.role}${joined.chapterId ? ` of chapter ${joined.chapterId}` : ''}; run sync to bring the data over`);
  }
}

export async function syncCommand(args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['once']);
  if (flag(args, 'once')) {
    await withCore(args, 'none', (core) => core.syncOnce());
    print('sync complete');
    return;
  }
  const core = await startCore({ dataDir: dataDirOf(args), liveSync: true });
  print('syncing; press Ctrl-C to stop');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await core.close();
}
