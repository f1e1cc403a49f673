// A campaign from nothing to its first payment, through the screens: created with a goal, three
// pledges recorded (one monthly), the monthly one's first instalment marked paid, and the numbers
// and drawings that follow: the campaign's figures and thermometer, the chapter's, and the member's
// own thermometer on their member page. Any console error fails the test.
import { expect, test } from '../support/fixtures';
import { createMember, setUpChapter } from '../support/seed';
import { CampaignPage, MemberPagePage, PledgeDialog, PledgePage, PledgesPage, ReceiptDialog, thermometer } from './pledges-pages';

test.use({ locale: 'en-US' });

const FUND = 'Rent strike fund';

test('a campaign, three pledges (one monthly), an instalment paid: the thermometers follow', async ({ page }) => {
  await setUpChapter(page);
  await createMember(page, { firstName: 'Ann', lastName: 'Lee', email: 'ann@example.org' });
  await createMember(page, { firstName: 'Bo', lastName: 'Chen', email: 'bo@example.org' });
  await createMember(page, { firstName: 'Cy', lastName: 'Diaz', email: 'cy@example.org' });
  await page.reload();

  const pledges = new PledgesPage(page);
  const campaign = new CampaignPage(page);
  const dialog = new PledgeDialog(page);
  const pledge = new PledgePage(page);
  const memberPage = new MemberPagePage(page);

  await test.step('create the campaign', async () => {
    await pledges.open();
    await expect(pledges.emptyCampaigns).toBeVisible();
    // Nothing typed: the form says what is missing, beside each field.
    await pledges.newCampaign.click();
    await pledges.campaignDialog.getByRole('button', { name: 'Create campaign' }).click();
    await expect(pledges.campaignDialog.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Give the campaign a name');
    await expect(pledges.campaignDialog.getByRole('textbox', { name: 'Goal' })).toHaveAccessibleDescription('Give the goal, like 5000.00');
    await pledges.campaignDialog.getByRole('textbox', { name: 'Goal' }).fill('5,000');
    await pledges.campaignDialog.getByRole('button', { name: 'Create campaign' }).click();
    await expect(pledges.campaignDialog.getByRole('textbox', { name: 'Goal' })).toHaveAccessibleDescription(/thousands separators/);
    await page.keyboard.press('Escape');

    await pledges.createCampaign({ name: FUND, goal: '5000.00', description: 'Legal costs and hardship grants for the Mill Street rent strike.' });
    await expect(campaign.heading(FUND)).toBeVisible();
    await expect(campaign.figure('Goal')).toHaveText('$5,000.00');
    await expect(campaign.figure('Pledged')).toHaveText('$0.00');
    await expect(thermometer(campaign.main, FUND)).toHaveAccessibleName(`${FUND} $0.00 pledged of $5,000.00 (0%), $0.00 fulfilled`);
  });

  await test.step('record three pledges, one of them monthly', async () => {
    await campaign.recordPledge.click();
    // Opened from the campaign: the pledge goes to it, in its currency.
    await expect(dialog.dialog.getByRole('combobox', { name: 'Pledged to' })).toHaveValue(/.+/);
    await expect(dialog.dialog.getByRole('textbox', { name: 'Currency' })).toHaveValue('USD');
    await expect(dialog.dialog.getByRole('textbox', { name: 'Currency' })).toBeDisabled();
    await dialog.record({ member: 'Ann Lee', find: 'ann', amount: '100.00' });
    await campaign.recordPledge.click();
    await dialog.record({ member: 'Bo Chen', find: 'bo', amount: '25', recurrence: 'Monthly' });
    await campaign.recordPledge.click();
    await dialog.fill({ member: 'Cy Diaz', find: 'cy', amount: '50.005' });
    await dialog.dialog.getByRole('button', { name: 'Record pledge' }).click();
    await expect(dialog.dialog.getByRole('textbox', { name: 'Amount' })).toHaveAccessibleDescription(/has 3 decimals; USD amounts have at most 2/);
    await dialog.dialog.getByRole('textbox', { name: 'Amount' }).fill('50.00');
    await dialog.dialog.getByRole('button', { name: 'Record pledge' }).click();
    await expect(dialog.dialog).toBeHidden();

    await expect(campaign.figure('Pledges')).toHaveText('3 pledges');
    await expect(campaign.figure('Pledged')).toHaveText('$175.00');
    await expect(campaign.figure('Fulfilled')).toHaveText('$0.00');
    const drawn = thermometer(campaign.main, FUND);
    await expect(drawn).toHaveAccessibleName(`${FUND} $175.00 pledged of $5,000.00 (3%), $0.00 fulfilled`);
    // The drawing itself: real text for the legend, and a hatched column for what is pledged.
    await expect(drawn.locator('text', { hasText: 'Pledged $175.00 (3%)' })).toHaveCount(1);
    await expect(drawn.locator('[id$="-pledged"]')).toHaveCount(1);
    await expect(drawn.locator('[id$="-fulfilled"]')).toHaveCount(0);
    await expect(campaign.pledges(FUND).getByRole('row')).toHaveCount(4);
  });

  await test.step("the member's own thermometer before paying", async () => {
    await campaign.pledges(FUND).getByRole('link', { name: '$25.00 monthly' }).click();
    await expect(pledge.main.getByRole('heading', { name: '$25.00 monthly from Bo Chen', level: 1 })).toBeVisible();
    await pledge.facts.getByRole('link', { name: 'Bo Chen' }).click();
    await expect(memberPage.heading('Bo Chen')).toBeVisible();
    await expect(thermometer(memberPage.main, 'Bo Chen')).toHaveAccessibleName('Bo Chen $25.00 pledged, $0.00 fulfilled');
    await expect(memberPage.pledges('Bo Chen')).toContainText(FUND);
    await page.goBack();
    await expect(pledge.instalments).toBeVisible();
  });

  await test.step('mark the first monthly instalment paid', async () => {
    const first = pledge.instalments.getByRole('row', { name: /^Instalment due / }).first();
    await expect(first).toContainText('Not marked');
    await first.getByRole('button', { name: 'Mark paid' }).click();
    await expect(pledge.markPaidDialog).toBeVisible();
    await pledge.markPaidDialog.getByRole('combobox', { name: 'Paid by' }).selectOption({ label: 'Bank transfer' });
    await pledge.markPaidDialog.getByRole('textbox', { name: 'Reference' }).fill('TX-881');
    await pledge.markPaidDialog.getByRole('button', { name: 'Mark paid' }).click();
    // Money paid makes a receipt, offered at once.
    const receipt = new ReceiptDialog(page);
    await expect(receipt.dialog).toBeVisible();
    await expect(receipt.body()).toContainText('Received from');
    await expect(receipt.body()).toContainText('Bo Chen');
    await expect(receipt.body()).toContainText('bank transfer (TX-881)');
    await receipt.dialog.getByRole('button', { name: 'Close' }).first().click();
    await expect(receipt.dialog).toBeHidden();
    await expect(first).toContainText('Paid');
    await expect(first).toContainText('Bank transfer (TX-881)');
    await expect(pledge.facts).toContainText('$25.00');
  });

  await test.step("the campaign's and the member's thermometers show the payment", async () => {
    await pledge.facts.getByRole('link', { name: FUND }).click();
    await expect(campaign.heading(FUND)).toBeVisible();
    await expect(campaign.figure('Fulfilled')).toHaveText('$25.00');
    const drawn = thermometer(campaign.main, FUND);
    await expect(drawn).toHaveAccessibleName(`${FUND} $175.00 pledged of $5,000.00 (3%), $25.00 fulfilled`);
    await expect(drawn.locator('text', { hasText: 'Fulfilled $25.00 (0%)' })).toHaveCount(1);
    await expect(drawn.locator('[id$="-fulfilled"]')).toHaveCount(1);

    await campaign.pledges(FUND).getByRole('link', { name: '$25.00 monthly' }).click();
    await pledge.facts.getByRole('link', { name: 'Bo Chen' }).click();
    await expect(thermometer(memberPage.main, 'Bo Chen')).toHaveAccessibleName('Bo Chen $25.00 pledged, $25.00 fulfilled');

    await pledges.open();
    await expect(thermometer(pledges.campaign(FUND), FUND)).toHaveAccessibleName(`${FUND} $175.00 pledged of $5,000.00 (3%), $25.00 fulfilled`);
    await expect(thermometer(pledges.chapter, 'Riverside Tenants')).toHaveAccessibleName('Riverside Tenants $175.00 pledged, $25.00 fulfilled');
    await expect(pledges.campaign(FUND)).toContainText('3 pledges');
  });

  await test.step('the campaign prints without the app around it and without names', async () => {
    await pledges.campaign(FUND).getByRole('link', { name: FUND }).click();
    await expect(campaign.heading(FUND)).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('complementary', { name: 'Sidebar' })).toBeHidden();
    await expect(campaign.print).toBeHidden();
    await expect(campaign.pledges(FUND)).toBeHidden();
    await expect(thermometer(campaign.main, FUND)).toBeVisible();
    await expect(campaign.figure('Pledged')).toHaveText('$175.00');
    await page.emulateMedia({ media: null });
    await expect(campaign.pledges(FUND)).toBeVisible();
  });
});
