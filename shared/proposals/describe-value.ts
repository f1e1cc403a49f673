// Puts a value someone sent into an error message, so the message can say what was wrong ("'Z' is
// not an option") without dumping a whole object or an endless string into the interface.

const LONGEST_QUOTE = 60;

export function quoteValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > LONGEST_QUOTE ? `${value.slice(0, LONGEST_QUOTE)}…` : value;
    return `'${shown}'`;
  }
  if (value === undefined) return 'nothing';
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** "A", "A and B", "A, B and C": option names joined the way a sentence lists them. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
