import { describe, expect, it } from 'vitest';
import type { HubState } from '../../shared/contract/sync.js';
import { describeSync } from '../../renderer/src/app/sync-status.js';

const hub: HubState = {
  id: 'h1', url: 'https://hq.example.org', role: 'organiser', chapterId: 'c1', connected: true, pending: 0,
  lastSyncAt: '2026-01-01T10:00:00Z', lastError: null, clockWarning: null,
};

describe('the status line on sync', () => {
  it('says plainly when there is no hub', () => {
    expect(describeSync({ hubs: [], pending: 0, rejected: 0 })).toEqual({ text: 'Sync not set up', tone: 'off' });
  });
  it('says in sync, or how many changes wait', () => {
    expect(describeSync({ hubs: [hub], pending: 0, rejected: 0 }).text).toBe('In sync');
    expect(describeSync({ hubs: [{ ...hub, pending: 3 }], pending: 3, rejected: 0 }).text).toMatch(/^3 changes waiting to sync$/);
  });
  it('says offline when no hub is connected, and counts refused changes', () => {
    const status = describeSync({ hubs: [{ ...hub, connected: false, pending: 1 }], pending: 1, rejected: 2 });
    expect(status.tone).toBe('down');
    expect(status.text).toMatch(/^Offline — 1 change waiting to sync · 2 changes refused by a hub$/);
  });
});
