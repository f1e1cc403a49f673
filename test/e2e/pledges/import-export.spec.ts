// Pledges in and out as CSV through the screens: a file with a row that cannot be a pledge is
// previewed with that line and why, imports nothing, and gives a report to download; the fixed file
// imports whole; the export downloads the pledges (and the fulfilments) and imports again as
// "already recorded", so nothing is counted twice.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../support/fixtures';
import { coreCall } from '../proposals/proposals-pages';
import { createMember, setUpChapter } from '../support/seed';
import { PledgeImportPage, PledgeListPage } from './pledges-pages';

test.use({ locale: 'en-US' });

const HEADER = 'Email,Campaign,Amount,Currency,Frequency,Start date,Note,Shirt size';

test('import with a rejected row, then the fixed file; export pledges and fulfilments as downloads', async ({ page, tempDir }) => {
  await setUpChapter(page);
  await createMember(page, { firstName: 'Ann', lastName: 'Lee', email: 'ann@example.org' });
  await createMember(page, { firstName: 'Bo', lastName: 'Chen', email: 'bo@example.org' });
  await coreCall(page, 'campaigns.create', { name: 'Rent strike fund', goal: '5000.00', currency: 'USD' });
  await page.reload();

  const list = new PledgeListPage(page);
  const wizard = new PledgeImportPage(page);
  const write = (name: string, lines: string[]) => {
    const file = path.join(tempDir, name);
    fs.writeFileSync(file, `${lines.join('\r\n')}\r\n`);
    return file;
  };

  await test.step('a file with a bad row: previewed, refused whole, reported line by line', async () => {
    await list.open();
    await expect(list.main.getByRole('heading', { name: 'No pledges yet' })).toBeVisible();
    await list.importPledges.click();
    await expect(wizard.heading).toBeVisible();
    const bad = write('pledges.csv', [
      HEADER,
      'ann@example.org,Rent strike fund,10.00,,monthly,2025-01-31,first,M',
      'bo@example.org,,5.00,EUR,,2025-02-01,,L',
      'carl@example.org,,5.00,USD,,2025-02-01,,S',
    ]);
    await wizard.file.setInputFiles(bad);
    await wizard.preview.click();
    await expect(wizard.count('To create')).toHaveText('2');
    await expect(wizard.count('Rejected')).toHaveText('1');
    await expect(wizard.problem).toContainText('1 row needs fixing. Nothing is imported until every row reads as a pledge');
    const rejected = wizard.rejected.getByRole('row').filter({ has: page.getByRole('cell') });
    await expect(rejected).toHaveCount(1);
    await expect(rejected.getByRole('cell').first()).toHaveText('4');
    await expect(rejected.getByRole('cell').nth(1)).toContainText('no member has the e-mail carl@example.org');
    await expect(wizard.columns.getByRole('row', { name: /Shirt size/ })).toContainText('Not imported');
    await expect(wizard.columns.getByRole('row', { name: /Frequency/ })).toContainText('How often');
    await expect(wizard.sample.getByRole('row').nth(1)).toContainText('Ann Lee');
    await expect(wizard.sample.getByRole('row').nth(1)).toContainText('$10.00');
    await expect(wizard.sample.getByRole('row').nth(2)).toContainText('€5.00');
    await expect(wizard.importButton).toHaveText('Fix the rejected rows to import');
    await expect(wizard.importButton).toBeDisabled();

    const downloading = page.waitForEvent('download');
    await wizard.downloadReport.click();
    const report = await downloading;
    expect(report.suggestedFilename()).toBe('pledges-rejected-rows.csv');
    const lines = fs.readFileSync(await report.path(), 'utf8').split(/\r?\n/).filter(Boolean);
    expect(lines[0]).toBe('line,reason');
    expect(lines[1]).toMatch(/^4,.*carl@example\.org/);
  });

  await test.step('the fixed file imports whole', async () => {
    const good = write('pledges-fixed.csv', [HEADER, 'ann@example.org,Rent strike fund,10.00,,monthly,2025-01-31,first,M', 'bo@example.org,,5.00,EUR,,2025-02-01,,L']);
    await wizard.file.setInputFiles(good);
    await wizard.preview.click();
    await expect(wizard.count('Rejected')).toHaveText('0');
    await expect(wizard.importButton).toHaveText('Import 2 pledges');
    await wizard.importButton.click();
    await expect(wizard.done).toContainText('Imported 2 pledges');
    await wizard.main.getByRole('button', { name: 'Show pledges' }).click();
    await expect(list.heading).toBeVisible();
    await expect(list.count).toHaveText('2 pledges');
    await expect(list.table.getByRole('row').filter({ hasText: 'Ann Lee' })).toContainText('$10.00 monthly');
    await expect(list.table.getByRole('row').filter({ hasText: 'Bo Chen' })).toContainText('€5.00');
  });

  let exported = '';
  await test.step('export the pledges and the fulfilments', async () => {
    const [ann] = (await coreCall<{ rows: { id: string; member: { name: string } }[] }>(page, 'pledges.list', {})).rows.filter((p) => p.member.name === 'Ann Lee');
    await coreCall(page, 'pledges.pay', { pledgeId: ann!.id, dueOn: '2025-01-31', paidOn: '2025-02-01', method: 'cash' });

    let downloading = page.waitForEvent('download');
    await list.exportPledges.click();
    const pledges = await downloading;
    expect(pledges.suggestedFilename()).toMatch(/^pledges-\d{4}-\d{2}-\d{2}\.csv$/);
    exported = path.join(tempDir, pledges.suggestedFilename());
    await pledges.saveAs(exported);
    const rows = fs.readFileSync(exported, 'utf8').split(/\r?\n/).filter(Boolean);
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.includes('ann@example.org'))).toContain('Rent strike fund');
    expect(rows.find((r) => r.includes('bo@example.org'))).toContain('EUR');
    await expect(page.getByRole('region', { name: 'Notifications' })).toContainText('Exported 2 pledges');

    downloading = page.waitForEvent('download');
    await list.exportFulfilments.click();
    const fulfilments = await downloading;
    expect(fulfilments.suggestedFilename()).toMatch(/^fulfilments-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = fs.readFileSync(await fulfilments.path(), 'utf8');
    expect(text).toContain('2025-01-31');
    expect(text).toContain('cash');
  });

  await test.step('the export imports again as already recorded: nothing counted twice', async () => {
    await list.importPledges.click();
    await wizard.file.setInputFiles(exported);
    await wizard.preview.click();
    await expect(wizard.count('Already recorded')).toHaveText('2');
    await expect(wizard.count('To create')).toHaveText('0');
    await expect(wizard.importButton).toHaveText('Nothing new to import');
    await expect(wizard.importButton).toBeDisabled();
  });
});
