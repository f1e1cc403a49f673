// One text for one value, whoever writes it: object keys sorted (by UTF-16 code units, as RFC 8785,
// the JSON Canonicalization Scheme, sorts them), no whitespace, numbers and strings written the way
// JSON.stringify writes them (which is what RFC 8785 prescribes). Decisions are hashed over this text
// on every device and at the hub, so the same decision must give the same bytes everywhere.
// It refuses what JSON cannot say exactly (NaN, Infinity, bigint, Dates, Maps, cycles) rather than
// turn it into something else: a hash over a silently changed value would check nothing.
// As in JSON.stringify, an object key whose value is undefined is left out; unlike it, an undefined
// array element is refused rather than written as null.

export class CanonicalJsonError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CanonicalJsonError';
  }
}

export function canonicalJson(value: unknown): string {
  return write(value, '$', new Set());
}

function write(value: unknown, at: string, ancestors: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`${at} is ${value}, which JSON cannot hold`);
      return JSON.stringify(value);
    case 'object':
      return writeObject(value, at, ancestors);
    case 'undefined':
      throw new CanonicalJsonError(`${at} is undefined, which JSON cannot hold`);
    default:
      throw new CanonicalJsonError(`${at} is a ${typeof value}, which JSON cannot hold`);
  }
}

function writeObject(value: object, at: string, ancestors: Set<object>): string {
  if (ancestors.has(value)) throw new CanonicalJsonError(`${at} refers back to itself`);
  ancestors.add(value);
  let text: string;
  if (Array.isArray(value)) {
    // Array.from visits the holes of a sparse array too (as undefined), so they are refused, not lost.
    text = `[${Array.from(value, (item: unknown, i) => write(item, `${at}[${i}]`, ancestors)).join(',')}]`;
  } else {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      const kind = (value as { constructor?: { name?: string } }).constructor?.name ?? 'object';
      throw new CanonicalJsonError(`${at} is a ${kind}, not plain data; convert it (a Date to an ISO string) first`);
    }
    const record = value as Record<string, unknown>;
    const parts: string[] = [];
    for (const key of Object.keys(record).sort()) {
      const item = record[key];
      if (item === undefined) continue;
      parts.push(`${JSON.stringify(key)}:${write(item, `${at}.${key}`, ancestors)}`);
    }
    text = `{${parts.join(',')}}`;
  }
  ancestors.delete(value);
  return text;
}
