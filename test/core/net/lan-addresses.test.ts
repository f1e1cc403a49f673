import type os from 'node:os';
import { describe, expect, it } from 'vitest';
import { isPrivateIPv4, lanAddresses, privateLanIPv4 } from '../../../electron/core/net/lan-addresses.js';

function nic(address: string, family: 'IPv4' | 'IPv6' = 'IPv4', internal = false): os.NetworkInterfaceInfo {
  return { address, family, internal, netmask: '', mac: '', cidr: null, ...(family === 'IPv6' ? { scopeid: 0 } : {}) } as os.NetworkInterfaceInfo;
}

const interfaces = {
  lo: [nic('127.0.0.1', 'IPv4', true), nic('::1', 'IPv6', true)],
  wlan0: [nic('192.168.1.20'), nic('fe80::1', 'IPv6')],
  eth0: [nic('203.0.113.7')],
  hotspot: [nic('172.20.10.2')],
};

describe('LAN addresses', () => {
  it('lists every external IPv4 address for the meeting hub', () => {
    expect(lanAddresses(4455, interfaces)).toEqual(['http://192.168.1.20:4455', 'http://203.0.113.7:4455', 'http://172.20.10.2:4455']);
  });

  it('keeps only private ones for a page meant for the room', () => {
    expect(privateLanIPv4(interfaces)).toEqual(['192.168.1.20', '172.20.10.2']);
  });

  it.each([
    ['10.0.0.1', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['172.32.0.1', false],
    ['172.15.0.1', false],
    ['192.168.0.1', true],
    ['192.169.0.1', false],
    ['8.8.8.8', false],
    ['169.254.1.1', false],
    ['10.0.0', false],
    ['10.0.0.256', false],
  ])('%s private: %s', (address, expected) => {
    expect(isPrivateIPv4(address)).toBe(expected);
  });
});
