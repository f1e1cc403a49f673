// `pledges ...`, `campaigns ...` and `thermometers` commands. Through the contract, like the app's
// screens; bad input is refused with one line and changes nothing. With --json each prints what it
// made or listed, ids included; amounts in JSON are whole minor units (or hours, actions).
import fs from 'node:fs';
import path from 'node:path';
import { CallError } from '../../../shared/contract/errors.js';
import type { Campaign, DueItem, PledgeView } from '../../../shared/contract/pledges.js';
import { paymentMethods } from '../../../shared/replication/pledge-tables.js';
import { receiptText } from '../../../shared/pledges/receipt.js';
import { thermometerSvg } from '../../../shared/pledges/thermometer-svg.js';
import { formatInUnit } from '../../../shared/pledges/units.js';
import type { PaymentMethod } from '../../../shared/pledges/receipt.js';
import type { Core } from '../core-api.js';
import { allowOnly, flag, option, UsageError, type ParsedArgs } from './args.js';
import { dataDirOf, hasDatabase, withCore } from './cli-session.js';

type Print = (text: string) => void;

const usage = {
  add: 'usage: pledges add --member ID (--amount 10.00 --currency USD [--monthly|--weekly] | --hours N | --actions N) [--campaign ID] [--start DATE] [--note TEXT] [--paid cash|cheque [--reference R]] [--json]',
  pay: 'usage: pledges pay PLEDGE_ID [--date D] [--paid-on D] [--method cash|cheque|card|transfer|other] [--reference R] [--json]',
  mark: 'usage: pledges mark INSTALMENT_ID paid|missed|waived|clear [--json]',
  campaign: 'usage: campaigns add --name N (--goal 5000.00 --currency USD | --hours N | --actions N) [--description T] [--starts D] [--ends D] [--json]',
};

export async function pledgesCommand(sub: string | undefined, rest: string[], args: ParsedArgs, print: Print): Promise<void> {
  switch (sub) {
    case 'add':
      return addPledge(args, print);
    case 'due':
      return listDue(args, print);
    case 'pay':
      return pay(rest, args, print);
    case 'mark':
      return mark(rest, args, print);
    case 'list':
      return listPledges(args, print);
    case 'show':
      return showPledge(rest, args, print);
    case 'pause':
    case 'resume':
    case 'cancel':
      return reschedule(sub, rest, args, print);
    case 'behind':
      return listBehind(args, print);
    case 'receipt':
      return printReceipt(rest, args, print);
    case 'import':
      return importPledges(rest, args, print);
    case 'export':
      return exportPledges(args, print);
    default:
      throw new UsageError('pledges commands: add, due, pay, mark, list, show, pause, resume, cancel, behind, receipt, import, export');
  }
}

export async function campaignsCommand(sub: string | undefined, _rest: string[], args: ParsedArgs, print: Print): Promise<void> {
  switch (sub) {
    case 'add':
      return addCampaign(args, print);
    case 'list':
      return listCampaigns(args, print);
    default:
      throw new UsageError('campaigns commands: add, list');
  }
}

function json(args: ParsedArgs): boolean {
  return flag(args, 'json');
}

/** A read of a data dir that may hold nothing yet: no database or no chapter reads as empty. */
async function readOrEmpty<T>(args: ParsedArgs, empty: T, read: (core: Core) => Promise<T>): Promise<T> {
  if (!hasDatabase(dataDirOf(args))) return empty;
  return withCore(args, 'read', async (core) => ((await core.call('session.get', {})).chapters.length === 0 ? empty : read(core)));
}

function amountText(p: { amount: number; kind: PledgeView['kind']; currency: string | null }): string {
  return formatInUnit(p.amount, { kind: p.kind, currency: p.currency }, 'en-US');
}

async function addPledge(args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['member', 'amount', 'currency', 'monthly', 'weekly', 'hours', 'actions', 'campaign', 'start', 'note', 'paid', 'reference', 'meeting', 'json']);
  const memberId = option(args, 'member');
  const given = (['amount', 'hours', 'actions'] as const).filter((name) => args.options.has(name));
  if (!memberId || given.length !== 1) throw new UsageError(usage.add);
  const kind = given[0] === 'amount' ? 'money' : given[0]!;
  const amount = option(args, given[0]!)!;
  if (flag(args, 'monthly') && flag(args, 'weekly')) throw new UsageError('a pledge recurs --monthly or --weekly, not both');
  const currency = option(args, 'currency');
  if (kind !== 'money' && currency) throw new UsageError(`--currency is for money; --${kind} counts ${kind}`);
  const paid = option(args, 'paid');
  if (paid !== undefined && !(paymentMethods as readonly string[]).includes(paid)) throw new UsageError(`--paid is ${paymentMethods.join(', ')}, not "${paid}"`);
  if (option(args, 'reference') && !paid) throw new UsageError('--reference goes with --paid (a cheque number, a transfer reference)');
  const result = await withCore(args, 'write', (core) =>
    core.call('pledges.create', {
      memberId,
      kind,
      amount,
      ...(currency ? { currency } : {}),
      recurrence: flag(args, 'monthly') ? 'monthly' : flag(args, 'weekly') ? 'weekly' : 'once',
      ...(option(args, 'campaign') ? { campaignId: option(args, 'campaign') } : {}),
      ...(option(args, 'start') ? { startOn: option(args, 'start') } : {}),
      ...(option(args, 'note') ? { note: option(args, 'note') } : {}),
      ...(option(args, 'meeting') ? { meetingId: option(args, 'meeting') } : {}),
      ...(paid ? { paidNow: { method: paid as PaymentMethod, ...(option(args, 'reference') ? { reference: option(args, 'reference') } : {}) } } : {}),
    }),
  );
  if (json(args)) return print(JSON.stringify({ ...result.pledge, ...(result.payment ? { payment: result.payment } : {}) }));
  print(result.pledge.id);
  if (result.payment?.receipt) print(receiptText(result.payment.receipt, 'en-US'));
}

async function listDue(args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['week', 'json']);
  const week = flag(args, 'week');
  const due = await readOrEmpty<{ from: string | null; to: string; items: DueItem[] } | null>(args, null, (core) => core.call('pledges.due', { range: week ? 'week' : 'today' }));
  const items = due?.items ?? [];
  if (json(args)) return print(JSON.stringify(items));
  if (items.length === 0) return print(week ? 'nothing is due this week' : 'nothing is owed today');
  for (const i of items) print([i.dueOn, i.member?.name ?? '', amountText(i), i.status, i.pledgeId, i.instalmentId].join('\t'));
}

async function pay(rest: string[], args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['date', 'paid-on', 'method', 'reference', 'note', 'meeting', 'json']);
  const pledgeId = rest[0];
  if (!pledgeId || rest.length > 1) throw new UsageError(usage.pay);
  const method = option(args, 'method');
  if (method !== undefined && !(paymentMethods as readonly string[]).includes(method)) throw new UsageError(`--method is ${paymentMethods.join(', ')}, not "${method}"`);
  const date = option(args, 'date');
  const common = {
    pledgeId,
    ...(option(args, 'paid-on') ? { paidOn: option(args, 'paid-on') } : {}),
    ...(method ? { method: method as PaymentMethod } : {}),
    ...(option(args, 'reference') ? { reference: option(args, 'reference') } : {}),
    ...(option(args, 'note') ? { note: option(args, 'note') } : {}),
    ...(option(args, 'meeting') ? { meetingId: option(args, 'meeting') } : {}),
  };
  const result = await withCore(args, 'write', async (core) => {
    if (!date) return core.call('pledges.pay', common);
    try {
      return await core.call('pledges.pay', { ...common, dueOn: date });
    } catch (error) {
      // --date names the instalment; when none falls due that day, it is the day of payment.
      if (!(error instanceof CallError) || !/has no instalment due on/.test(error.message) || common.paidOn) throw error;
      return core.call('pledges.pay', { ...common, paidOn: date });
    }
  });
  if (json(args)) return print(JSON.stringify(result));
  const i = result.instalment;
  print(`paid ${i.id} (${amountText(i)} due ${i.dueOn}) on ${i.paidOn}${result.receipt ? `; receipt ${result.receipt.receiptNo}` : ''}`);
}

async function mark(rest: string[], args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['note', 'json']);
  const [instalmentId, status] = rest;
  if (!instalmentId || !status || !['paid', 'missed', 'waived', 'clear'].includes(status) || rest.length > 2) throw new UsageError(usage.mark);
  const result = await withCore(args, 'write', (core) =>
    core.call('pledges.mark', { instalmentId, status: status === 'clear' ? null : (status as 'paid'), ...(option(args, 'note') ? { note: option(args, 'note') } : {}) }),
  );
  print(json(args) ? JSON.stringify(result) : `${result.instalment.id} ${result.instalment.status}`);
}

function pledgeLine(p: PledgeView): string {
  return [p.id, p.member?.name ?? '', `${p.amountText}${p.recurrence === 'once' ? '' : ` ${p.recurrence}`}`, p.status, p.campaignName ?? 'chapter', `pledged ${amountText({ ...p, amount: p.pledged })}`, `fulfilled ${amountText({ ...p, amount: p.fulfilled })}`].join('\t');
}

async function listPledges(args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['member', 'campaign', 'json']);
  const listed = await readOrEmpty(args, { total: 0, rows: [] as PledgeView[] }, (core) =>
    core.call('pledges.list', { ...(option(args, 'member') ? { memberId: option(args, 'member') } : {}), ...(option(args, 'campaign') ? { campaignId: option(args, 'campaign') } : {}), limit: 500 }),
  );
  if (json(args)) return print(JSON.stringify(listed.rows));
  if (listed.rows.length === 0) return print('no pledges');
  for (const p of listed.rows) print(pledgeLine(p));
}

async function showPledge(rest: string[], args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['json']);
  if (rest.length !== 1) throw new UsageError('usage: pledges show PLEDGE_ID [--json]');
  const detail = await withCore(args, 'read', (core) => core.call('pledges.get', { id: rest[0]! }));
  if (json(args)) return print(JSON.stringify(detail));
  print(pledgeLine(detail));
  for (const i of detail.instalments) print(['', i.dueOn, i.status, i.paidOn ?? '', i.receiptNo ?? '', i.id].join('\t'));
}

async function reschedule(sub: 'pause' | 'resume' | 'cancel', rest: string[], args: ParsedArgs, print: Print): Promise<void> {
  const dates = sub === 'pause' ? ['from', 'to'] : ['on'];
  allowOnly(args, [...dates, 'json']);
  const id = rest[0];
  if (!id || rest.length > 1) throw new UsageError(`usage: pledges ${sub} PLEDGE_ID ${dates.map((d) => `[--${d} DATE]`).join(' ')} [--json]`);
  const when = Object.fromEntries(dates.filter((d) => option(args, d)).map((d) => [d, option(args, d)]));
  const pledge = await withCore(args, 'write', (core) => core.call(`pledges.${sub}`, { id, ...when }));
  print(json(args) ? JSON.stringify(pledge) : `${pledge.id} ${pledge.status}${pledge.nextDueOn ? `; next due ${pledge.nextDueOn}` : ''}`);
}

async function listBehind(args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['json']);
  const behind = await readOrEmpty(args, [], (core) => core.call('pledges.behind', {}));
  if (json(args)) return print(JSON.stringify(behind));
  if (behind.length === 0) return print('nobody is behind');
  for (const a of behind) print([a.member?.name ?? '', `${a.count} unpaid since ${a.oldestDueOn}`, amountText(a), a.pledgeId].join('\t'));
}

async function printReceipt(rest: string[], args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['html', 'json']);
  if (rest.length !== 1) throw new UsageError('usage: pledges receipt INSTALMENT_ID [--html | --json]');
  const printed = await withCore(args, 'read', (core) => core.call('pledges.receipt', { instalmentId: rest[0]! }));
  print(json(args) ? JSON.stringify(printed.receipt) : flag(args, 'html') ? printed.html : printed.text);
}

async function importPledges(rest: string[], args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['dry-run', 'json']);
  const file = rest[0];
  if (!file || rest.length > 1) throw new UsageError('usage: pledges import FILE [--dry-run] [--json]');
  if (!fs.existsSync(file)) throw new UsageError(`there is no file at ${file}`);
  const request = { fileName: path.basename(file), contentBase64: fs.readFileSync(file).toString('base64') };
  const dryRun = flag(args, 'dry-run');
  const result = await withCore(args, dryRun ? 'read' : 'write', async (core) => {
    if (!dryRun) return core.call('pledges.import', request);
    const preview = await core.call('pledges.importPreview', request);
    return { created: preview.toCreate, unchanged: preview.unchanged, rejected: preview.rejected };
  });
  if (json(args)) return print(JSON.stringify(result));
  print(`${dryRun ? 'would create' : 'created'} ${result.created}, unchanged ${result.unchanged}, rejected ${result.rejected.length}`);
  for (const row of result.rejected) print(`  line ${row.line}: ${row.reason}`);
}

async function exportPledges(args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['fulfilments', 'campaign', 'member', 'out']);
  const exported = await withCore(args, 'read', (core) =>
    core.call('pledges.exportCsv', {
      what: flag(args, 'fulfilments') ? 'fulfilments' : 'pledges',
      ...(option(args, 'campaign') ? { campaignId: option(args, 'campaign') } : {}),
      ...(option(args, 'member') ? { memberId: option(args, 'member') } : {}),
    }),
  );
  const out = option(args, 'out');
  if (!out) return print(exported.csv.replace(/^\uFEFF/, '').replace(/\r\n$/, ''));
  fs.writeFileSync(out, exported.csv);
  print(`wrote ${exported.count} ${flag(args, 'fulfilments') ? 'fulfilments' : 'pledges'} to ${out}`);
}

/** `{id, name, currency, goal, pledged, fulfilled}`, amounts in minor units; `kind` for hours or actions. */
function campaignJson(c: Campaign): Record<string, unknown> {
  return { id: c.id, name: c.name, currency: c.currency, goal: c.goal, pledged: c.pledged, fulfilled: c.fulfilled, ...(c.kind === 'money' ? {} : { kind: c.kind }) };
}

async function addCampaign(args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['name', 'goal', 'currency', 'hours', 'actions', 'description', 'starts', 'ends', 'json']);
  const name = option(args, 'name');
  const given = (['goal', 'hours', 'actions'] as const).filter((g) => args.options.has(g));
  if (!name || given.length !== 1) throw new UsageError(usage.campaign);
  const kind = given[0] === 'goal' ? 'money' : given[0]!;
  const currency = option(args, 'currency');
  if (kind === 'money' && !currency) throw new UsageError('a money goal needs --currency, like --currency USD');
  if (kind !== 'money' && currency) throw new UsageError(`--currency is for money goals; --${kind} counts ${kind}`);
  const campaign = await withCore(args, 'write', (core) =>
    core.call('campaigns.create', {
      name,
      kind,
      goal: option(args, given[0]!)!,
      ...(currency ? { currency } : {}),
      ...(option(args, 'description') ? { description: option(args, 'description') } : {}),
      ...(option(args, 'starts') ? { startsOn: option(args, 'starts') } : {}),
      ...(option(args, 'ends') ? { endsOn: option(args, 'ends') } : {}),
    }),
  );
  print(json(args) ? JSON.stringify(campaignJson(campaign)) : campaign.id);
}

async function listCampaigns(args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['json']);
  const campaigns = await readOrEmpty<Campaign[]>(args, [], (core) => core.call('campaigns.list', {}));
  if (json(args)) return print(JSON.stringify(campaigns.map(campaignJson)));
  if (campaigns.length === 0) return print('no campaigns');
  for (const c of campaigns) print([c.id, c.name, c.thermometer.label].join('\t'));
}

/** `thermometers [--json] [--svg DIR]`: the chapter's, each campaign's and each group's. */
export async function thermometersCommand(args: ParsedArgs, print: Print): Promise<void> {
  allowOnly(args, ['json', 'svg']);
  const overview = await withCore(args, 'read', (core) => core.call('thermometers.overview', {}));
  const dir = option(args, 'svg');
  if (dir) {
    fs.mkdirSync(dir, { recursive: true });
    const drawn: [string, string, (typeof overview.chapter.thermometers)[number]][] = [
      ...overview.chapter.thermometers.map((t, i) => [`chapter-${i + 1}`, overview.chapter.name, t] as [string, string, typeof t]),
      ...overview.campaigns.map((c) => [`campaign-${c.id}`, c.name, c.thermometer] as [string, string, typeof c.thermometer]),
      ...overview.groups.flatMap((g) => g.thermometers.map((t, i) => [`group-${g.id}-${i + 1}`, g.name, t] as [string, string, typeof t])),
    ];
    for (const [file, title, view] of drawn) fs.writeFileSync(path.join(dir, `${file}.svg`), thermometerSvg(view, { title, locale: 'en-US' }));
    if (!json(args)) print(`wrote ${drawn.length} thermometers to ${dir}`);
  }
  if (json(args)) return print(JSON.stringify(overview));
  if (dir) return;
  const line = (who: string, labels: string[]) => print(`${who}\t${labels.join('; ') || 'nothing pledged yet'}`);
  line(overview.chapter.name || 'chapter', overview.chapter.thermometers.map((t) => t.label));
  for (const c of overview.campaigns) line(c.name, [c.thermometer.label]);
  for (const g of overview.groups) line(g.name, g.thermometers.map((t) => t.label));
  for (const problem of overview.problems) print(`  ${problem}`);
}
