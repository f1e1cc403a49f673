// `groups ...`, `partners ...` and `network ...` commands: affinity groups, the partner directory,
// recruitment trees and leaderboards. Through the contract; --json prints what was made or listed.
import type { Group, Partner, RecruitNode } from '../../../shared/contract/index.js';
import { formatInUnit } from '../../../shared/pledges/units.js';
import type { Core } from '../core-api.js';
import { allowOnly, flag, option, UsageError, type ParsedArgs } from './args.js';
import { dataDirOf, hasDatabase, withCore } from './cli-session.js';

type Print = (text: string) => void;

async function readOrEmpty<T>(args: ParsedArgs, empty: T, read: (core: Core) => Promise<T>): Promise<T> {
  if (!hasDatabase(dataDirOf(args))) return empty;
  return withCore(args, 'read', async (core) => ((await core.call('session.get', {})).chapters.length === 0 ? empty : read(core)));
}

const list = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

export async function groupsCommand(sub: string | undefined, rest: string[], args: ParsedArgs, print: Print): Promise<void> {
  const json = flag(args, 'json');
  switch (sub) {
    case 'add': {
      allowOnly(args, ['name', 'description', 'json']);
      const name = option(args, 'name');
      if (!name) throw new UsageError('usage: groups add --name N [--description T] [--json]');
      const group = await withCore(args, 'write', (core) => core.call('groups.create', { name, ...(option(args, 'description') ? { description: option(args, 'description') } : {}) }));
      return print(json ? JSON.stringify(group) : group.id);
    }
    case 'join':
    case 'leave': {
      allowOnly(args, ['member', 'json']);
      const memberId = option(args, 'member');
      if (rest.length !== 1 || !memberId) throw new UsageError(`usage: groups ${sub} GROUP_ID --member MEMBER_ID [--json]`);
      const group = await withCore(args, 'write', (core) => core.call(sub === 'join' ? 'groups.addMember' : 'groups.removeMember', { groupId: rest[0]!, memberId }));
      return print(json ? JSON.stringify(group) : `${group.name}: ${group.memberCount} members`);
    }
    case 'list': {
      allowOnly(args, ['json']);
      const groups = await readOrEmpty<Group[]>(args, [], (core) => core.call('groups.list', {}));
      if (json) return print(JSON.stringify(groups));
      if (groups.length === 0) return print('no groups');
      for (const g of groups) print([g.id, g.name, `${g.memberCount} members`].join('\t'));
      return;
    }
    default:
      throw new UsageError('groups commands: add, join, leave, list');
  }
}

/** `Name <email>` or `Name`, as a contact. */
function contact(text: string) {
  const match = /^(.*?)\s*<([^>]+)>\s*$/.exec(text);
  return match ? { name: match[1]!.trim(), email: match[2]!.trim() } : { name: text.trim() };
}

export async function partnersCommand(sub: string | undefined, _rest: string[], args: ParsedArgs, print: Print): Promise<void> {
  const json = flag(args, 'json');
  switch (sub) {
    case 'add': {
      allowOnly(args, ['name', 'description', 'works-on', 'contact', 'website', 'notes', 'json']);
      const name = option(args, 'name');
      if (!name) throw new UsageError('usage: partners add --name N [--works-on housing,food] [--contact "Name <email>"] [--website URL] [--notes T] [--json]');
      const partner = await withCore(args, 'write', (core) =>
        core.call('partners.create', {
          name,
          worksOn: list(option(args, 'works-on')),
          contacts: option(args, 'contact') ? [contact(option(args, 'contact')!)] : [],
          ...(option(args, 'description') ? { description: option(args, 'description') } : {}),
          ...(option(args, 'website') ? { website: option(args, 'website') } : {}),
          ...(option(args, 'notes') ? { notes: option(args, 'notes') } : {}),
        }),
      );
      return print(json ? JSON.stringify(partner) : partner.id);
    }
    case 'list': {
      allowOnly(args, ['search', 'works-on', 'json']);
      const partners = await readOrEmpty<Partner[]>(args, [], (core) =>
        core.call('partners.list', { search: option(args, 'search') ?? '', ...(option(args, 'works-on') ? { worksOn: option(args, 'works-on') } : {}) }),
      );
      if (json) return print(JSON.stringify(partners));
      if (partners.length === 0) return print('no partners');
      for (const p of partners) print([p.id, p.name, p.worksOn.join(', '), p.contacts.map((c) => c.name).join(', ')].join('\t'));
      return;
    }
    default:
      throw new UsageError('partners commands: add, list');
  }
}

function printTree(nodes: RecruitNode[], print: Print, indent: string): void {
  for (const node of nodes) {
    const pledged = node.pledged.map((t) => formatInUnit(t.pledged, t, 'en-US')).join(', ');
    print(`${indent}${node.name}${pledged ? ` (pledged ${pledged})` : ''}${node.more > 0 ? ` +${node.more} more` : ''}`);
    printTree(node.recruits, print, `${indent}  `);
  }
}

export async function networkCommand(sub: string | undefined, rest: string[], args: ParsedArgs, print: Print): Promise<void> {
  const json = flag(args, 'json');
  switch (sub) {
    case 'tree': {
      allowOnly(args, ['depth', 'json']);
      const depthText = option(args, 'depth');
      const depth = depthText === undefined ? 5 : Number(depthText);
      if (rest.length !== 1 || !Number.isInteger(depth) || depth < 1 || depth > 20) throw new UsageError('usage: network tree MEMBER_ID [--depth 1-20] [--json]');
      const tree = await withCore(args, 'read', (core) => core.call('network.tree', { memberId: rest[0]!, depth }));
      if (json) return print(JSON.stringify(tree));
      print(tree.name);
      printTree(tree.recruits, print, '  ');
      return;
    }
    case 'leaderboard': {
      allowOnly(args, ['from', 'to', 'limit', 'json']);
      const limit = option(args, 'limit');
      if (limit !== undefined && !/^\d+$/.test(limit)) throw new UsageError(`--limit is a whole number, not "${limit}"`);
      const board = await withCore(args, 'read', (core) =>
        core.call('network.leaderboard', {
          ...(option(args, 'from') ? { from: option(args, 'from') } : {}),
          ...(option(args, 'to') ? { to: option(args, 'to') } : {}),
          ...(limit ? { limit: Number(limit) } : {}),
        }),
      );
      if (json) return print(JSON.stringify(board));
      print('recruiters');
      for (const r of board.recruiters) print(`  ${r.member.name}\t${r.recruits}`);
      for (const b of board.fundraisers) {
        print(`fundraisers (${b.currency ?? b.kind})`);
        for (const e of b.entries) print(`  ${e.member.name}\t${formatInUnit(e.amount, b, 'en-US')}`);
      }
      return;
    }
    default:
      throw new UsageError('network commands: tree, leaderboard');
  }
}
