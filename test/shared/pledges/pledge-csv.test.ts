// Pledges from and to CSV: which header is which column, every problem in a row at once with a
// reason a person can act on, and our own export reading back to the same pledges.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/members/csv-parse.js';
import { fulfilmentsToCsv, pledgesToCsv, type PledgeExportRow } from '../../../shared/pledges/pledge-csv-export.js';
import { mapPledgeColumns, PledgeFileError, readPledgeRow, type CampaignRef, type PledgeImportLookups } from '../../../shared/pledges/pledge-csv-import.js';

const campaigns: CampaignRef[] = [
  { id: 'c-rent', name: 'Rent strike fund', kind: 'money', currency: 'USD' },
  { id: 'c-calls', name: 'Phone bank', kind: 'actions', currency: null },
];
const lookups: PledgeImportLookups = {
  memberById: (id) => (['m1', 'm2'].includes(id) ? { id } : undefined),
  memberByEmail: (email) => (email === 'ann@example.org' ? { id: 'm1' } : email === 'twin@example.org' ? 'ambiguous' : undefined),
  campaignById: (id) => campaigns.find((c) => c.id === id),
  campaignByName: (name) => campaigns.find((c) => c.name.toLowerCase() === name.toLowerCase()),
};
let next = 0;
const ctx = { country: 'US', lookups, newId: () => `new${++next}` };

function read(csv: string) {
  const parsed = parseCsv(csv);
  const map = mapPledgeColumns(parsed.headers);
  return parsed.records.map((r) => ({ line: r.line, result: readPledgeRow(r.cells, map, ctx) }));
}

describe('pledge CSV import', () => {
  it('knows columns by their usual names, ignores others, and says what the file lacks', () => {
    expect(mapPledgeColumns(['Email', 'Amount', 'Currency', 'Frequency', 'Start Date', 'Shirt size']).columns).toEqual([
      'memberEmail',
      'amount',
      'currency',
      'recurrence',
      'startOn',
      null,
    ]);
    expect(() => mapPledgeColumns(['name', 'currency'])).toThrow(PledgeFileError);
    expect(() => mapPledgeColumns(['name', 'currency'])).toThrow(/no amount column and no member_id or member_email column/);
  });

  it('reads money, hours and actions, with the campaign’s currency when the row has none', () => {
    const rows = read(
      [
        'member_email,campaign,kind,amount,currency,recurrence,start_on,note',
        'ann@example.org,Rent strike fund,,10.50,,monthly,2025-01-31,first',
        'ann@example.org,,hours,3,,weekly,03/04/2025,',
        'ann@example.org,c-calls,,40,,,2025-03-01,',
      ].join('\n'),
    );
    expect(rows.map((r) => r.result.ok)).toEqual([true, true, true]);
    const [money, hours, actions] = rows.map((r) => (r.result.ok ? r.result.row : null));
    expect(money).toMatchObject({ memberId: 'm1', campaignId: 'c-rent', note: 'first', idFromFile: false, pledge: { kind: 'money', amount: 1050, currency: 'USD', recurrence: 'monthly', startOn: '2025-01-31' } });
    expect(hours?.pledge).toMatchObject({ kind: 'hours', amount: 3, recurrence: 'weekly', startOn: '2025-03-04' });
    expect(hours?.pledge.currency).toBeUndefined();
    expect(actions).toMatchObject({ campaignId: 'c-calls', pledge: { kind: 'actions', amount: 40, recurrence: 'once' } });
  });

  it('gives every problem of a row at once, with what to write instead', () => {
    const rows = read(
      [
        'member_email,campaign,amount,currency,recurrence,start_on',
        'nobody@example.org,Rent strike fund,10.00,EUR,fortnightly,2025-02-30',
        'twin@example.org,,"1,000.00",USD,,2025-01-01',
        'ann@example.org,Phone bank,10.00,USD,,2025-01-01',
        'ann@example.org,,,USD,,',
        'ann@example.org,Food bank,10,USD,,2025-01-01',
      ].join('\n'),
    );
    const reasons = rows.map((r) => (r.result.ok ? 'ok' : r.result.reason));
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
    expect(reasons[0]).toContain('no member has the e-mail nobody@example.org');
    expect(reasons[0]).toContain("the recurrence 'fortnightly' is not once, weekly or monthly");
    expect(reasons[0]).toContain("the start date '2025-02-30' does not exist");
    expect(reasons[0]).toContain('the campaign Rent strike fund collects USD');
    expect(reasons[1]).toContain('more than one member has the e-mail twin@example.org');
    expect(reasons[1]).toContain('thousands separators');
    expect(reasons[2]).toContain('the campaign Phone bank counts actions; a pledge of money cannot count toward it');
    expect(reasons[3]).toContain('the amount is empty');
    expect(reasons[3]).toContain('the start date is empty');
    expect(reasons[4]).toContain("there is no campaign 'Food bank'");
    const paused = read('member_id,amount,currency,recurrence,start_on,paused\nm1,1.00,USD,weekly,2025-01-06,2025-02-01-2025-03-01');
    expect(paused[0]!.result).toEqual({ ok: false, reason: expect.stringContaining("the pause '2025-02-01-2025-03-01' is not written like 2025-04-01..2025-04-30") });
  });

  it('reads our own export back to the same pledges', () => {
    const exported: PledgeExportRow[] = [
      {
        id: 'p-1',
        memberId: 'm1',
        memberName: 'Ann Lee',
        memberEmail: 'ann@example.org',
        campaignId: 'c-rent',
        campaignName: 'Rent strike fund',
        kind: 'money',
        amount: 1000,
        currency: 'USD',
        recurrence: 'monthly',
        startOn: '2025-01-31',
        pausedRanges: [],
        cancelledOn: '2025-06-01',
        status: 'cancelled',
        pledged: 5000,
        fulfilled: 3000,
        note: '=HYPERLINK("x")',
        createdAt: '2025-01-31T10:00:00.000Z',
      },
      { ...exported0(), id: 'p-2', memberId: 'm2', memberEmail: null, campaignId: null, campaignName: null, kind: 'hours', amount: 4, currency: null, recurrence: 'weekly', cancelledOn: null, note: 'a, "quoted" note' },
    ];
    const csv = pledgesToCsv(exported);
    expect(csv.startsWith('\uFEFFid,member_id,member_name')).toBe(true);
    expect(csv).toContain(`'=HYPERLINK`);
    const rows = read(csv.slice(1));
    expect(rows.map((r) => r.result.ok)).toEqual([true, true]);
    const [a, b] = rows.map((r) => (r.result.ok ? r.result.row : null));
    expect(a).toMatchObject({ idFromFile: true, memberId: 'm1', campaignId: 'c-rent', note: '=HYPERLINK("x")', pledge: { id: 'p-1', amount: 1000, currency: 'USD', recurrence: 'monthly', startOn: '2025-01-31', cancelledOn: '2025-06-01' } });
    expect(b).toMatchObject({ memberId: 'm2', campaignId: null, note: 'a, "quoted" note', pledge: { id: 'p-2', kind: 'hours', amount: 4, recurrence: 'weekly', pausedRanges: [{ from: '2025-04-01', to: null }] } });
  });

  it('writes fulfilments with plain amounts in their currency', () => {
    const csv = fulfilmentsToCsv([
      { instalmentId: 'p-1_2025-01-31', pledgeId: 'p-1', memberId: 'm1', memberName: 'Ann Lee', campaignName: null, kind: 'money', amount: 1000, currency: 'JPY', dueOn: '2025-01-31', status: 'paid', paidOn: '2025-02-01', method: 'cash', reference: null, receiptNo: 'R-20250201-00000000', receivedBy: 'Sam', note: null },
    ]);
    expect(csv.split('\r\n')[1]).toBe('p-1_2025-01-31,p-1,m1,Ann Lee,,money,1000,JPY,2025-01-31,paid,2025-02-01,cash,,R-20250201-00000000,Sam,');
  });
});

function exported0(): PledgeExportRow {
  return {
    id: '',
    memberId: null,
    memberName: 'Bo Chen',
    memberEmail: null,
    campaignId: null,
    campaignName: null,
    kind: 'money',
    amount: 1,
    currency: 'USD',
    recurrence: 'once',
    startOn: '2025-03-01',
    pausedRanges: [{ from: '2025-04-01', to: null }],
    cancelledOn: null,
    status: 'paused',
    pledged: 0,
    fulfilled: 0,
    note: null,
    createdAt: null,
  };
}
