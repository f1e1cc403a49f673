// Pledges in and out as CSV through the contract: a preview with every rejected row and why, an
// import that writes all or nothing, and an export that imports again without duplicates.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core-api.js';
import { CallError } from '../../shared/contract/errors.js';
import { closeAndRemove, fileRequest, openChapterCore } from '../support/core-fixture.js';

let core: Core;
let ann: string;

beforeEach(async () => {
  core = await openChapterCore();
  ann = (await core.call('members.create', { firstName: 'Ann', lastName: 'Lee', email: 'ann@example.org' })).id;
  await core.call('members.create', { firstName: 'Bo', lastName: 'Chen', email: 'bo@example.org' });
});
afterEach(async () => {
  await closeAndRemove(core);
});

const header = 'Email,Campaign,Amount,Currency,Frequency,Start date,Note,Shirt size';

describe('pledge CSV import and export', () => {
  it('previews a file, refuses it whole while any row is wrong, then imports every pledge at once', async () => {
    const campaign = await core.call('campaigns.create', { name: 'Rent strike fund', goal: '5000.00', currency: 'USD' });
    const bad = [header, 'ann@example.org,Rent strike fund,10.00,,monthly,2025-01-31,,M', 'bo@example.org,Rent strike fund,5.00,EUR,,2025-02-01,,L', 'carl@example.org,,5.00,USD,,2025-02-01,,S'].join('\r\n');
    const preview = await core.call('pledges.importPreview', fileRequest('pledges.csv', bad));
    expect(preview).toMatchObject({ encoding: 'utf-8', toCreate: 1, unchanged: 0, ignored: ['Shirt size'] });
    expect(preview.columns).toEqual(['memberEmail', 'campaignId', 'amount', 'currency', 'recurrence', 'startOn', 'note', null]);
    expect(preview.rejected).toEqual([
      { line: 3, reason: expect.stringContaining('collects USD') },
      { line: 4, reason: expect.stringContaining('no member has the e-mail carl@example.org') },
    ]);
    expect(preview.sample[0]).toMatchObject({ line: 2, member: { id: ann, name: 'Ann Lee' }, campaignName: 'Rent strike fund', amount: 1000, currency: 'USD', recurrence: 'monthly' });

    const refusal = await core.call('pledges.import', fileRequest('pledges.csv', bad)).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(CallError);
    expect((refusal as CallError).message).toMatch(/^nothing was imported: 2 rows need fixing first \(line 3: .*; line 4: /);
    expect((refusal as CallError).issues?.map((i) => i.path)).toEqual(['line 3', 'line 4']);
    expect((await core.call('pledges.list', {})).total).toBe(0);

    const good = [header, 'ann@example.org,Rent strike fund,10.00,,monthly,2025-01-31,first,M', 'bo@example.org,,5.00,EUR,,2025-02-01,,L'].join('\r\n');
    expect(await core.call('pledges.import', fileRequest('pledges.csv', good))).toEqual({ created: 2, unchanged: 0, rejected: [] });
    const listed = await core.call('campaigns.list', {});
    expect(listed[0]).toMatchObject({ id: campaign.id, pledgeCount: 1 });
    expect(listed[0]!.pledged).toBeGreaterThanOrEqual(1000);
  });

  it('exports pledges and fulfilments, and the export imports again as unchanged', async () => {
    const { pledge } = await core.call('pledges.create', { memberId: ann, amount: '10.00', currency: 'USD', recurrence: 'monthly', startOn: '2025-01-31', note: '=1+1' });
    await core.call('pledges.pay', { pledgeId: pledge.id, method: 'cash', paidOn: '2025-02-01' });
    await core.call('pledges.mark', { instalmentId: `${pledge.id}_2025-02-28`, status: 'waived' });

    const pledges = await core.call('pledges.exportCsv', {});
    expect(pledges.count).toBe(1);
    expect(pledges.fileName).toMatch(/^pledges-\d{4}-\d{2}-\d{2}\.csv$/);
    const line = pledges.csv.split('\r\n')[1]!;
    expect(line).toContain(`${pledge.id},${ann},Ann Lee,ann@example.org,,,money,10.00,USD,monthly,2025-01-31`);
    expect(line).toContain("'=1+1");

    const fulfilments = await core.call('pledges.exportCsv', { what: 'fulfilments' });
    expect(fulfilments.csv.split('\r\n').slice(1, 3)).toEqual([
      expect.stringMatching(new RegExp(`^${pledge.id}_2025-01-31,${pledge.id},${ann},Ann Lee,,money,10.00,USD,2025-01-31,paid,2025-02-01,cash,,R-20250201-[0-9A-Z]{8},Test Organiser,$`)),
      `${pledge.id}_2025-02-28,${pledge.id},${ann},Ann Lee,,money,10.00,USD,2025-02-28,waived,,,,,,`,
    ]);

    const again = await core.call('pledges.import', fileRequest('pledges.csv', pledges.csv));
    expect(again).toEqual({ created: 0, unchanged: 1, rejected: [] });
    const detail = await core.call('pledges.get', { id: pledge.id });
    expect(detail.note).toBe('=1+1');
  });
});
