/**
 * The generator of malformed payloads, checked on its own: every mutation it
 * lists for an operation makes that operation's payload invalid by itself,
 * payloads share what they do not change, own "__proto__" keys stay own
 * keys, the deep values are as deep as claimed and travel as JSON. And the
 * contract's input schemas have the shape the fuzz relies on: every object
 * strict and every text bounded.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, operationNames } from '../../shared/api/contract';
import { fuzzFixture, type FuzzFixture } from './contract-fuzz-base-payloads';
import { OPAQUE_PLACES } from './contract-fuzz-harness';
import {
  applyMutation,
  DEEP_ARRAY,
  DEEP_LEVELS,
  DEEP_OBJECT,
  HUGE_TEXT,
  malformedCatalogue,
  malformedPayloadArbitrary,
  payloadJson,
  POLLUTION_MARKER,
  relatedPath,
} from './malformed-payloads';

let fixture: FuzzFixture;
beforeAll(() => {
  fixture = fuzzFixture();
});
afterAll(() => fixture.room.t.dispose());

describe('the mutation catalogue', () => {
  it('makes every payload invalid with each single mutation, for every operation', () => {
    let checked = 0;
    const accepted: string[] = [];
    for (const name of operationNames) {
      const base = fixture.bases[name];
      expect(base, `${name} has no base payload`).toBeDefined();
      const schema = contract[name].input;
      const { mutations } = malformedCatalogue(schema, base, OPAQUE_PLACES.get(name));
      expect(mutations.length, name).toBeGreaterThan(5);
      for (const m of mutations) {
        // Places the handler reads with its own schema are judged by the app, in the fuzz itself.
        if (OPAQUE_PLACES.get(name)?.has(m.path.join('.'))) continue;
        const payload = applyMutation(base, m);
        expect(payload, `${name}: ${m.kind}`).not.toBeUndefined();
        checked++;
        if (schema.safeParse(payload).success) accepted.push(`${name}: ${m.kind} at ${m.path.join('.')}`);
      }
    }
    console.log(`mutation catalogue: ${operationNames.length} operations, ${checked.toLocaleString('en')} single mutations, each refused by the schema`);
    expect(accepted).toEqual([]);
  });

  it('covers wrong types, missing keys, huge text, deep nesting, polluting keys, non-finite numbers and invalid dates', () => {
    const kinds = (name: keyof typeof contract) => malformedCatalogue(contract[name].input, fixture.bases[name]).mutations.map((m) => m.kind);
    const trigger = kinds('terms.addTrigger');
    expect(trigger).toEqual(
      expect.arrayContaining([
        'required key missing',
        'huge text',
        'deep object under an unknown key',
        'own "__proto__" key',
        'own "constructor" key',
        'own "prototype" key',
        'non-finite NaN',
        'non-finite Infinity',
        'non-finite -Infinity',
        'invalid date "2026-02-30"',
        'invalid date "2026-13-01"',
        'invalid date "tomorrow"',
        'invalid date ""',
        'deep array for object',
        'number for string',
        'not one of the values',
      ]),
    );
    expect(kinds('audit.list')).toEqual(expect.arrayContaining(['invalid date-time "2026-02-30T10:00:00Z"', 'huge number', 'fraction for a whole number']));
    expect(kinds('backups.restore')).toContain('the other boolean');
  });
});

describe('building payloads', () => {
  const base = { dealRoomId: 'room-1', fields: { name: 'Pilot', scope: { territory: ['JP-13'] } } };

  it('copies only the way to the change and leaves the base as it was', () => {
    const before = JSON.stringify(base);
    const payload = applyMutation(base, { kind: 'test', path: ['fields', 'scope', 'territory', 0], action: 'set', value: 13 }) as typeof base;
    expect(payload.fields.scope.territory).toEqual([13]);
    expect(JSON.stringify(base)).toBe(before);
    const dropped = applyMutation(base, { kind: 'test', path: ['fields', 'name'], action: 'drop' }) as typeof base;
    expect(Object.keys(dropped.fields)).toEqual(['scope']);
    expect(dropped.fields.scope).toBe(base.fields.scope);
  });

  it('adds "__proto__" as an own key, as JSON.parse does, without touching any prototype', () => {
    const payload = applyMutation(base, { kind: 'test', path: ['fields'], action: 'addKey', key: '__proto__', value: { [POLLUTION_MARKER]: true } }) as typeof base;
    expect(Object.keys(payload.fields)).toEqual(['name', 'scope', '__proto__']);
    expect(Object.getPrototypeOf(payload.fields)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)[POLLUTION_MARKER]).toBeUndefined();
    expect(JSON.parse(payloadJson(payload))).toEqual(JSON.parse(`{"dealRoomId":"room-1","fields":{"name":"Pilot","scope":{"territory":["JP-13"]},"__proto__":{"${POLLUTION_MARKER}":true}}}`));
  });

  it('skips a mutation whose place an earlier one replaced', () => {
    const flat = applyMutation(base, { kind: 'test', path: ['fields'], action: 'set', value: [1] });
    expect(applyMutation(flat, { kind: 'test', path: ['fields', 'name'], action: 'drop' })).toBeUndefined();
    expect(applyMutation(flat, { kind: 'test', path: ['fields'], action: 'addKey', key: 'x', value: 1 })).toBeUndefined();
  });

  it('has deep values 100,000 levels deep that travel as JSON text', () => {
    let depth = 0;
    for (let v: unknown = DEEP_ARRAY; Array.isArray(v); v = v[0]) depth++;
    expect(depth).toBe(DEEP_LEVELS);
    depth = 0;
    for (let v: unknown = DEEP_OBJECT; v !== undefined; v = (v as Record<string, unknown>).__nest) depth++;
    expect(depth).toBe(DEEP_LEVELS);
    const text = payloadJson({ a: DEEP_ARRAY, b: DEEP_OBJECT });
    expect(text.startsWith(`{"a":${'['.repeat(DEEP_LEVELS)}]`)).toBe(true);
    let parsed = (JSON.parse(text) as { b: unknown }).b;
    depth = 0;
    while (parsed !== undefined) {
      depth++;
      parsed = (parsed as Record<string, unknown>).__nest;
    }
    expect(depth).toBe(DEEP_LEVELS);
    expect(HUGE_TEXT.length).toBeGreaterThan(1024 * 1024);
  });

  it('draws the same payloads from the same seed', () => {
    const name = 'terms.addPhase';
    const catalogue = malformedCatalogue(contract[name].input, fixture.bases[name]);
    const draw = () => fc.sample(malformedPayloadArbitrary(fixture.bases[name], catalogue), { seed: 7, numRuns: 50 }).map((s) => s.kinds.join('+'));
    expect(draw()).toEqual(draw());
  });

  it('relates a reported path to the place a mutation broke', () => {
    expect(relatedPath('fields.scope', 'fields.scope.territory[0]')).toBe(true);
    expect(relatedPath('fields.scope.territory[0]', 'fields.scope')).toBe(true);
    expect(relatedPath('', 'anything')).toBe(true);
    expect(relatedPath('fields.name', 'fields.scope')).toBe(false);
    expect(relatedPath('fields.names', 'fields.name')).toBe(false);
  });
});

type Def = { type: string; [key: string]: unknown };
const defOf = (s: z.core.$ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Every object of a schema that lets unknown keys through, and every text without a bound. */
function looseParts(schema: z.core.$ZodType, path: string, out: string[]): void {
  const def = defOf(schema);
  const checks = ((def.checks ?? []) as Array<{ _zod: { def: Def } }>).map((c) => c._zod.def);
  switch (def.type) {
    case 'object': {
      const catchall = def.catchall as z.core.$ZodType | undefined;
      if (!catchall || defOf(catchall).type !== 'never') out.push(`${path || '<input>'}: object that drops unknown keys`);
      for (const [k, v] of Object.entries(def.shape as Record<string, z.core.$ZodType>)) looseParts(v, path ? `${path}.${k}` : k, out);
      return;
    }
    case 'string':
      if (!checks.some((c) => c.check === 'max_length' || c.check === 'string_format' || c.check === 'length_equals') && typeof def.format !== 'string')
        out.push(`${path}: text without a bound`);
      return;
    case 'array':
      if (!checks.some((c) => c.check === 'max_length')) out.push(`${path}: list without a bound`);
      looseParts(def.element as z.core.$ZodType, `${path}[]`, out);
      return;
    case 'record':
      looseParts(def.valueType as z.core.$ZodType, `${path}{}`, out);
      return;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
      looseParts(def.innerType as z.core.$ZodType, path, out);
      return;
    case 'pipe':
      looseParts(def.in as z.core.$ZodType, path, out);
      return;
    case 'union':
      for (const option of def.options as z.core.$ZodType[]) looseParts(option, path, out);
      return;
    case 'unknown':
    case 'any':
      out.push(`${path}: anything`);
      return;
    default:
      return;
  }
}

describe('the contract input schemas', () => {
  it('are strict in every object and bounded in every text and list (documents left to their handler aside)', () => {
    const loose: string[] = [];
    for (const name of operationNames) {
      const parts: string[] = [];
      looseParts(contract[name].input, '', parts);
      const opaque = OPAQUE_PLACES.get(name);
      for (const part of parts) if (!(opaque && part === `${[...opaque.keys()][0]}: anything`)) loose.push(`${name} ${part}`);
    }
    expect(loose).toEqual([]);
  });
});
