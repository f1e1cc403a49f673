import { describe, expect, it } from 'vitest';
import { CallError } from '../../shared/contract/errors.js';
import { describeRefusedRow, hubAddressProblem, insecureReason, isInsecureRefusal, isOwnMeetingHub, parseJoinLink } from '../../renderer/src/screens/sync/sync-words.js';

// The core's sentence (electron/core/sync/transport-policy.ts) when it refuses plain http:// to a public address.
const refusal = 'hub.example.org:8765 is not on this computer or a private network, so the connection must use TLS (https://); allow an unencrypted connection only if you trust every network in between';

describe('the Sync screen’s words', () => {
  it('recognises the core’s refusal of an unencrypted address, and nothing else', () => {
    expect(isInsecureRefusal(new CallError('validation', refusal))).toBe(true);
    expect(isInsecureRefusal({ code: 'validation', message: refusal })).toBe(true);
    expect(isInsecureRefusal(new CallError('conflict', 'the hub refused the invite: this invite has already been used'))).toBe(false);
    expect(isInsecureRefusal(new CallError('validation', 'invalid input', [{ path: 'hubUrl', message: 'enter the hub’s address' }]))).toBe(false);
    expect(isInsecureRefusal(new Error(refusal))).toBe(false);
    expect(insecureReason(refusal)).toBe('Hub.example.org:8765 is not on this computer or a private network, so the connection must use TLS (https://).');
  });

  it('finds this computer’s own meeting hub among the joined ones by its port', () => {
    const hosting = { addresses: ['http://192.168.1.20:4455'], invite: 'X', qrSvg: '<svg/>' };
    expect(isOwnMeetingHub('http://127.0.0.1:4455', hosting)).toBe(true);
    expect(isOwnMeetingHub('http://127.0.0.1:4456', hosting)).toBe(false);
    expect(isOwnMeetingHub('http://192.168.1.30:4455', hosting)).toBe(false);
    expect(isOwnMeetingHub('http://127.0.0.1:4455', null)).toBe(false);
  });

  it('says how to fix an address that is surely not one', () => {
    expect(hubAddressProblem('https://hq.example.org')).toBeNull();
    expect(hubAddressProblem('http://192.168.1.20:4455')).toBeNull();
    expect(hubAddressProblem('')).toMatch(/^Enter the hub’s address/);
    expect(hubAddressProblem('hq.example.org')).toMatch(/^Start the address with https:\/\//);
    expect(hubAddressProblem('ftp://hq.example.org')).toMatch(/^Start the address with https:\/\//);
  });

  it('names a refused row by its kind and a short id', () => {
    expect(describeRefusedRow('members', '3f2a9c1e-0000-4000-8000-000000000000')).toBe('A member (3f2a9c1e)');
    expect(describeRefusedRow('pledges', 'abc')).toBe('A record in “pledges” (abc)');
  });

  it('reads the text of a meeting hub’s QR code into an address and an invite', () => {
    // The form of electron/core/sync/meeting-hub.ts.
    const text = `chapterhouse://join?hub=${encodeURIComponent('http://192.168.1.20:4455')}&invite=${encodeURIComponent('7KQM-2XWP-AAAA-BBBB-CCCC')}`;
    expect(parseJoinLink(text)).toEqual({ hubUrl: 'http://192.168.1.20:4455', invite: '7KQM-2XWP-AAAA-BBBB-CCCC' });
    expect(parseJoinLink('https://hq.example.org')).toBeNull();
    expect(parseJoinLink('chapterhouse://join?hub=http%3A%2F%2F10.0.0.2%3A1')).toBeNull();
  });
});
