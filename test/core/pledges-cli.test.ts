// The pledge commands as scripts use them: real processes, JSON shapes with ids and minor units,
// exit codes, refusals in one line that change nothing.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localToday } from '../../electron/core/pledges/pledge-rows.js';
import { runCli } from '../support/child-process.js';
import { cliOk, cliRefused } from '../support/cli-checks.js';
import { removeDir, tempDir } from '../support/core-fixture.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) removeDir(dir);
});



describe('pledges commands', () => {
  it('adds campaigns and pledges, lists what is due, takes payments, and totals campaigns in minor units', async () => {
    const data = tempDir();
    dirs.push(data);
    const today = localToday();
    expect(JSON.parse(await cliOk(['campaigns', 'list', '--json', '--data', data]))).toEqual([]);
    const ann = await cliOk(['members', 'add', '--first', 'Ann', '--last', 'Lee', '--data', data]);
    const campaign = JSON.parse(await cliOk(['campaigns', 'add', '--name', 'Rent strike fund', '--goal', '5000.00', '--currency', 'USD', '--json', '--data', data]));
    expect(campaign).toEqual({ id: expect.any(String), name: 'Rent strike fund', currency: 'USD', goal: 500000, pledged: 0, fulfilled: 0 });

    const monthly = JSON.parse(await cliOk(['pledges', 'add', '--member', ann, '--amount', '10.00', '--currency', 'USD', '--monthly', '--campaign', campaign.id, '--json', '--data', data]));
    expect(monthly).toMatchObject({ id: expect.any(String), memberId: ann, campaignId: campaign.id, kind: 'money', amount: 1000, currency: 'USD', recurrence: 'monthly', startOn: today });
    const hours = JSON.parse(await cliOk(['pledges', 'add', '--member', ann, '--hours', '3', '--weekly', '--json', '--data', data]));
    expect(hours).toMatchObject({ kind: 'hours', amount: 3, currency: null, recurrence: 'weekly' });
    await cliRefused(['pledges', 'add', '--member', ann, '--amount', '5.00', '--currency', 'EUR', '--campaign', campaign.id, '--data', data], /this campaign collects USD; record the pledge in USD/);
    await cliRefused(['pledges', 'add', '--member', ann, '--amount', '5,00', '--currency', 'USD', '--data', data], /has a comma/);
    await cliRefused(['pledges', 'add', '--member', ann, '--data', data], /usage: pledges add/);

    const week = JSON.parse(await cliOk(['pledges', 'due', '--week', '--json', '--data', data]));
    expect(week.map((i: { pledgeId: string }) => i.pledgeId).sort()).toEqual([monthly.id, hours.id].sort());
    expect(week.find((i: { pledgeId: string }) => i.pledgeId === monthly.id)).toMatchObject({ instalmentId: `${monthly.id}_${today}`, dueOn: today, amount: 1000, currency: 'USD', member: { id: ann, name: 'Ann Lee' } });

    const paid = JSON.parse(await cliOk(['pledges', 'pay', monthly.id, '--json', '--data', data]));
    expect(paid.instalment).toMatchObject({ id: `${monthly.id}_${today}`, status: 'paid', paidOn: today });
    expect(paid.receipt.receiptNo).toMatch(/^R-/);
    await cliRefused(['pledges', 'pay', monthly.id, '--date', today, '--data', data], /was paid on .* already/);
    expect(await cliOk(['pledges', 'pay', hours.id, '--date', today, '--data', data])).toMatch(/^paid .* \(3 hours due /);

    const owed = JSON.parse(await cliOk(['pledges', 'due', '--json', '--data', data]));
    expect(owed).toEqual([]);
    const listed = JSON.parse(await cliOk(['campaigns', 'list', '--json', '--data', data]));
    expect(listed).toEqual([{ id: campaign.id, name: 'Rent strike fund', currency: 'USD', goal: 500000, pledged: 1000, fulfilled: 1000 }]);

    const overview = JSON.parse(await cliOk(['thermometers', '--json', '--data', data]));
    expect(overview.chapter.thermometers.map((t: { kind: string; pledged: number }) => [t.kind, t.pledged])).toEqual([
      ['money', 1000],
      ['hours', 3],
    ]);
    const svgDir = path.join(data, 'svg');
    await cliOk(['thermometers', '--svg', svgDir, '--data', data]);
    expect(fs.readdirSync(svgDir).sort()).toEqual(['campaign-' + campaign.id + '.svg', 'chapter-1.svg', 'chapter-2.svg']);
    expect(fs.readFileSync(path.join(svgDir, 'chapter-1.svg'), 'utf8')).toMatch(/^<svg /);
  }, 180_000);

  it('records cash on the spot with a receipt, and imports and exports pledges', async () => {
    const data = tempDir();
    dirs.push(data);
    const ann = JSON.parse(await cliOk(['members', 'add', '--first', 'Ann', '--email', 'ann@example.org', '--json', '--data', data]));
    const out = await cliOk(['pledges', 'add', '--member', ann.id, '--amount', '20.00', '--currency', 'GBP', '--paid', 'cheque', '--reference', '000451', '--data', data]);
    const [id, ...receipt] = out.split('\n');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(receipt.join('\n')).toMatch(/Amount\s+£20\.00/);
    expect(receipt.join('\n')).toMatch(/Paid by\s+cheque \(000451\)/);

    const file = path.join(data, 'pledges.csv');
    fs.writeFileSync(file, 'member_email,amount,currency,recurrence,start_on\nann@example.org,5.00,USD,weekly,2025-01-06\nnobody@example.org,5.00,USD,,2025-01-06\n');
    expect(JSON.parse(await cliOk(['pledges', 'import', file, '--dry-run', '--json', '--data', data]))).toEqual({
      created: 1,
      unchanged: 0,
      rejected: [{ line: 3, reason: expect.stringContaining('no member has the e-mail nobody@example.org') }],
    });
    await cliRefused(['pledges', 'import', file, '--data', data], /nothing was imported: 1 row needs fixing first \(line 3: /);
    fs.writeFileSync(file, 'member_email,amount,currency,recurrence,start_on\nann@example.org,5.00,USD,weekly,2025-01-06\n');
    expect(JSON.parse(await cliOk(['pledges', 'import', file, '--json', '--data', data]))).toEqual({ created: 1, unchanged: 0, rejected: [] });

    const exported = path.join(data, 'export.csv');
    expect(await cliOk(['pledges', 'export', '--out', exported, '--data', data])).toBe(`wrote 2 pledges to ${exported}`);
    expect(JSON.parse(await cliOk(['pledges', 'import', exported, '--json', '--data', data]))).toEqual({ created: 0, unchanged: 2, rejected: [] });
    const fulfilments = await cliOk(['pledges', 'export', '--fulfilments', '--data', data]);
    expect(fulfilments.split('\n')).toHaveLength(2);
    expect(fulfilments).toContain(',cheque,000451,R-');
  }, 180_000);
});
