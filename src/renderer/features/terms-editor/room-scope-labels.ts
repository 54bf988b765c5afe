/**
 * The room's own scope labels: channels that are not built in, customer
 * segments and product lines already used in any phase or trigger grant of
 * the room. The picker offers them so one room speaks of "university
 * hospitals" the same way on every candidate's sheet.
 */
import type { DealRoomDetail } from '../../../shared/domain/entities';
import type { Scope } from '../../../shared/domain/terms';

export interface RoomScopeLabels {
  channels: string[];
  segments: string[];
  products: string[];
}

function scopesOf(records: Pick<DealRoomDetail, 'phases' | 'triggers'>): Scope[] {
  const fromTriggers = records.triggers.flatMap((t) =>
    t.actions.flatMap((a) => (a.kind === 'grant_exclusivity' ? [a.scope] : a.kind === 'revert_non_exclusive' && a.scope ? [a.scope] : [])),
  );
  return [...records.phases.map((p) => p.scope), ...fromTriggers];
}

export function roomScopeLabels(records: Pick<DealRoomDetail, 'phases' | 'triggers'>, builtInChannels: ReadonlySet<string>, compare: (a: string, b: string) => number): RoomScopeLabels {
  const channels = new Set<string>();
  const segments = new Set<string>();
  const products = new Set<string>();
  for (const scope of scopesOf(records)) {
    for (const c of scope.channels) if (!builtInChannels.has(c)) channels.add(c);
    for (const s of scope.segments) segments.add(s);
    for (const p of scope.products) products.add(p);
  }
  const sorted = (set: Set<string>) => [...set].sort(compare);
  return { channels: sorted(channels), segments: sorted(segments), products: sorted(products) };
}

/** Adds a typed label to a list once (trimmed; an empty or repeated one changes nothing). */
export function withLabel(list: readonly string[], typed: string): string[] {
  const label = typed.trim();
  if (!label || list.includes(label)) return [...list];
  return [...list, label];
}
