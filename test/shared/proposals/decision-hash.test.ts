import { describe, expect, it } from 'vitest';
import { CanonicalJsonError, canonicalJson, hashDecision } from '../../../shared/proposals/decision-hash.js';

describe('canonical JSON', () => {
  it('matches the RFC 8785 example: sorted keys, no whitespace, numbers and escapes as JSON.stringify writes them', () => {
    const input = JSON.parse(String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`) as unknown;
    expect(canonicalJson(input)).toBe(
      String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`,
    );
  });

  it('sorts keys by UTF-16 code units, as RFC 8785 does (an emoji before U+FB33)', () => {
    const input = JSON.parse(String.raw`{"\u20ac":"Euro","\r":"CR","\ufb33":"Hebrew","1":"One","\ud83d\ude00":"Emoji","\u0080":"Control","\u00f6":"Umlaut"}`) as Record<string, string>;
    // Read the order off the text: JavaScript would put the integer-like key "1" first in an object.
    const order = [...canonicalJson(input).matchAll(/:"(\w+)"/g)].map((m) => m[1]);
    expect(order).toEqual(['CR', 'One', 'Control', 'Umlaut', 'Euro', 'Emoji', 'Hebrew']);
  });

  it('gives the same text whatever order the keys were written in, at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [2, { e: 0, f: 1 }] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
  });

  it('leaves out keys whose value is undefined and writes -0 as 0', () => {
    expect(canonicalJson({ a: undefined, b: -0 })).toBe('{"b":0}');
  });

  it('refuses what JSON cannot hold exactly, naming where it is', () => {
    expect(() => canonicalJson({ tally: { average: Number.NaN } })).toThrow(CanonicalJsonError);
    expect(() => canonicalJson({ tally: { average: Number.NaN } })).toThrow('$.tally.average is NaN');
    expect(() => canonicalJson({ at: new Date(0) })).toThrow('$.at is a Date, not plain data');
    expect(() => canonicalJson([1, undefined])).toThrow('$[1] is undefined');
    expect(() => canonicalJson({ n: 10n })).toThrow('$.n is a bigint');
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => canonicalJson(cycle)).toThrow('$.self refers back to itself');
  });

  it('accepts the same object twice when it is not a cycle', () => {
    const shared = { a: 1 };
    expect(canonicalJson({ x: shared, y: shared })).toBe('{"x":{"a":1},"y":{"a":1}}');
  });
});

describe('hashDecision', () => {
  // Expected values computed outside JavaScript: printf '%s' '<canonical text>' | sha256sum
  it('hashes the empty record to SHA-256 of "{}"', async () => {
    await expect(hashDecision({})).resolves.toBe('44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
  });

  it('hashes the canonical UTF-8 text, not the text the record was written as', async () => {
    const record = {
      voters: 9,
      rounds: [{ exhausted: 0, eliminated: 'C', counts: { C: 2, B: 3, A: 4 } }],
      quorumMet: true,
      outcome: 'B wins',
      closedBy: 'm-ana',
      board: 'ch1/board/p7',
    };
    await expect(hashDecision(record)).resolves.toBe('f8fb24fd6655728d711138d63515cb285a75d7a641bf5e7545c66590276b77c4');
  });

  it('encodes text as UTF-8', async () => {
    await expect(hashDecision({ name: 'Zoë' })).resolves.toBe('6bd0ee7972d372ec1f8a3cc44302e5449751305d73c2b69b5a79c62f88a4ca77');
  });

  it('matches the RFC 8785 example text hashed by sha256sum', async () => {
    const input = JSON.parse(String.raw`{"string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/", "literals": [null, true, false], "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001]}`) as unknown;
    await expect(hashDecision(input)).resolves.toBe('2d5e01a318d0f0879ab568c4be289c8b1f64ef8921a53c6277d5e069978baacb');
  });
});
