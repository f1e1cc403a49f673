// A quick accessibility look at whatever is on screen: one level-1 heading, every control named,
// and a screenshot in light and dark for a person to look at (not compared pixel by pixel).
import { expect, type Page, type TestInfo } from '@playwright/test';

// Controls a person operates; each needs an accessible name a screen reader can say.
const CONTROLS = [
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'button',
  'a[href]',
  '[role="combobox"]',
  '[role="searchbox"]',
  '[role="textbox"]',
  '[role="grid"]',
  '[role="listbox"]',
  '[role="radio"]',
  '[role="checkbox"]',
].join(', ');

/** Soft checks (every screen is reported, not only the first that fails). */
export async function checkScreen(page: Page, screen: string): Promise<void> {
  // A modal dialog makes the rest inert; its own title is an h2, so the page keeps one h1.
  await expect.soft(page.getByRole('heading', { level: 1 }), `${screen}: exactly one level-1 heading`).toHaveCount(1);

  const controls = page.locator(CONTROLS).filter({ visible: true });
  const count = await controls.count();
  expect.soft(count, `${screen}: has controls to check`).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    const described = await control.evaluate((el) => el.outerHTML.replace(/\s+/g, ' ').slice(0, 160));
    await expect.soft(control, `${screen}: control has an accessible name: ${described}`).toHaveAccessibleName(/\S/, { timeout: 1000 });
  }
}

/** Saves `<screen>-light.png` and `<screen>-dark.png` in the test's output folder under test-results/. */
export async function screenshotBothSchemes(page: Page, testInfo: TestInfo, screen: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: testInfo.outputPath(`${screen}-${colorScheme}.png`), animations: 'disabled', caret: 'hide' });
  }
  await page.emulateMedia({ colorScheme: null });
}
