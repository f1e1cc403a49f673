import fs from 'node:fs';
import { defineConfig } from '@playwright/test';

// End-to-end tests drive a system Chromium (Playwright cannot download its own browsers on our CI)
// against the browser host, which each test starts on its own data dir.
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found && !process.env.PLAYWRIGHT_OWN_BROWSER) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install it (Debian: apt-get install -y chromium), set CHROMIUM_PATH, ' +
        'or run `npx playwright install chromium` and set PLAYWRIGHT_OWN_BROWSER=1.',
    );
  }
  return found;
}

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    trace: 'off',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
