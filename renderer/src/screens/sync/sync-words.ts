// How the Sync screen names things: roles, refused rows, the core's refusal of an unencrypted
// address, and which joined hub is this computer's own meeting hub. Words only; the rules of sync
// live in the core.
import type { HubState, MeetingHub } from '../../../../shared/contract/sync';
import { CallError } from '../../../../shared/contract/errors';
import { errorIssues } from '../../data/call-errors';

export function roleLabel(role: HubState['role']): string {
  switch (role) {
    case 'organiser':
      return 'Organiser';
    case 'observer':
      return 'Observer (reads only)';
    case 'coordinator':
      return 'Headquarters coordinator';
  }
}

const rowKinds: Record<string, string> = {
  members: 'A member',
  chapters: 'The chapter’s details',
};

/** "A member (3f2a9c1e)": what kind of record a refused change was about. */
export function describeRefusedRow(table: string, rowId: string): string {
  const kind = rowKinds[table] ?? `A record in “${table}”`;
  return `${kind} (${rowId.slice(0, 8)})`;
}

/**
 * True when the core refused a plain http:// or ws:// address outside this computer and private
 * networks: the person may confirm and join again with `allowInsecure`. The core says so as a
 * validation error without field issues whose sentence offers to "allow an unencrypted connection".
 */
export function isInsecureRefusal(error: unknown): boolean {
  const code = error instanceof CallError ? error.code : (error as { code?: unknown } | null)?.code;
  const message = (error as { message?: unknown } | null)?.message;
  return code === 'validation' && errorIssues(error).length === 0 && typeof message === 'string' && /unencrypted connection/i.test(message);
}

/** The core's refusal without its closing advice, which the confirmation below it says in full. */
export function insecureReason(message: string): string {
  const reason = message.split(/;\s*allow an unencrypted connection/i)[0]!.trim();
  return `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;
}

/**
 * The meeting hub this computer hosts is joined like any other hub, at 127.0.0.1 on the hub's port.
 * It is left by stopping hosting, not with "Leave".
 */
export function isOwnMeetingHub(hubUrl: string, hosting: MeetingHub | null | undefined): boolean {
  if (!hosting) return false;
  let hub: URL;
  try {
    hub = new URL(hubUrl);
  } catch {
    return false;
  }
  if (hub.hostname !== '127.0.0.1' && hub.hostname !== 'localhost') return false;
  return hosting.addresses.some((address) => {
    try {
      return new URL(address).port === hub.port;
    } catch {
      return false;
    }
  });
}

/**
 * A first look at what the person typed as a hub address, as they type: the core has the last word
 * (and the TLS rule), this only catches what is surely not an address.
 */
export function hubAddressProblem(text: string): string | null {
  const value = text.trim();
  if (!value) return 'Enter the hub’s address, like https://hq.example.org or http://192.168.1.20:4455';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Start the address with https:// or http://, like https://hq.example.org';
  }
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return 'Start the address with https:// or http://, like https://hq.example.org';
  if (!url.hostname) return 'Add the hub’s name or IP address after http://';
  return null;
}

/**
 * The meeting hub's QR code carries `chapterhouse://join?hub=…&invite=…`. Pasted (or typed by a
 * phone's scanner) into the address field, it fills both fields.
 */
export function parseJoinLink(text: string): { hubUrl: string; invite: string } | null {
  const value = text.trim();
  if (!/^chapterhouse:\/\/join\?/i.test(value)) return null;
  const params = new URLSearchParams(value.slice(value.indexOf('?') + 1));
  const hubUrl = params.get('hub')?.trim();
  const invite = params.get('invite')?.trim();
  return hubUrl && invite ? { hubUrl, invite } : null;
}
