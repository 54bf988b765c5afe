/**
 * Hostile input for the contract (issue 9, "Hostile input"): from one valid
 * payload of an operation and its zod input schema, a catalogue of mutations
 * each of which makes the payload invalid on its own, and a fast-check
 * arbitrary that combines one to three of them with hostile-looking noise
 * (SQL and HTML in free-text fields, -0 in numbers).
 *
 * Invalid by construction, not by asking the schema: the schema is read only
 * to know what kind of value a place holds (text, number, object…), and
 * every mutation puts there something no sane schema of that kind accepts —
 * a value of another type, a non-finite number, a date that is not in the
 * calendar, a key nobody declared, a required key removed, text far beyond
 * any bound. When the app accepts one, the schema has a hole.
 */
import fc from 'fast-check';
import type { z } from 'zod';

/** A step from a value to one of its children. */
export type PathPart = string | number;
export type Path = readonly PathPart[];

/** The JSON-ish kinds of value a schema place may accept. */
type Family = 'string' | 'number' | 'boolean' | 'null' | 'undefined' | 'object' | 'array';
const ALL_FAMILIES: readonly Family[] = ['string', 'number', 'boolean', 'null', 'undefined', 'object', 'array'];

/** One way to break a payload: at `path`, replace the value, drop a key or add one. */
export type Mutation =
  | { kind: string; path: Path; action: 'set'; value: unknown }
  | { kind: string; path: Path; action: 'drop' }
  | { kind: string; path: Path; action: 'addKey'; key: string; value: unknown };

/** A place where noise may be written: SQL and HTML in free text, -0 and the like in numbers. */
export interface NoiseSlot {
  path: Path;
  /** What may go there (text cut to the place's bound, so that it usually stays valid). */
  values: readonly unknown[];
}

export interface MalformedCatalogue {
  mutations: Mutation[];
  noiseSlots: NoiseSlot[];
}

/** Nesting far deeper than any parser's recursion: 100,000 levels. */
export const DEEP_LEVELS = 100_000;

function deepArray(levels: number): unknown[] {
  let value: unknown[] = [];
  for (let i = 1; i < levels; i++) value = [value];
  return value;
}

function deepObject(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let i = 1; i < levels; i++) value = { __nest: value };
  return value;
}

/**
 * Built once and shared by every payload: building 100,000 levels per payload
 * would cost more than the calls they test. Nothing in the app may mutate its
 * input, so sharing is safe (and would show if it did not: the next payload
 * would differ).
 */
export const DEEP_ARRAY: unknown[] = deepArray(DEEP_LEVELS);
export const DEEP_OBJECT: Record<string, unknown> = deepObject(DEEP_LEVELS);

/** What a polluted prototype would show: any object would have this property. */
export const POLLUTION_MARKER = 'shinraiFuzzPolluted';

/** Own `__proto__`, `constructor` and `prototype` keys exactly as JSON.parse makes them from a request body. */
function pollutionObject(): Record<string, unknown> {
  return JSON.parse(`{"__proto__": {"${POLLUTION_MARKER}": true}, "constructor": {"prototype": {"${POLLUTION_MARKER}": true}}}`) as Record<string, unknown>;
}
export const POLLUTING_OBJECT = pollutionObject();
const POLLUTING_KEYS: ReadonlyArray<readonly [string, unknown]> = [
  ['__proto__', { [POLLUTION_MARKER]: true }],
  ['constructor', { prototype: { [POLLUTION_MARKER]: true } }],
  ['prototype', { [POLLUTION_MARKER]: true }],
];

export const SQL_TEXTS: readonly string[] = [
  "Robert'); DROP TABLE candidates;--",
  "' OR '1'='1' --",
  '1; DELETE FROM change_log WHERE 1=1',
  "x' UNION SELECT name, sql FROM sqlite_master --",
  "'; ATTACH DATABASE '/tmp/stolen.db' AS s; --",
];
export const HTML_TEXTS: readonly string[] = [
  '<script>alert("shinrai")</script>',
  '<img src=x onerror="fetch(\'//evil.example\')">',
  '"><svg onload=alert(1)>',
  '&lt;b&gt; {{constructor.constructor("return 1")()}}',
  '株式会社<iframe src="javascript:alert(1)">',
];
const NOISE_TEXTS: readonly string[] = [...SQL_TEXTS, ...HTML_TEXTS];

/**
 * Over a megabyte of hostile text. It holds spaces, quotes and angle
 * brackets, so it is not base64, not a date and not a URL either: no text
 * place of the contract may take it. ASCII only, for speed: zod counts the
 * code points of a text that has any non-Latin-1 character (about a
 * millisecond per megabyte), which over 10,000 payloads per operation would
 * cost more than everything else; Japanese text goes to every bounded place
 * in 'text one over its bound' instead.
 */
export const HUGE_TEXT: string = (() => {
  const unit = `${NOISE_TEXTS.filter((t) => /^[\x20-\x7e]*$/.test(t)).join(' ')} `;
  return unit.repeat(Math.ceil((1024 * 1024 + 1) / unit.length));
})();

export const INVALID_DATES: readonly string[] = ['2026-02-30', '2026-13-01', 'tomorrow', '', '2026-2-3', '2025-02-29'];
export const INVALID_DATE_TIMES: readonly string[] = ['2026-02-30T10:00:00Z', '2026-13-01T00:00:00Z', 'tomorrow', '', '2026-01-01 25:61'];

/** Numbers that look harmless and are not quite: negative zero, the smallest double, a sum that is not 0.3. */
const NUMBER_NOISE: readonly unknown[] = [-0, Number.MIN_VALUE, 0.1 + 0.2];

/** Numbers no finite field takes. */
const NON_FINITE: readonly number[] = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];

/** A value of each family, for putting where that family is not accepted. */
const WRONG_TYPED: ReadonlyArray<readonly [Family, string, unknown]> = [
  ['string', 'sql text', SQL_TEXTS[0]],
  ['string', 'html text', HTML_TEXTS[0]],
  ['string', 'empty text', ''],
  ['number', 'number', 42],
  ['number', 'negative zero', -0],
  ['number', 'NaN', Number.NaN],
  ['number', 'huge number', 1e308],
  ['boolean', 'boolean', true],
  ['null', 'null', null],
  ['object', 'empty object', {}],
  ['object', 'polluting object', POLLUTING_OBJECT],
  ['object', 'deep object', DEEP_OBJECT],
  ['array', 'empty array', []],
  ['array', 'deep array', DEEP_ARRAY],
];

// ---------------------------------------------------------------------------
// Reading a zod schema (zod 4 keeps its definition on `_zod.def`).

interface Def {
  type: string;
  [key: string]: unknown;
}
type Schema = z.core.$ZodType;

function defOf(schema: Schema): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function checksOf(schema: Schema): Def[] {
  const checks = (defOf(schema).checks ?? []) as Array<{ _zod: { def: Def } }>;
  return checks.map((c) => c._zod.def);
}

/** The kinds of value a schema place accepts; anything unknown to this reader accepts everything (so it is never mutated by type). */
function familiesOf(schema: Schema): Set<Family> {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
      return new Set([...familiesOf(def.innerType as Schema), 'undefined']);
    case 'nullable':
      return new Set([...familiesOf(def.innerType as Schema), 'null']);
    case 'nonoptional': {
      const inner = familiesOf(def.innerType as Schema);
      inner.delete('undefined');
      return inner;
    }
    case 'readonly':
      return familiesOf(def.innerType as Schema);
    case 'pipe':
      return familiesOf(def.in as Schema);
    case 'string':
    case 'enum':
    case 'template_literal':
      return new Set(['string']);
    case 'number':
      return new Set(['number']);
    case 'boolean':
      return new Set(['boolean']);
    case 'null':
      return new Set(['null']);
    case 'object':
    case 'record':
      return new Set(['object']);
    case 'array':
    case 'tuple':
      return new Set(['array']);
    case 'never':
      return new Set();
    case 'literal': {
      const out = new Set<Family>();
      for (const v of def.values as unknown[]) out.add(v === null ? 'null' : v === undefined ? 'undefined' : (typeof v as Family));
      return out;
    }
    case 'union': {
      const out = new Set<Family>();
      for (const option of def.options as Schema[]) for (const f of familiesOf(option)) out.add(f);
      return out;
    }
    default:
      return new Set(ALL_FAMILIES);
  }
}

/** The schema without the wrappers that only widen it (optional, nullable, default…). */
function core(schema: Schema): Schema {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (['optional', 'default', 'prefault', 'nullable', 'nonoptional', 'readonly'].includes(def.type)) current = def.innerType as Schema;
    else if (def.type === 'pipe') current = def.in as Schema;
    else return current;
  }
}

/** For a union, the option the (valid) base value takes: the one it parses with. */
function chosenOption(schema: Schema, value: unknown): Schema | undefined {
  const def = defOf(schema);
  const options = def.options as Schema[];
  const discriminator = def.discriminator as string | undefined;
  if (discriminator && value !== null && typeof value === 'object') {
    const tag = (value as Record<string, unknown>)[discriminator];
    return options.find((o) => {
      const shape = defOf(core(o)).shape as Record<string, Schema> | undefined;
      return shape?.[discriminator] !== undefined && (shape[discriminator] as unknown as z.ZodType).safeParse(tag).success;
    });
  }
  return options.find((o) => (o as unknown as z.ZodType).safeParse(value).success);
}

function maxLengthOf(schema: Schema): number | undefined {
  const check = checksOf(schema).find((c) => c.check === 'max_length');
  return check ? (check.maximum as number) : undefined;
}
function minLengthOf(schema: Schema): number {
  const check = checksOf(schema).find((c) => c.check === 'min_length');
  return check ? (check.minimum as number) : 0;
}

// ---------------------------------------------------------------------------
// The catalogue.

/**
 * Every mutation of `base` (valid for `schema`) and every free-text place in
 * it. `opaque` names places the contract leaves to the handler (z.unknown):
 * the families the handler's own schema takes there, so that a value of
 * another kind is known to be wrong.
 */
export function malformedCatalogue(schema: Schema, base: unknown, opaque: ReadonlyMap<string, Schema> = new Map()): MalformedCatalogue {
  const mutations: Mutation[] = [];
  const noiseSlots: NoiseSlot[] = [];
  walk(schema, base, [], mutations, noiseSlots, opaque);
  return { mutations, noiseSlots };
}

function walk(schema: Schema, value: unknown, path: Path, out: Mutation[], slots: NoiseSlot[], opaque: ReadonlyMap<string, Schema>): void {
  const key = path.join('.');
  const stand = opaque.get(key);
  if (stand) {
    wrongTypes(familiesOf(stand), path, out);
    const standCore = core(stand);
    if (defOf(standCore).type === 'object' && requiredKeys(standCore).length > 0) {
      // An object without the keys the document needs, however deep it goes.
      out.push({ kind: 'deep object', path, action: 'set', value: DEEP_OBJECT });
      out.push({ kind: 'polluting object', path, action: 'set', value: POLLUTING_OBJECT });
      out.push({ kind: 'empty object', path, action: 'set', value: {} });
    }
    return;
  }
  wrongTypes(familiesOf(schema), path, out);
  let node = core(schema);
  let def = defOf(node);
  if (def.type === 'union') {
    const option = chosenOption(node, value);
    const isDiscriminated = typeof def.discriminator === 'string';
    if (isDiscriminated && option) {
      node = core(option);
      def = defOf(node);
    } else {
      // A plain union (e.g. '' or a URL): only what breaks every option.
      if (familiesOf(node).has('string') && (def.options as Schema[]).every((o) => stringIsBounded(core(o))))
        out.push({ kind: 'huge text', path, action: 'set', value: HUGE_TEXT });
      return;
    }
  }
  switch (def.type) {
    case 'literal':
      for (const v of def.values as unknown[]) {
        // Another value of the same kind: `false` where only `true` will do, the next number.
        if (typeof v === 'boolean' && !(def.values as unknown[]).includes(!v)) out.push({ kind: 'the other boolean', path, action: 'set', value: !v });
        if (typeof v === 'number' && !(def.values as unknown[]).includes(v + 1)) out.push({ kind: 'another number', path, action: 'set', value: v + 1 });
      }
      if (familiesOf(node).has('string')) stringMutations(node, path, out, slots);
      return;
    case 'string':
    case 'enum':
    case 'template_literal':
      stringMutations(node, path, out, slots);
      return;
    case 'number':
      numberMutations(node, path, out);
      slots.push({ path, values: NUMBER_NOISE });
      return;
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
      const record = value as Record<string, unknown>;
      for (const [k, v] of POLLUTING_KEYS) out.push({ kind: `own "${k}" key`, path, action: 'addKey', key: k, value: v });
      out.push({ kind: 'sql key', path, action: 'addKey', key: SQL_TEXTS[0]!, value: 1 });
      out.push({ kind: 'deep object under an unknown key', path, action: 'addKey', key: '__nest', value: DEEP_OBJECT });
      for (const k of requiredKeys(node)) if (Object.prototype.hasOwnProperty.call(record, k)) out.push({ kind: 'required key missing', path: [...path, k], action: 'drop' });
      const shape = def.shape as Record<string, Schema>;
      for (const k of Object.keys(record)) {
        const child = shape[k];
        if (child) walk(child, record[k], [...path, k], out, slots, opaque);
      }
      return;
    }
    case 'array': {
      if (!Array.isArray(value)) return;
      const element = def.element as Schema;
      if (minLengthOf(node) >= 1) out.push({ kind: 'empty list', path, action: 'set', value: [] });
      const max = maxLengthOf(node);
      if (max !== undefined && max <= 1000 && value.length > 0)
        out.push({ kind: 'list too long', path, action: 'set', value: Array.from({ length: max + 1 }, (_, i) => value[i % value.length]) });
      value.forEach((item, i) => walk(element, item, [...path, i], out, slots, opaque));
      return;
    }
    case 'record': {
      if (value === null || typeof value !== 'object') return;
      const keyType = defOf(core(def.keyType as Schema)).type;
      if (keyType === 'enum' || keyType === 'literal') {
        for (const [k, v] of POLLUTING_KEYS) out.push({ kind: `own "${k}" key`, path, action: 'addKey', key: k, value: v });
      }
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) walk(def.valueType as Schema, v, [...path, k], out, slots, opaque);
      return;
    }
    default:
      return;
  }
}

function requiredKeys(objectSchema: Schema): string[] {
  const shape = defOf(objectSchema).shape as Record<string, Schema>;
  return Object.keys(shape).filter((k) => !familiesOf(shape[k]!).has('undefined'));
}

/** Text with a bound, a format or a fixed set of values: what the huge text can never satisfy. */
function stringIsBounded(node: Schema): boolean {
  const def = defOf(node);
  if (def.type === 'enum' || def.type === 'literal' || def.type === 'template_literal') return true;
  if (def.type !== 'string') return false;
  return maxLengthOf(node) !== undefined || typeof def.format === 'string' || checksOf(node).some((c) => c.check === 'string_format');
}

function wrongTypes(accepted: Set<Family>, path: Path, out: Mutation[]): void {
  for (const [family, kind, value] of WRONG_TYPED) {
    if (!accepted.has(family)) out.push({ kind: `${kind} for ${[...accepted].filter((f) => f !== 'undefined').join('|') || 'nothing'}`, path, action: 'set', value });
  }
}

function stringMutations(node: Schema, path: Path, out: Mutation[], slots: NoiseSlot[]): void {
  const def = defOf(node);
  // Every text place gets the huge text; an unbounded one lets it through, and the run says so.
  out.push({ kind: 'huge text', path, action: 'set', value: HUGE_TEXT });
  if (def.type === 'enum' || def.type === 'literal') {
    const allowed = new Set<unknown>(def.type === 'enum' ? Object.values(def.entries as Record<string, unknown>) : (def.values as unknown[]));
    for (const text of [SQL_TEXTS[1]!, HTML_TEXTS[0]!, 'tomorrow']) if (!allowed.has(text)) out.push({ kind: 'not one of the values', path, action: 'set', value: text });
    const first = [...allowed].find((v): v is string => typeof v === 'string');
    if (first && !allowed.has(first.toUpperCase())) out.push({ kind: 'value in the wrong case', path, action: 'set', value: first.toUpperCase() });
    return;
  }
  if (def.type === 'template_literal') {
    out.push({ kind: 'not the pattern', path, action: 'set', value: HTML_TEXTS[0] });
    return;
  }
  const format = (def.format as string | undefined) ?? checksOf(node).find((c) => c.check === 'string_format')?.format;
  if (format === 'date') {
    for (const d of INVALID_DATES) out.push({ kind: `invalid date "${d}"`, path, action: 'set', value: d });
    return;
  }
  if (format === 'datetime') {
    for (const d of INVALID_DATE_TIMES) out.push({ kind: `invalid date-time "${d}"`, path, action: 'set', value: d });
    return;
  }
  if (format === 'base64') {
    out.push({ kind: 'not base64', path, action: 'set', value: `${SQL_TEXTS[0]}${HTML_TEXTS[0]}` });
    return;
  }
  if (format !== undefined) return;
  const min = minLengthOf(node);
  const trims = checksOf(node).some((c) => c.check === 'overwrite');
  if (min >= 1) out.push({ kind: 'empty text where some is required', path, action: 'set', value: '' });
  if (min >= 1 && trims) out.push({ kind: 'blank text where some is required', path, action: 'set', value: ' \t\u3000 ' });
  const max = maxLengthOf(node);
  if (max !== undefined && max < 100_000) out.push({ kind: 'text one over its bound', path, action: 'set', value: 'あ'.repeat(max + 1) });
  slots.push({ path, values: max === undefined ? NOISE_TEXTS : NOISE_TEXTS.map((t) => t.slice(0, max)) });
}

function numberMutations(node: Schema, path: Path, out: Mutation[]): void {
  for (const n of NON_FINITE) out.push({ kind: `non-finite ${n}`, path, action: 'set', value: n });
  const def = defOf(node);
  const checks = checksOf(node);
  // z.int() keeps its format on the definition, .int() on a number as a check.
  const isInt = [def.format, ...checks.map((c) => c.format)].some((f) => typeof f === 'string' && f.includes('int'));
  if (isInt) {
    out.push({ kind: 'fraction for a whole number', path, action: 'set', value: 0.5 });
    out.push({ kind: 'beyond safe integers', path, action: 'set', value: 2 ** 53 + 2 });
  }
  if (checks.some((c) => c.check === 'less_than')) out.push({ kind: 'huge number', path, action: 'set', value: 1e300 });
  if (checks.some((c) => c.check === 'greater_than')) out.push({ kind: 'hugely negative number', path, action: 'set', value: -1e300 });
}

// ---------------------------------------------------------------------------
// Building payloads.

function isContainer(value: unknown): value is Record<PathPart, unknown> {
  return value !== null && typeof value === 'object';
}

function shallowCopy(value: Record<PathPart, unknown>): Record<PathPart, unknown> {
  // Spread keeps an own "__proto__" key as an own key (it defines, it does not assign).
  return Array.isArray(value) ? ([...value] as unknown as Record<PathPart, unknown>) : { ...value };
}

/**
 * `root` with `edit` applied to the container at `parentPath`, copying only
 * the containers on the way (the rest is shared). Undefined when the way is
 * gone (an earlier mutation replaced a container with something else).
 */
function editAt(root: unknown, parentPath: Path, edit: (container: Record<PathPart, unknown>) => boolean): unknown {
  if (!isContainer(root)) return undefined;
  const top = shallowCopy(root);
  let cur = top;
  for (const part of parentPath) {
    const next = cur[part];
    if (!isContainer(next)) return undefined;
    const copy = shallowCopy(next);
    cur[part] = copy;
    cur = copy;
  }
  return edit(cur) ? top : undefined;
}

function defineOwn(target: Record<PathPart, unknown>, key: PathPart, value: unknown): void {
  // Plain assignment of "__proto__" would set the prototype; a request body makes it an own key.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The payload with one mutation applied, or undefined when its place no longer exists. */
export function applyMutation(payload: unknown, m: Mutation): unknown {
  if (m.action === 'set' && m.path.length === 0) return m.value;
  if (m.action === 'addKey') {
    return editAt(payload, m.path, (c) => {
      // A key goes into an object only: an earlier mutation may have put a list there.
      if (Array.isArray(c)) return false;
      defineOwn(c, m.key, m.value);
      return true;
    });
  }
  const parent = m.path.slice(0, -1);
  const last = m.path[m.path.length - 1]!;
  return editAt(payload, parent, (c) => {
    if (!Object.prototype.hasOwnProperty.call(c, last) || Array.isArray(c) !== (typeof last === 'number')) return false;
    if (m.action === 'drop') delete c[last];
    else defineOwn(c, last, m.value);
    return true;
  });
}

export interface MalformedPayload {
  payload: unknown;
  /** The places the mutations touched (they made it invalid). */
  mutated: Path[];
  /** The places noise was written (they may make it invalid too). */
  noisy: Path[];
  kinds: string[];
}

/** A small seeded generator (mulberry32) for the choices after the first: cheap, and fixed by fast-check's draw. */
function choices(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % below) | 0;
  };
}

/**
 * One to three mutations over a payload that first received up to four
 * pieces of noise. Noise goes first, so that it can never overwrite what a
 * mutation broke.
 *
 * fast-check draws the first mutation (so a failure shrinks towards the
 * simplest one) and a seed for the rest. Drawing every choice through
 * fast-check's combinators costs more per payload than the call it tests,
 * and the calls are what the run is for.
 */
export function malformedPayloadArbitrary(base: unknown, catalogue: MalformedCatalogue): fc.Arbitrary<MalformedPayload> {
  const { mutations, noiseSlots } = catalogue;
  if (mutations.length === 0) throw new Error('no mutation applies to this payload');
  return fc.tuple(fc.nat(mutations.length - 1), fc.nat()).map(([first, seed]) => {
    const next = choices(seed);
    let payload = base;
    const noisy: Path[] = [];
    const pieces = noiseSlots.length === 0 ? 0 : next(5);
    for (let i = 0; i < pieces; i++) {
      const s = noiseSlots[next(noiseSlots.length)]!;
      const written = applyMutation(payload, { kind: 'noise', path: s.path, action: 'set', value: s.values[next(s.values.length)] });
      if (written !== undefined) {
        payload = written;
        noisy.push(s.path);
      }
    }
    const picks = [first];
    const more = next(3);
    for (let i = 0; i < more; i++) picks.push(next(mutations.length));
    const mutated: Path[] = [];
    const kinds: string[] = [];
    for (const pick of picks) {
      const m = mutations[pick]!;
      const applied = applyMutation(payload, m);
      if (applied === undefined) continue;
      payload = applied;
      mutated.push(m.action === 'addKey' ? [...m.path, m.key] : m.path);
      kinds.push(m.kind);
    }
    return { payload, mutated, noisy, kinds };
  });
}

/** Whether a path reported by a refusal is the place of a mutation, or on its way, or inside it. */
export function relatedPath(reported: string, touched: string): boolean {
  if (reported === touched || reported === '') return true;
  const within = (inner: string, outer: string) => outer === '' || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
  return within(touched, reported) || within(reported, touched);
}

/**
 * JSON text of a payload for the HTTP door. JSON.stringify recurses, so the
 * shared deep values are written from text made once instead.
 */
const DEEP_ARRAY_TEXT = `${'['.repeat(DEEP_LEVELS)}${']'.repeat(DEEP_LEVELS)}`;
const DEEP_OBJECT_TEXT = `${'{"__nest":'.repeat(DEEP_LEVELS - 1)}{}${'}'.repeat(DEEP_LEVELS - 1)}`;
export function payloadJson(value: unknown): string {
  const marks = new Map<string, string>([
    ['"\\u0000deep-array\\u0000"', DEEP_ARRAY_TEXT],
    ['"\\u0000deep-object\\u0000"', DEEP_OBJECT_TEXT],
  ]);
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v === DEEP_ARRAY) return '\u0000deep-array\u0000';
    if (v === DEEP_OBJECT) return '\u0000deep-object\u0000';
    return v;
  });
  let out = text;
  for (const [mark, replacement] of marks) out = out.split(mark).join(replacement);
  return out;
}
