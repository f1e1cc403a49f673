import { describe, expect, it } from 'vitest';
import type { HubState } from '../../shared/contract/sync.js';
import { describeSync } from '../../renderer/src/app/sync-status.js';

const hub: HubState = {
  id: 'h1', url: 'https://hq.example.org', role: 'organiser', chapterId: 'c1', connected: true, pending: 0,
  lastSyncAt: '2026-01-01T10:00:00Z', lastError: null, clockWarning: null, online: [],
};
const meeting: HubState = { ...hub, id: 'h2', url: 'http://192.168.1.20:4455' };

describe('the status line on sync', () => {
  it('says plainly when there is no hub', () => {
    expect(describeSync({ hubs: [], pending: 0, rejected: 0 })).toEqual({ text: 'Sync not set up', tone: 'off' });
  });

  it('does not count a headquarters coordinator link as sync: it carries no changes', () => {
    const coordinator: HubState = { ...hub, role: 'coordinator', chapterId: null, connected: false };
    expect(describeSync({ hubs: [coordinator], pending: 0, rejected: 0 }).text).toBe('Sync not set up');
  });

  it('says in sync when every connected hub has everything', () => {
    expect(describeSync({ hubs: [hub], pending: 0, rejected: 0 })).toEqual({ text: 'In sync', tone: 'ok' });
  });

  it('says syncing while a connected hub is receiving changes', () => {
    expect(describeSync({ hubs: [{ ...hub, pending: 3 }], pending: 3, rejected: 0 })).toEqual({ text: 'Syncing…', tone: 'busy' });
  });

  it('counts the changes waiting for a hub that is not connected while another is', () => {
    const status = describeSync({ hubs: [hub, { ...meeting, connected: false, pending: 1 }], pending: 1, rejected: 0 });
    expect(status).toEqual({ text: '1 change waiting to sync', tone: 'waiting' });
  });

  it('counts the changes waiting for a connected hub that reported a problem', () => {
    const status = describeSync({ hubs: [{ ...hub, pending: 2, lastError: 'the hub answered 500' }], pending: 2, rejected: 0 });
    expect(status.text).toBe('2 changes waiting to sync');
  });

  it('says offline, and what is kept here, when no hub is connected', () => {
    const status = describeSync({ hubs: [{ ...hub, connected: false, pending: 4 }, { ...meeting, connected: false }], pending: 4, rejected: 2 });
    expect(status).toEqual({ text: 'Offline — 4 changes saved on this computer', tone: 'down' });
    expect(describeSync({ hubs: [{ ...hub, connected: false, pending: 1 }], pending: 1, rejected: 0 }).text).toBe('Offline — 1 change saved on this computer');
    expect(describeSync({ hubs: [{ ...hub, connected: false }], pending: 0, rejected: 0 }).text).toBe('Offline — no changes waiting');
  });
});
