import { describe, expect, it } from 'vitest';
import { checkHubUrl, isPrivateHost } from '../../electron/core/sync/transport-policy.js';

describe('which hubs may be reached without TLS', () => {
  it.each([
    ['127.0.0.1', true],
    ['localhost', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['172.32.0.1', false],
    ['192.168.1.20', true],
    ['169.254.1.1', true],
    ['[::1]', true],
    ['hub.example.org', false],
    ['8.8.8.8', false],
    ['192.168.1', false],
    ['10.0.0.1.evil.com', false],
  ])('%s private: %s', (host, expected) => {
    expect(isPrivateHost(host)).toBe(expected);
  });

  it('allows plain http on private networks, refuses it elsewhere unless allowed, and normalises', () => {
    expect(checkHubUrl('http://192.168.1.20:4455/some/path', false)).toBe('http://192.168.1.20:4455');
    expect(checkHubUrl('wss://hub.example.org', false)).toBe('https://hub.example.org');
    expect(() => checkHubUrl('http://hub.example.org', false)).toThrow(/must use TLS/);
    expect(checkHubUrl('http://hub.example.org', true)).toBe('http://hub.example.org');
    expect(() => checkHubUrl('ftp://hub.example.org', false)).toThrow(/https:\/\//);
    expect(() => checkHubUrl('not a url', false)).toThrow(/not a hub address/);
  });
});
