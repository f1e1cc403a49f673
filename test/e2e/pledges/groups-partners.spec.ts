// Affinity groups and partners through the screens: a group made, members added and one removed,
// its thermometer summing its members' pledges; a partner with a contact and topics, found by
// searching its contact's name and by topic, and a campaign shared with it that shows on the
// campaign's page.
import { expect, test } from '../support/fixtures';
import { coreCall } from '../proposals/proposals-pages';
import { createMember, setUpChapter } from '../support/seed';
import { CampaignPage, thermometer } from './pledges-pages';

test.use({ locale: 'en-US' });

test('a group with its own totals; a partner found by search, with a shared campaign', async ({ page }) => {
  await setUpChapter(page);
  const ann = await createMember(page, { firstName: 'Ann', lastName: 'Lee', email: 'ann@example.org' });
  const bo = await createMember(page, { firstName: 'Bo', lastName: 'Chen', email: 'bo@example.org' });
  await createMember(page, { firstName: 'Cy', lastName: 'Diaz', email: 'cy@example.org' });
  await coreCall(page, 'pledges.create', { memberId: ann, amount: '12.00', currency: 'USD' });
  await coreCall(page, 'pledges.create', { memberId: bo, amount: '8.00', currency: 'USD' });
  await coreCall(page, 'campaigns.create', { name: 'Rent strike fund', goal: '5000.00', currency: 'USD' });
  await page.reload();
  const main = page.getByRole('main');
  const nav = page.getByRole('navigation', { name: 'Main' });

  await test.step('a group: made, members added and removed, its thermometer', async () => {
    await nav.getByRole('link', { name: 'Groups', exact: true }).click();
    await expect(main.getByRole('heading', { name: 'No groups yet' })).toBeVisible();
    await page.keyboard.press('n');
    const dialog = page.getByRole('dialog', { name: 'New group' });
    await dialog.getByRole('button', { name: 'Create group' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Give the group a name');
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Northside team');
    await dialog.getByRole('textbox', { name: 'Description' }).fill('Door knocking north of the river.');
    await dialog.getByRole('button', { name: 'Create group' }).click();
    await expect(main.getByRole('heading', { name: 'Northside team', level: 1 })).toBeVisible();

    const add = main.getByRole('combobox', { name: 'Add a member' });
    for (const [typed, name] of [['ann', 'Ann Lee'], ['bo', 'Bo Chen'], ['cy', 'Cy Diaz']]) {
      await add.fill(typed!);
      await main.getByRole('option', { name: new RegExp(name!) }).click();
      await expect(main.getByRole('list', { name: 'Members of Northside team' }).getByRole('link', { name: name! })).toBeVisible();
    }
    await main.getByRole('button', { name: 'Remove Cy Diaz from Northside team' }).click();
    await expect(main.getByRole('list', { name: 'Members of Northside team' }).getByRole('listitem')).toHaveCount(2);
    await expect(thermometer(main, 'Northside team')).toHaveAccessibleName('Northside team $20.00 pledged, $0.00 fulfilled');

    await main.getByRole('link', { name: 'Groups', exact: true }).click();
    const row = main.getByRole('list', { name: 'Affinity groups' }).getByRole('listitem', { name: 'Northside team' });
    await expect(row).toContainText('2 members');
    await expect(row).toContainText('$20.00 pledged, $0.00 fulfilled');
  });

  await test.step('a partner with a contact and topics', async () => {
    await nav.getByRole('link', { name: 'Partners', exact: true }).click();
    await expect(main.getByRole('heading', { name: 'No partners yet' })).toBeVisible();
    await main.getByRole('button', { name: 'New partner' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New partner' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Eastside Tenants Union');
    const topics = dialog.getByRole('combobox', { name: 'Works on' });
    await topics.fill('housing');
    await topics.press('Enter');
    await topics.fill('legal aid');
    await topics.press('Enter');
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    const contact = dialog.getByRole('group', { name: /^Contact / });
    await contact.getByRole('textbox', { name: 'Contact name' }).fill('Marisol Vega');
    await contact.getByRole('textbox', { name: 'Role' }).fill('Organiser');
    await contact.getByRole('textbox', { name: 'Contact e-mail' }).fill('marisol@');
    await dialog.getByRole('button', { name: 'Add partner' }).click();
    await expect(contact.getByRole('textbox', { name: 'Contact e-mail' })).toHaveAccessibleDescription("'marisol@' is not an e-mail address");
    await contact.getByRole('textbox', { name: 'Contact e-mail' }).fill('marisol@eastside.example.org');
    await dialog.getByRole('button', { name: 'Add partner' }).click();
    await expect(main.getByRole('heading', { name: 'Eastside Tenants Union', level: 1 })).toBeVisible();
    await expect(main.getByRole('table', { name: 'Contacts' })).toContainText('Marisol Vega');
  });

  await test.step('share a campaign with the partner; the campaign names it', async () => {
    const share = main.getByRole('form', { name: 'Share with Eastside Tenants Union' });
    await share.getByRole('combobox', { name: 'Campaign' }).selectOption({ label: 'Rent strike fund' });
    await share.getByRole('button', { name: 'Share' }).click();
    const shared = main.getByRole('list', { name: 'Shared with Eastside Tenants Union' });
    await expect(shared).toContainText('Campaign Rent strike fund');
    await shared.getByRole('link', { name: 'Rent strike fund' }).click();
    const campaign = new CampaignPage(page);
    await expect(campaign.heading('Rent strike fund')).toBeVisible();
    await expect(campaign.main.getByRole('link', { name: 'Eastside Tenants Union' })).toBeVisible();
  });

  await test.step('the directory is searched by a contact’s name and narrowed by topic', async () => {
    await coreCall(page, 'partners.create', { name: 'Riverside Food Bank', worksOn: ['food'] });
    await nav.getByRole('link', { name: 'Partners', exact: true }).click();
    const list = main.getByRole('list', { name: 'Partners' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await page.keyboard.press('/');
    await expect(main.getByRole('searchbox', { name: 'Search partners' })).toBeFocused();
    await page.keyboard.type('marisol');
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list.getByRole('listitem', { name: 'Eastside Tenants Union' })).toContainText('Shared: Rent strike fund');
    await main.getByRole('searchbox', { name: 'Search partners' }).fill('');
    await main.getByRole('group', { name: 'Topics' }).getByRole('button', { name: 'food' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list.getByRole('listitem', { name: 'Riverside Food Bank' })).toBeVisible();
    await main.getByRole('searchbox', { name: 'Search partners' }).fill('nothing like this');
    await expect(main.getByRole('heading', { name: 'No partners match' })).toBeVisible();
  });
});
