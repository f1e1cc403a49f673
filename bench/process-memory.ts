// This process's memory, as the RSS probes print it: resident set now, its peak (Linux), the JS
// heap, and memory outside the heap (PGlite's WebAssembly memory is an ArrayBuffer). Node's
// `external` already includes `arrayBuffers`: adding the two would count that memory twice.
import fs from 'node:fs';

export interface ProcessMemory {
  rssMb: number;
  peakRssMb: number | null;
  heapUsedMb: number;
  externalMb: number;
}

/** Peak resident memory of this process so far (Linux); null elsewhere. */
function peakRssMb(): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export function processMemory(): ProcessMemory {
  const usage = process.memoryUsage();
  return { rssMb: usage.rss / 2 ** 20, peakRssMb: peakRssMb(), heapUsedMb: usage.heapUsed / 2 ** 20, externalMb: usage.external / 2 ** 20 };
}
