/**
 * The audit trail (issue 8): the change log filtered by person, record kind
 * and time, newest first, paged in SQL so a log of a million rows costs one
 * page (ENGINEERING.md, pattern 10). Every condition is a bound parameter;
 * the SQL text itself is fixed.
 */
import type Database from 'better-sqlite3';
import type { ChangeLogEntry } from '../../shared/domain/entities';

export interface AuditFilter {
  actor?: string | undefined;
  entity?: string | undefined;
  /** Instants (ISO, UTC): rows at or after `from`, and before `before`. */
  from?: string | undefined;
  before?: string | undefined;
}

export interface AuditPage {
  total: number;
  entries: ChangeLogEntry[];
}

/**
 * `at` is stored as ISO-8601 in UTC with a fixed width (toISOString), so
 * comparing the text orders it as time; the bounds are normalised the same way.
 */
const WHERE = ' WHERE (@actor IS NULL OR actor = @actor) AND (@entity IS NULL OR entity = @entity) AND (@from IS NULL OR at >= @from) AND (@before IS NULL OR at < @before)';

function paramsOf(filter: AuditFilter): Record<string, string | null> {
  return {
    actor: filter.actor ?? null,
    entity: filter.entity ?? null,
    from: filter.from === undefined ? null : new Date(filter.from).toISOString(),
    before: filter.before === undefined ? null : new Date(filter.before).toISOString(),
  };
}

export function auditPage(db: Database.Database, filter: AuditFilter, limit: number, offset: number): AuditPage {
  const params = paramsOf(filter);
  const total = db.prepare(`SELECT count(*) FROM change_log${WHERE}`).pluck().get(params) as number;
  const rows = db
    .prepare(`SELECT seq, at, actor, entity, entity_id AS entityId, field, before, after FROM change_log${WHERE} ORDER BY seq DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit, offset }) as (Omit<ChangeLogEntry, 'before' | 'after'> & { before: string; after: string })[];
  return { total, entries: rows.map((r) => ({ ...r, before: JSON.parse(r.before) as unknown, after: JSON.parse(r.after) as unknown })) };
}

/** Who has changed the room and which kinds of record changed: the filter's choices. */
export function auditFacets(db: Database.Database): { actors: string[]; entities: string[] } {
  return {
    actors: db.prepare('SELECT DISTINCT actor FROM change_log ORDER BY actor').pluck().all() as string[],
    entities: db.prepare('SELECT DISTINCT entity FROM change_log ORDER BY entity').pluck().all() as string[],
  };
}
