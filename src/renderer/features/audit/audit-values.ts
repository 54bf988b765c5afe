/**
 * How the audit trail shows a change-log row: what kind of change it was,
 * its values in a line each, and the reader's local days as the instants
 * the store filters by.
 */
import type { ChangeLogEntry } from '../../../shared/domain/entities';

/** Every kind of record the store logs (src/main/store/entity-tables.ts, entity names). */
export const AUDIT_ENTITIES = [
  'dealRoom',
  'candidate',
  'pillar',
  'criterion',
  'evaluator',
  'score',
  'consensus',
  'conflict',
  'dissent',
  'weighting',
  'signal',
  'interviewItem',
  'answer',
  'flag',
  'evidence',
  'dueDiligence',
  'termSheet',
  'phase',
  'milestone',
  'trigger',
  'termComment',
  'proposal',
  'proposalComment',
  'decision',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export function isAuditEntity(entity: string): entity is AuditEntity {
  return (AUDIT_ENTITIES as readonly string[]).includes(entity);
}

export type ChangeKind = 'created' | 'deleted' | 'changed' | 'noted';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A row with no field holds a whole record: created (nothing before) or
 * deleted (nothing after). A named field is a change; anything else (an
 * import, an override reason) is a note the store added beside a change.
 */
export function changeKind(entry: Pick<ChangeLogEntry, 'field' | 'before' | 'after'>): ChangeKind {
  if (entry.field === '') {
    if (entry.before === null && isRecord(entry.after)) return 'created';
    if (isRecord(entry.before) && entry.after === null) return 'deleted';
    return 'noted';
  }
  return 'changed';
}

/** Fields that name a record, in the order a reader would recognise it by. */
const NAMING_FIELDS = ['nameJa', 'nameLatin', 'name', 'nameEn', 'title', 'code', 'item', 'said', 'fileName', 'body'] as const;
const LONGEST = 120;

function clip(text: string): string {
  return text.length > LONGEST ? `${text.slice(0, LONGEST - 1)}…` : text;
}

/**
 * One line for a logged value: text as written, numbers and yes/no as they
 * are, a whole record by the fields that name it, anything else as compact
 * JSON. Null (nothing) is '', for the table to show as a dash.
 */
export function valueLine(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return clip(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isRecord(value)) {
    const names = NAMING_FIELDS.map((f) => value[f]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (names.length > 0) return clip([...new Set(names)].slice(0, 2).join(' / '));
  }
  return clip(JSON.stringify(value));
}

/** The reader's local calendar day "YYYY-MM-DD" → the instant it starts, as ISO (for `from`). */
export function startOfLocalDay(day: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The instant the day after `day` starts: `before` of a window that includes the whole of `day`. */
export function endOfLocalDay(day: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
