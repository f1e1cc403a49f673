// The `test` of the sync specs. Each test gets:
//   - `hub`: a hub as a real process on a fresh data dir and a fixed port (stop it, start it again);
//   - `openDevice(label)`: one more "computer": a browser host (`cli serve`) on a fresh data dir of
//     its own, and a page in a browser context of its own, opened on it. Any console error or
//     uncaught error on a device's page fails the test, with the messages in the failure.
// Everything is stopped and removed after the test, whatever happened: pages first, so the hosts
// going away is not mistaken for an error of the app.
import fs from 'node:fs';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { newDataDir, startHost, type RunningHost } from '../support/browser-host';
import { HubProcess } from './hub-process';
import { SyncPage } from './sync-page';

export interface Device {
  label: string;
  page: Page;
  sync: SyncPage;
  host: RunningHost;
}

interface Fixtures {
  hub: HubProcess;
  openDevice(label: string): Promise<Device>;
}

export const test = base.extend<Fixtures>({
  hub: async ({}, use) => {
    const hub = await HubProcess.start();
    try {
      await use(hub);
    } finally {
      await hub.dispose();
    }
  },

  openDevice: async ({ browser, hub }, use, testInfo) => {
    const opened: { device: Device; context: BrowserContext }[] = [];
    const problems: string[] = [];
    // A page talks only to its own browser host (the core connects to the hub, not the page), so
    // no WebSocket to the hub should ever fail in the browser. Chromium would log exactly this
    // line if one did while the hub is down; it is tolerated for the hub's own port and nothing
    // else, and is not expected to occur.
    const hubSocketFailure = new RegExp(`^WebSocket connection to 'ws://127\\.0\\.0\\.1:${hub.port}/[^']*' failed`);

    await use(async (label) => {
      const dataDir = newDataDir();
      const host = await startHost(dataDir).catch((error: unknown) => {
        fs.rmSync(dataDir, { recursive: true, force: true });
        throw error;
      });
      const context = await browser.newContext();
      context.on('console', (message) => {
        if (message.type() !== 'error' || hubSocketFailure.test(message.text())) return;
        const at = message.location();
        problems.push(`${label}: console error: ${message.text()}${at.url ? ` (at ${at.url}:${at.lineNumber})` : ''}`);
      });
      context.on('weberror', (webError) => problems.push(`${label}: uncaught page error: ${webError.error().stack ?? webError.error().message}`));
      const page = await context.newPage();
      await page.goto(host.url);
      const device = { label, page, sync: new SyncPage(page), host };
      opened.push({ device, context });
      return device;
    });

    for (const { device, context } of opened) {
      await device.page.close();
      await context.close();
      await device.host.stop();
      fs.rmSync(device.host.dataDir, { recursive: true, force: true });
    }
    if (problems.length > 0) {
      await testInfo.attach('browser errors', { body: problems.join('\n'), contentType: 'text/plain' });
      throw new Error(`The browser reported ${problems.length} error(s):\n${problems.join('\n')}`);
    }
  },
});

export { expect };
