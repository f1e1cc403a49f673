// The command line: `npm run -s cli -- <command>`. Plain Node, no Electron. Exit code 0 on
// success; otherwise one line on stderr that says what went wrong and what to do.
import { CallError } from '../../../shared/contract/errors.js';
import { DataDirInUseError } from '../../../shared/db/data-dir-lock.js';
import { NewerSchemaError } from '../../../shared/db/migrations.js';
import { runHubCli } from '../../../server/cli.js';
import { SyncIncompleteError } from '../sync/sync-service.js';
import { parseArgs, UsageError } from './args.js';
import { backupCommand, restoreCommand, serveCommand } from './data-commands.js';
import { membersCommand } from './members-commands.js';
import { proposalsCommand } from './proposals-commands.js';
import { campaignsCommand, pledgesCommand, thermometersCommand } from './pledges-commands.js';
import { groupsCommand, networkCommand, partnersCommand } from './network-commands.js';
import { decisionsCommand, meetingsCommand, VerifyFailedError } from './meetings-commands.js';
import { joinCommand, syncCommand } from './sync-commands.js';

const usage = `usage: npm run -s cli -- <command> [--data DIR] [--chapter ID|NAME]
  members import FILE [--format auto|actionnetwork|nationbuilder|spreadsheet] [--dry-run] [--json]
  members list [--search TEXT] [--json]
  members export [--format ours|actionnetwork|nationbuilder] [--out FILE]
  members add --first NAME --last NAME [--email E] [--phone P] [--tags a,b] [--json]
  members set ID FIELD=VALUE...
  members delete ID | merge ID INTO_ID | erase ID
  proposals create --title T [--method consent|majority|ranked|score|dot|timepoll] [--options A,B,...] [--quorum N%] [--json]
  proposals vote ID --member MEMBER_ID (--choice C | --ranking A,B,C | --scores A=5,B=3 | --dots A=2,B=1) [--proxy] [--replace]
  proposals close ID [--json] | proposals list [--search TEXT] [--json]
  pledges add --member ID (--amount 10.00 --currency USD [--monthly|--weekly] | --hours N | --actions N) [--campaign ID] [--start D] [--paid cash|cheque] [--json]
  pledges due [--week] [--json] | pledges pay PLEDGE_ID [--date D] [--method M] [--json] | pledges mark INSTALMENT_ID paid|missed|waived|clear
  pledges list [--member ID] [--campaign ID] [--json] | show ID | pause ID | resume ID | cancel ID | behind | receipt INSTALMENT_ID [--html]
  pledges import FILE [--dry-run] [--json] | pledges export [--fulfilments] [--out FILE]
  campaigns add --name N (--goal 5000.00 --currency USD | --hours N | --actions N) [--json] | campaigns list [--json]
  thermometers [--json] [--svg DIR]
  groups add --name N [--json] | groups join|leave GROUP_ID --member ID | groups list [--json]
  partners add --name N [--works-on a,b] [--contact "Name <email>"] [--json] | partners list [--search T] [--json]
  network tree MEMBER_ID [--depth N] [--json] | network leaderboard [--from D] [--to D] [--json]
  meetings list [--search TEXT] [--json] | meetings minutes ID [--format md|html]
  decisions list [--search TEXT] [--meeting ID] [--tag T] [--status S] [--json]
  decisions verify [--offline] [--json]   (exits 1 if a record does not match)
  backup [--out FILE]
  restore FILE            (into an empty data dir)
  serve [--port N]        (the app in a browser, on 127.0.0.1)
  join --hub URL --invite CODE [--link CHAPTER] [--json]
  hub [--data DIR | --database-url postgres://...] [--port N] [--host ADDR] [--admin-token-file FILE]
  hub chapter create NAME | invite | devices | revoke DEVICE_ID   --hub URL --admin-token T
  sync [--once]`;

export async function runCli(argv: string[], print: (text: string) => void = (t) => process.stdout.write(`${t}\n`)): Promise<void> {
  // The hub has its own commands and options (server/cli.ts; its errors are UsageErrors too).
  if (argv.find((a) => !a.startsWith('--')) === 'hub') return runHubCli(without(argv, 'hub'), print);
  const args = parseArgs(argv);
  const [command, sub, ...rest] = args.positionals;
  switch (command) {
    case 'members':
      return membersCommand(sub, rest, args, print);
    case 'proposals':
      return proposalsCommand(sub, rest, args, print);
    case 'pledges':
      return pledgesCommand(sub, rest, args, print);
    case 'campaigns':
      return campaignsCommand(sub, rest, args, print);
    case 'thermometers':
      return thermometersCommand(args, print);
    case 'groups':
      return groupsCommand(sub, rest, args, print);
    case 'partners':
      return partnersCommand(sub, rest, args, print);
    case 'network':
      return networkCommand(sub, rest, args, print);
    case 'meetings':
      return meetingsCommand(sub, rest, args, print);
    case 'decisions':
      return decisionsCommand(sub, rest, args, print);
    case 'backup':
      return backupCommand(args, print);
    case 'restore':
      return restoreCommand([sub, ...rest].filter((x): x is string => x !== undefined), args, print);
    case 'serve':
      return serveCommand(args, print);
    case 'join':
      return joinCommand(args, print);
    case 'sync':
      return syncCommand(args, print);
    case undefined:
    case 'help':
      return print(usage);
    default:
      throw new UsageError(`unknown command "${command}"; run with help to see the commands`);
  }
}

function without(argv: string[], word: string): string[] {
  const at = argv.indexOf(word);
  return [...argv.slice(0, at), ...argv.slice(at + 1)];
}

function oneLine(error: unknown): string {
  if (error instanceof SyncIncompleteError || error instanceof VerifyFailedError) return error.message;
  if (error instanceof UsageError || error instanceof DataDirInUseError || error instanceof NewerSchemaError) return error.message;
  if (error instanceof CallError) return error.message;
  return `unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
}

const isEntry = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
if (isEntry) {
  runCli(process.argv.slice(2)).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`error: ${oneLine(error).replace(/\s*\n\s*/g, ' ')}\n`);
      if (process.env.CHAPTERHOUSE_DEBUG) console.error(error);
      process.exit(1);
    },
  );
}
