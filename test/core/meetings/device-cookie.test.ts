// The sign-in page's device cookie: only what this server signed is a device.
import { describe, expect, it } from 'vitest';
import { cookieValue, DeviceCookies } from '../../../electron/core/meetings/device-cookie.js';

describe('DeviceCookies', () => {
  it('reads back the device it issued, among other cookies', () => {
    const cookies = new DeviceCookies();
    const { device, header } = cookies.issue();
    const pair = header.split(';')[0]!;
    expect(cookies.read(`theme=dark; ${pair}; other=1`)).toBe(device);
  });

  it('refuses a forged, altered, foreign or missing cookie', () => {
    const cookies = new DeviceCookies();
    const pair = cookies.issue().header.split(';')[0]!;
    const [, value] = pair.split('=') as [string, string];
    const [device, signature] = value.split('.') as [string, string];
    expect(cookies.read(`ch_device=${device}x.${signature}`)).toBeNull();
    expect(cookies.read(`ch_device=${device}.${signature.slice(1)}A`)).toBeNull();
    expect(cookies.read(`ch_device=${device}`)).toBeNull();
    expect(cookies.read(`ch_device=.${signature}`)).toBeNull();
    expect(new DeviceCookies().read(pair)).toBeNull();
    expect(cookies.read(undefined)).toBeNull();
    expect(cookies.read('ch_device_old=abc')).toBeNull();
  });
});

describe('cookieValue', () => {
  it.each([
    ['a=1; b=2', 'b', '2'],
    ['a=1;b=2', 'b', '2'],
    [' b = x=y ', 'b', 'x=y'],
    ['a=1', 'b', null],
    ['', 'b', null],
  ])('%s → %s = %s', (header, name, expected) => {
    expect(cookieValue(header, name)).toBe(expected);
  });
});
