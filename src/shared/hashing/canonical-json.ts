/**
 * The one recipe behind every hash of the app's data (the printed matrix's
 * snapshot id, a proposal's snapshot hash): JSON with object keys sorted
 * at every level, so that the same data gives the same text whatever order its properties were built or read back in: a
 * proposal's snapshot is hashed over this text, and the hash must survive a
 * round trip through the database (SQLite's JSON keeps key order, but a
 * snapshot rebuilt later builds its objects afresh).
 *
 * Stricter than JSON.stringify where silence would break the hash: a number
 * that JSON cannot hold (NaN, Infinity) would be stored as null and read back
 * different from what was hashed, so it is refused; an undefined property is
 * left out (as JSON does, and as zod leaves it on the way back).
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonical JSON cannot hold the number ${String(value)}`);
      return JSON.stringify(value);
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    // Code-unit order, not locale order: the text must not depend on the machine's language.
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
