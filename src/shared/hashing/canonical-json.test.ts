import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,1]},"b":1}');
  });

  it('writes the same text for the same data built in another order', () => {
    expect(canonicalJson({ name: '佐藤', rank: 1, total: 71.5 })).toBe(canonicalJson({ total: 71.5, rank: 1, name: '佐藤' }));
  });

  it('leaves undefined properties out and keeps null', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  });

  it('orders keys by code unit, not by locale', () => {
    expect(canonicalJson({ b: 1, B: 2, あ: 3 })).toBe('{"B":2,"b":1,"あ":3}');
  });

  it('refuses numbers JSON cannot hold', () => {
    expect(() => canonicalJson({ total: Number.NaN })).toThrow(/NaN/);
    expect(() => canonicalJson([Number.POSITIVE_INFINITY])).toThrow(/Infinity/);
  });

  it('is valid JSON that parses back to the same value, and is stable under a round trip', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        const back = JSON.parse(text) as unknown;
        expect(canonicalJson(back)).toBe(text);
      }),
    );
  });

  it('does not depend on the order keys were inserted', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.integer()), (dict) => {
        const reversed = Object.fromEntries(Object.entries(dict).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(dict));
      }),
    );
  });
});
