// `members ...` commands. Each goes through the contract, like the app's screens do.
import fs from 'node:fs';
import path from 'node:path';
import { exportFormatSchema, importFormatSchema } from '../../../shared/contract/members.js';
import { allowOnly, flag, option, UsageError, type ParsedArgs } from './args.js';
import { dataDirOf, hasDatabase, withCore } from './cli-session.js';
import { parseAssignments } from './member-assignments.js';

type Print = (text: string) => void;

export async function membersCommand(sub: string | undefined, rest: string[], args: ParsedArgs, print: Print): Promise<void> {
  switch (sub) {
    case 'import':
      return importMembers(rest, args, print);
    case 'list':
      return listMembers(args, print);
    case 'export':
      return exportMembers(args, print);
    case 'add':
      return addMember(args, print);
    case 'set':
      return setMember(rest, args, print);
    case 'delete':
      return simple(rest, args, print, 1, (core, [id]) => core.call('members.delete', { id: id! }).then(() => `deleted ${id}`));
    case 'merge':
      return simple(rest, args, print, 2, (core, [id, intoId]) =>
        core.call('members.merge', { id: id!, intoId: intoId! }).then((m) => `merged ${id} into ${m.id}`),
      );
    case 'erase':
      return simple(rest, args, print, 1, (core, [id]) => core.call('members.erase', { id: id! }).then(() => `erased the personal data of ${id}`));
    default:
      throw new UsageError('members commands: import, list, export, add, set, delete, merge, erase');
  }
}

async function importMembers(rest: string[], args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['format', 'dry-run', 'json']);
  const file = rest[0];
  if (!file || rest.length > 1) throw new UsageError('usage: members import FILE [--format auto|actionnetwork|nationbuilder|spreadsheet] [--dry-run] [--json]');
  if (!fs.existsSync(file)) throw new UsageError(`there is no file at ${file}`);
  const formatName = option(args, 'format') ?? 'auto';
  const format = formatName === 'auto' ? ('auto' as const) : importFormatSchema.safeParse(formatName).data;
  if (!format) throw new UsageError(`--format is auto, actionnetwork, nationbuilder or spreadsheet, not "${formatName}"`);
  const request = { fileName: path.basename(file), contentBase64: fs.readFileSync(file).toString('base64'), format };
  const dryRun = flag(args, 'dry-run');
  const result = await withCore(args, dryRun ? 'read' : 'write', async (core) => {
    if (!dryRun) return core.call('members.import', request);
    const preview = await core.call('members.importPreview', request);
    return { created: preview.created, updated: preview.updated, rejected: preview.rejected };
  });
  if (flag(args, 'json')) return print(JSON.stringify(result));
  print(`${dryRun ? 'would create' : 'created'} ${result.created}, ${dryRun ? 'would update' : 'updated'} ${result.updated}, rejected ${result.rejected.length}`);
  for (const row of result.rejected) print(`  line ${row.line}: ${row.reason}`);
}

async function listMembers(args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['search', 'json']);
  const members = hasDatabase(dataDirOf(args))
    ? await withCore(args, 'read', async (core) => {
        const { chapters } = await core.call('session.get', {});
        return chapters.length === 0 ? [] : core.call('members.list', { query: option(args, 'search') ?? '' });
      })
    : [];
  if (flag(args, 'json')) return print(JSON.stringify(members));
  if (members.length === 0) return print('no members');
  for (const m of members) print([m.id, `${m.firstName} ${m.lastName}`.trim(), m.email ?? '', m.phone ?? '', m.tags.join(',')].join('\t'));
}

async function exportMembers(args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['format', 'out', 'search']);
  const formatName = option(args, 'format') ?? 'ours';
  const format = exportFormatSchema.safeParse(formatName).data;
  if (!format) throw new UsageError(`--format is ours, actionnetwork or nationbuilder, not "${formatName}"`);
  const search = option(args, 'search');
  const exported = await withCore(args, 'read', (core) => core.call('members.export', { format, search: search ? { query: search } : undefined }));
  const out = option(args, 'out');
  if (!out) return print(exported.csv.replace(/\r\n$/, ''));
  fs.writeFileSync(out, exported.csv);
  print(`wrote ${exported.count} members to ${out}`);
}

async function addMember(args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['first', 'last', 'email', 'phone', 'tags', 'json']);
  const first = option(args, 'first');
  if (!first) throw new UsageError('usage: members add --first NAME --last NAME [--email E] [--phone P] [--tags a,b] [--json]');
  const tags = option(args, 'tags');
  const member = await withCore(args, 'write', (core) =>
    core.call('members.create', {
      firstName: first,
      lastName: option(args, 'last') ?? '',
      email: option(args, 'email') ?? null,
      phone: option(args, 'phone') ?? null,
      tags: tags ? tags.split(',').map((t) => t.trim()).filter(Boolean) : [],
    }),
  );
  print(flag(args, 'json') ? JSON.stringify(member) : member.id);
}

async function setMember(rest: string[], args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['json']);
  const [id, ...assignments] = rest;
  if (!id) throw new UsageError('usage: members set ID FIELD=VALUE...');
  const changes = parseAssignments(assignments);
  const member = await withCore(args, 'write', async (core) => {
    if (changes.custom) changes.custom = { ...(await core.call('members.get', { id })).custom, ...changes.custom };
    return core.call('members.update', { id, changes });
  });
  print(flag(args, 'json') ? JSON.stringify(member) : `updated ${member.id}`);
}

async function simple(
  rest: string[],
  args: ParsedArgs,
  print: Print,
  arity: number,
  run: (core: Parameters<Parameters<typeof withCore>[2]>[0], ids: string[]) => Promise<string>,
): Promise<void> {
  allowOnly(args, []);
  if (rest.length !== arity) throw new UsageError(`expected ${arity === 1 ? 'a member id' : 'two member ids'}`);
  print(await withCore(args, 'write', (core) => run(core, rest)));
}
