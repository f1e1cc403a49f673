// "Host sync for this meeting": the lead's app runs the same hub code as headquarters, on the
// local network, so a hall with Wi-Fi but no internet still syncs. The hub registers the lead's
// chapter under its existing id, the lead's device joins it like any other, and each further
// device joins with an invite the lead hands out (shown as a code and a QR code).
// The meeting hub keeps its database in a temp dir: every device holds the whole chapter anyway,
// and headquarters stays the durable copy.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
import { callHub } from '../../../server/admin-client.js';
import { startHub, type RunningHub } from '../../../server/hub.js';
import { lanAddresses } from '../net/lan-addresses.js';
import { createChapterResponseSchema, createInviteResponseSchema } from '../../../shared/sync/hub-api.js';

export interface MeetingHubInfo {
  /** Addresses other devices on the network can use, e.g. http://192.168.1.20:4455. */
  addresses: string[];
  invite: string;
  /** An SVG of a QR code carrying the first address and the invite. */
  qrSvg: string;
}

export interface RunningMeetingHub {
  hub: RunningHub;
  adminToken: string;
  chapterId: string;
  storeDir: string;
}

export async function startMeetingHub(chapter: { id: string; name: string; country: string }, port = 0): Promise<{ running: RunningMeetingHub; selfInvite: string }> {
  const storeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chapterhouse-meeting-hub-'));
  const hub = await startHub({ store: { dataDir: storeDir }, host: '0.0.0.0', port, log: () => {} });
  try {
    const adminToken = hub.adminToken;
    if (!adminToken) throw new Error('the meeting hub did not create an admin token');
    const local = `http://127.0.0.1:${hub.port}`;
    const created = await callHub(local, { method: 'POST', path: '/api/chapters', token: adminToken, body: { name: chapter.name, country: chapter.country, chapterId: chapter.id } }, createChapterResponseSchema);
    return { running: { hub, adminToken, chapterId: chapter.id, storeDir }, selfInvite: created.invite };
  } catch (error) {
    await stopMeetingHub({ hub, adminToken: '', chapterId: chapter.id, storeDir });
    throw error;
  }
}

/** A fresh single-use organiser invite for the next device, with its address and QR code. */
export async function meetingInvite(running: RunningMeetingHub): Promise<MeetingHubInfo> {
  const local = `http://127.0.0.1:${running.hub.port}`;
  const { invite } = await callHub(
    local,
    { method: 'POST', path: '/api/invites', token: running.adminToken, body: { role: 'organiser', chapterId: running.chapterId, ttlDays: 1 } },
    createInviteResponseSchema,
  );
  const addresses = lanAddresses(running.hub.port);
  const first = addresses[0] ?? local;
  const qrSvg = await QRCode.toString(`chapterhouse://join?hub=${encodeURIComponent(first)}&invite=${encodeURIComponent(invite)}`, { type: 'svg', margin: 1 });
  return { addresses: addresses.length > 0 ? addresses : [local], invite, qrSvg };
}

export async function stopMeetingHub(running: RunningMeetingHub): Promise<void> {
  try {
    await running.hub.close();
  } finally {
    fs.rmSync(running.storeDir, { recursive: true, force: true });
  }
}
