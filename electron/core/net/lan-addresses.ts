// Where other devices in the room can reach a server this computer runs: its IPv4 addresses on its
// networks. Pure over the interface list it is given (os.networkInterfaces() by default), so the
// choice is tested without a network.
import os from 'node:os';

type Interfaces = NodeJS.Dict<os.NetworkInterfaceInfo[]>;

/** This computer's addresses on its networks (what the others type or scan), as http://IP:PORT. */
export function lanAddresses(port: number, interfaces: Interfaces = os.networkInterfaces()): string[] {
  return externalIPv4(interfaces).map((address) => `http://${address}:${port}`);
}

/**
 * Only the private ones (10/8, 172.16/12, 192.168/16): the addresses of a hall's Wi-Fi or a phone's
 * hotspot. A page meant for the people in the room is not advertised on a public address.
 */
export function privateLanIPv4(interfaces: Interfaces = os.networkInterfaces()): string[] {
  return externalIPv4(interfaces).filter(isPrivateIPv4);
}

export function isPrivateIPv4(address: string): boolean {
  const octets = address.split('.').map(Number);
  if (octets.length !== 4 || octets.some((n) => !Number.isInteger(n) || n < 0 || n > 255)) return false;
  const [a, b] = octets as [number, number, number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

function externalIPv4(interfaces: Interfaces): string[] {
  return Object.values(interfaces)
    .flat()
    .filter((a): a is os.NetworkInterfaceInfo => !!a && a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}
