/**
 * The territory part of the scope picker, as plain set logic. The picker works
 * on places expanded to prefectures (and other countries as they are), so a
 * region's checkbox can say whether all, some or none of its prefectures are
 * in; what is stored is folded back (whole regions and all of Japan as one
 * code) by the engine's foldTerritory.
 */

export type SelectionState = 'all' | 'some' | 'none';

/** Whether every, some or none of `codes` are selected. */
export function selectionState(codes: readonly string[], selected: ReadonlySet<string>): SelectionState {
  const inside = codes.filter((c) => selected.has(c)).length;
  if (inside === 0) return 'none';
  return inside === codes.length ? 'all' : 'some';
}

/** Ticks or unticks a whole group (a region, or all of Japan): a mixed group becomes whole when ticked. */
export function setGroup(selected: ReadonlySet<string>, codes: readonly string[], on: boolean): Set<string> {
  const next = new Set(selected);
  for (const c of codes) {
    if (on) next.add(c);
    else next.delete(c);
  }
  return next;
}

export function togglePlace(selected: ReadonlySet<string>, code: string): Set<string> {
  return setGroup(selected, [code], !selected.has(code));
}

/** Countries other than Japan among the selected places, in the order they were added. */
export function otherCountries(selected: Iterable<string>): string[] {
  return [...selected].filter((c) => !c.startsWith('JP'));
}

/**
 * A typed country code, normalised ("kr", "ＫＲ" → "KR"), or null when it is
 * not an ISO 3166-1 alpha-2 code. Japan itself is picked by region and
 * prefecture, never as a foreign country.
 */
export function countryCodeFromText(text: string): string | null {
  const code = text.normalize('NFKC').trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code) || code === 'JP') return null;
  return code;
}
