// The hash that makes a decision checkable: SHA-256 over the canonical JSON of the decision record,
// as lowercase hex. Web Crypto only (globalThis.crypto.subtle, in Node 20 and every browser), so the
// renderer, the core and the hub compute it with the same code.
import { canonicalJson } from './canonical-json.js';

export { canonicalJson, CanonicalJsonError } from './canonical-json.js';

/** Throws CanonicalJsonError when the record holds something JSON cannot hold exactly. */
export async function hashDecision(record: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(record));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
