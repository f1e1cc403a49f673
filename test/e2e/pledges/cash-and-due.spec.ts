// Money taken by hand and what is due: cash and a cheque recorded "paid now" with their printable
// receipts, then "Due this week" for organisers (an instalment marked paid, another waived, the
// pledge behind and how much is outstanding, names hidden for a shared screen), while the shared
// overview only ever gives counts and amounts.
import { addDays } from '../../../shared/pledges/calendar-date';
import { expect, test } from '../support/fixtures';
import { coreCall } from '../proposals/proposals-pages';
import { createMember, setUpChapter } from '../support/seed';
import { DuePage, PledgeDialog, PledgesPage, ReceiptDialog } from './pledges-pages';

test.use({ locale: 'en-US' });

/** Today as the app reads it: this computer's calendar day (the browser and the host share it). */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

test('cash and a cheque with their receipts; what is due this week, marked from the list; who is behind', async ({ page }) => {
  await setUpChapter(page);
  await createMember(page, { firstName: 'Ann', lastName: 'Lee', email: 'ann@example.org' });
  const bo = await createMember(page, { firstName: 'Bo', lastName: 'Chen', email: 'bo@example.org' });
  const cy = await createMember(page, { firstName: 'Cy', lastName: 'Diaz', email: 'cy@example.org' });
  const today = localToday();
  // Bo pledged $10 a week from two weeks ago and paid nothing: two instalments behind, one due today.
  await coreCall(page, 'pledges.create', { memberId: bo, amount: '10.00', currency: 'USD', recurrence: 'weekly', startOn: addDays(today, -14) });
  await coreCall(page, 'pledges.create', { memberId: cy, amount: '25.00', currency: 'USD', recurrence: 'monthly', startOn: today });
  await page.reload();

  const pledges = new PledgesPage(page);
  const dialog = new PledgeDialog(page);
  const receipt = new ReceiptDialog(page);
  const due = new DuePage(page);

  await test.step('cash handed over at a meeting: recorded on the spot, with its receipt', async () => {
    await pledges.open();
    await page.keyboard.press('p');
    await dialog.record({ member: 'Ann Lee', find: 'ann', amount: '20.00', paidNow: { method: 'Cash' } });
    await expect(receipt.dialog).toBeVisible();
    await expect(receipt.dialog).toContainText(/Receipt R-\d{8}-[0-9A-Z]{8}/);
    const body = receipt.body();
    await expect(body.getByRole('heading', { name: 'Riverside Tenants' })).toBeVisible();
    await expect(body.getByRole('row', { name: /Received from/ })).toContainText('Ann Lee');
    await expect(body.getByRole('row', { name: /Amount/ })).toContainText('$20.00');
    await expect(body.getByRole('row', { name: /Paid by/ })).toContainText('cash');
    await expect(body.getByRole('row', { name: /Towards/ })).toContainText('pledge to the chapter');
    await expect(body.getByRole('row', { name: /Received by/ })).toContainText('Robin Organiser');
    await expect(receipt.print).toBeEnabled();
    await receipt.dialog.getByRole('button', { name: 'Close' }).last().click();
    await expect(receipt.dialog).toBeHidden();
  });

  await test.step('a cheque, with its number on the receipt', async () => {
    await pledges.recordPledge.click();
    await dialog.record({ member: 'Bo Chen', find: 'bo', amount: '15.00', paidNow: { method: 'Cheque', reference: '1042' } });
    await expect(receipt.body().getByRole('row', { name: /Paid by/ })).toContainText('cheque (1042)');
    await receipt.dialog.getByRole('button', { name: 'Close' }).last().click();
  });

  await test.step('the shared overview counts what is due and behind, and names no one', async () => {
    await expect(pledges.week).toContainText('2 instalments due this week ($35.00)');
    await expect(pledges.week).toContainText('1 pledge behind ($20.00 outstanding)');
    for (const name of ['Ann', 'Bo', 'Cy']) await expect(pledges.week).not.toContainText(name);
  });

  await test.step('due this week, for organisers: one marked paid, one waived', async () => {
    await pledges.week.getByRole('button', { name: 'Who is due, for organisers' }).click();
    await expect(due.heading).toBeVisible();
    await expect(due.table.getByRole('row', { name: /due/ })).toHaveCount(2);
    const cys = due.row(/^Cy Diaz \$25\.00 due /);
    const bos = due.row(/^Bo Chen \$10\.00 due /);
    await expect(cys).toBeVisible();
    await expect(bos).toBeVisible();

    await cys.getByRole('button', { name: 'Mark paid' }).click();
    const markPaid = page.getByRole('dialog', { name: 'Mark paid' });
    await expect(markPaid).toContainText('$25.00 from Cy Diaz');
    await markPaid.getByRole('button', { name: 'Mark paid' }).click();
    await expect(receipt.dialog).toBeVisible();
    await expect(receipt.body().getByRole('row', { name: /Received from/ })).toContainText('Cy Diaz');
    await receipt.dialog.getByRole('button', { name: 'Close' }).last().click();
    await expect(cys).toHaveCount(0);

    await bos.getByRole('button', { name: 'Waive' }).click();
    await expect(due.main.getByRole('heading', { name: 'Nothing is due this week' })).toBeVisible();
  });

  await test.step('who is behind, and the same list with names hidden', async () => {
    const row = due.behind.getByRole('row').filter({ hasText: 'Bo Chen' });
    await expect(row).toContainText('2');
    await expect(row).toContainText('$20.00');
    await due.show('Owed up to today');
    await expect(due.row(/^Bo Chen \$10\.00 due /)).toHaveCount(2);
    await due.hideNames.check();
    await expect(due.main).not.toContainText('Bo Chen');
    await expect(due.behind.getByRole('row').filter({ hasText: 'A member' })).toHaveCount(1);
  });

  await test.step('the overview follows', async () => {
    await pledges.open();
    await expect(pledges.week).toContainText('0 instalments due this week');
    await expect(pledges.week).toContainText('1 pledge behind ($20.00 outstanding)');
  });
});
