/**
 * One open deal-room file: typed reads of its rows, and changes that always
 * leave a trace. Every write goes through `change`, which runs in one
 * transaction, writes a change-log row per created or deleted record and per
 * changed field (ENGINEERING.md, pattern 6), and bumps the room's updatedAt
 * when anything changed.
 */
import type Database from 'better-sqlite3';
import type { ChangeLogEntry, DealRoom, DealRoomDetail, DealRoomSummary, Evaluator } from '../../shared/domain/entities';
import { formatIssuePath } from '../../shared/api/validation-message';
import {
  answerTable,
  candidateTable,
  conflictTable,
  consensusTable,
  criterionTable,
  dealRoomTable,
  dissentTable,
  dueDiligenceTable,
  milestoneTable,
  phaseTable,
  termCommentTable,
  termSheetTable,
  triggerTable,
  entityIdOf,
  evidenceFileTable,
  evaluatorTable,
  interviewItemTable,
  pillarTable,
  redFlagTable,
  scoreTable,
  suitorSignalTable,
  weightingTable,
  type ColumnKind,
  type EntityTable,
  type StoredEvaluator,
} from './entity-tables';
import { UnreadableRoomFileError } from './room-file-errors';
import { chainHash, chainHead, type StoredLogRow } from './change-log-chain';

type Params = Record<string, string | number | null>;

/**
 * The change log's `field` for a row that records a whole record: `before` is
 * null when it was created, `after` is null when it was deleted.
 */
export const WHOLE_RECORD = '';

export interface ChangeLogPage {
  total: number;
  entries: ChangeLogEntry[];
}

/** What a change can do; each call is logged unless its name says otherwise. */
export interface RoomChange {
  /** The one timestamp of this change (ISO 8601), for rows and log alike. */
  readonly at: string;
  readonly actor: string;
  insert<E extends object>(t: EntityTable<E>, row: E): E;
  /** Bulk rows whose creation the caller records once with `note` (an import). */
  insertUnlogged<E extends object>(t: EntityTable<E>, rows: readonly E[]): void;
  /** Writes the fields of `patch` that differ from `before`; returns the row as it is now. */
  update<E extends object>(t: EntityTable<E>, before: E, patch: Partial<E>): E;
  remove<E extends object>(t: EntityTable<E>, row: E): void;
  note(entity: string, entityId: string, field: string, before: unknown, after: unknown): void;
}

function fieldsOf<E extends object>(t: EntityTable<E>): (keyof E & string)[] {
  return Object.keys(t.columns) as (keyof E & string)[];
}

function columnOf<E extends object>(t: EntityTable<E>, field: keyof E & string): string {
  return t.columns[field][0];
}

function toParam(value: unknown, kind?: ColumnKind): string | number | null {
  if (kind === 'json') return JSON.stringify(value ?? null);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' || typeof value === 'number') return value;
  return null;
}

function fromColumn(value: unknown, kind: ColumnKind): unknown {
  if (kind === 'boolean') return value === 1;
  if (kind === 'json' && typeof value === 'string') {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      // Left as text: the entity's schema then reports the row as unreadable.
      return value;
    }
  }
  return value;
}

function keyWhere<E extends object>(t: EntityTable<E>): string {
  return t.key.length === 0 ? '' : ` WHERE ${t.key.map((k) => `${columnOf(t, k)} = @${k}`).join(' AND ')}`;
}

function keyParams<E extends object>(t: EntityTable<E>, row: Partial<E>): Params {
  const params: Params = {};
  for (const k of t.key) params[k] = toParam(row[k]);
  return params;
}

/** Equal field values; lists (AHP judgements) compare by content. */
function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) return JSON.stringify(a) === JSON.stringify(b);
  return Object.is(a, b);
}

export function withoutSortOrder({ sortOrder: _sortOrder, ...evaluator }: StoredEvaluator): Evaluator {
  return evaluator;
}

export class RoomStore {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    /** The deal-room's id: its file name, the one name callers use. */
    readonly id: string,
    readonly file: string,
    private readonly db: Database.Database,
    /** Whether the file is encrypted (opened with its key). */
    readonly encrypted: boolean = false,
  ) {}

  private statement(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private fromRow<E extends object>(t: EntityTable<E>, raw: Record<string, unknown>): E {
    const candidate: Record<string, unknown> = {};
    for (const field of fieldsOf(t)) {
      const value = raw[field];
      candidate[field] = fromColumn(value, t.columns[field][1]);
    }
    // The file name is the room's identity (a copied or renamed file is its own room).
    if ((t as unknown) === dealRoomTable) candidate.id = this.id;
    const parsed = t.schema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UnreadableRoomFileError(this.file, 'invalidContent', {
        table: t.table,
        detail: issue ? `${formatIssuePath(issue.path)}: ${issue.message}` : parsed.error.message,
      });
    }
    return parsed.data;
  }

  /** Rows of a table in its listing order; `where` is SQL with @named parameters. */
  rows<E extends object>(t: EntityTable<E>, where = '', params: Params = {}): E[] {
    const select = fieldsOf(t).map((f) => `${columnOf(t, f)} AS ${f}`).join(', ');
    const sql = `SELECT ${select} FROM ${t.table}${where ? ` WHERE ${where}` : ''} ORDER BY ${t.orderBy}`;
    const statement = this.statement(sql);
    const raw = (Object.keys(params).length > 0 ? statement.all(params) : statement.all()) as Record<string, unknown>[];
    return raw.map((r) => this.fromRow(t, r));
  }

  /** The row with the given key, or undefined. */
  row<E extends object>(t: EntityTable<E>, key: Partial<E>): E | undefined {
    const where = t.key.map((k) => `${columnOf(t, k)} = @${k}`).join(' AND ');
    return this.rows(t, where, keyParams(t, key))[0];
  }

  count(table: string, where = '', params: Params = {}): number {
    const statement = this.statement(`SELECT count(*) FROM ${table}${where ? ` WHERE ${where}` : ''}`).pluck();
    return (Object.keys(params).length > 0 ? statement.get(params) : statement.get()) as number;
  }

  /** The sortOrder that puts a new row last (among rows matching `where`). */
  nextSortOrder(table: string, where = '', params: Params = {}): number {
    const statement = this.statement(`SELECT coalesce(max(sort_order), -1) + 1 FROM ${table}${where ? ` WHERE ${where}` : ''}`).pluck();
    return (Object.keys(params).length > 0 ? statement.get(params) : statement.get()) as number;
  }

  dealRoom(): DealRoom {
    const room = this.rows(dealRoomTable)[0];
    if (!room) throw new UnreadableRoomFileError(this.file, 'notShinrai');
    return room;
  }

  summary(): DealRoomSummary {
    return this.read(() => {
      const room = this.dealRoom();
      return {
        id: room.id,
        name: room.name,
        productLine: room.productLine,
        targetMarket: room.targetMarket,
        archived: room.archived,
        updatedAt: room.updatedAt,
        candidateCount: this.count('candidate'),
        comparedCount: this.count('candidate', 'compared = 1'),
        encryption: this.encrypted ? 'encrypted' : 'none',
      };
    });
  }

  /** Everything in the room, read as one consistent snapshot. */
  detail(): DealRoomDetail {
    return this.read(() => ({
      dealRoom: this.dealRoom(),
      candidates: this.rows(candidateTable),
      pillars: this.rows(pillarTable),
      criteria: this.rows(criterionTable),
      evaluators: this.rows(evaluatorTable).map(withoutSortOrder),
      scores: this.rows(scoreTable),
      consensus: this.rows(consensusTable),
      conflicts: this.rows(conflictTable),
      dissent: this.rows(dissentTable),
      weightings: this.rows(weightingTable),
      signals: this.rows(suitorSignalTable),
      interviewItems: this.rows(interviewItemTable),
      answers: this.rows(answerTable),
      flags: this.rows(redFlagTable),
      evidence: this.rows(evidenceFileTable),
      dueDiligence: this.rows(dueDiligenceTable),
      termSheets: this.rows(termSheetTable),
      phases: this.rows(phaseTable),
      milestones: this.rows(milestoneTable),
      triggers: this.rows(triggerTable),
      termComments: this.rows(termCommentTable),
    }));
  }

  /** Newest first, paged in SQL (ENGINEERING.md, pattern 10). */
  changeLog(limit: number, offset: number): ChangeLogPage {
    return this.read(() => {
      const total = this.count('change_log');
      const raw = this.statement(
        'SELECT seq, at, actor, entity, entity_id AS entityId, field, before, after FROM change_log ORDER BY seq DESC LIMIT ? OFFSET ?',
      ).all(limit, offset) as (Omit<ChangeLogEntry, 'before' | 'after'> & { before: string; after: string })[];
      return { total, entries: raw.map((r) => ({ ...r, before: JSON.parse(r.before) as unknown, after: JSON.parse(r.after) as unknown })) };
    });
  }

  /** One record's log rows of the given fields, oldest first: a record's own history, filtered in SQL. */
  changeLogOf(entity: string, entityId: string, fields: readonly string[]): ChangeLogEntry[] {
    const raw = this.statement(
      `SELECT seq, at, actor, entity, entity_id AS entityId, field, before, after FROM change_log WHERE entity = ? AND entity_id = ? AND field IN (${fields.map(() => '?').join(', ')}) ORDER BY seq`,
    ).all(entity, entityId, ...fields) as (Omit<ChangeLogEntry, 'before' | 'after'> & { before: string; after: string })[];
    return raw.map((r) => ({ ...r, before: JSON.parse(r.before) as unknown, after: JSON.parse(r.after) as unknown }));
  }

  /**
   * The connection, inside one read transaction, for queries that live in
   * their own modules (the audit trail, src/main/store/audit-query.ts): they
   * see one consistent state (they only read).
   */
  inspect<T>(fn: (db: Database.Database) => T): T {
    return this.read(() => fn(this.db));
  }

  /** Runs `fn` in a read transaction so that several queries see the same state. */
  private read<T>(fn: () => T): T {
    return this.db.transaction(fn).deferred();
  }

  /** Runs one change in one transaction: all its rows and all its log rows, or nothing. */
  change<T>(actor: string, fn: (tx: RoomChange) => T): T {
    return this.db.transaction(() => {
      const at = new Date().toISOString();
      let logged = 0;
      const logStatement = this.statement(
        'INSERT INTO change_log (seq, at, actor, entity, entity_id, field, before, after, prev_hash, hash) VALUES (@seq, @at, @actor, @entity, @entityId, @field, @before, @after, @prevHash, @hash)',
      );
      // The transaction holds the write lock, so the head read here is still
      // the head when the rows below link on to it.
      let head = chainHead(this.db);
      const note: RoomChange['note'] = (entity, entityId, field, before, after) => {
        const row: StoredLogRow = { seq: head.seq + 1, at, actor, entity, entityId, field, before: JSON.stringify(before ?? null), after: JSON.stringify(after ?? null) };
        const hash = chainHash(head.hash, row);
        logStatement.run({ ...row, prevHash: head.hash, hash });
        head = { seq: row.seq, hash };
        logged += 1;
      };
      const writeRow = <E extends object>(t: EntityTable<E>, row: E) => {
        const fields = fieldsOf(t);
        const sql = `INSERT INTO ${t.table} (${fields.map((f) => columnOf(t, f)).join(', ')}) VALUES (${fields.map((f) => `@${f}`).join(', ')})`;
        const params: Params = {};
        for (const f of fields) params[f] = toParam(row[f], t.columns[f][1]);
        this.statement(sql).run(params);
      };
      const tx: RoomChange = {
        at,
        actor,
        insert: (t, row) => {
          writeRow(t, row);
          note(t.entity, entityIdOf(t, row, this.id), WHOLE_RECORD, null, row);
          return row;
        },
        insertUnlogged: (t, rows) => {
          for (const row of rows) writeRow(t, row);
        },
        update: (t, before, patch) => {
          const changed = fieldsOf(t).filter(
            (f) => patch[f] !== undefined && !t.key.includes(f) && !sameValue(patch[f], before[f]),
          );
          const logged = changed.filter((f) => !t.bookkeeping.includes(f));
          if (logged.length === 0) return before;
          const after = { ...before };
          for (const f of changed) after[f] = patch[f] as (typeof after)[typeof f];
          const sql = `UPDATE ${t.table} SET ${changed.map((f) => `${columnOf(t, f)} = @${f}`).join(', ')}${keyWhere(t)}`;
          const params = keyParams(t, before);
          for (const f of changed) params[f] = toParam(after[f], t.columns[f][1]);
          this.statement(sql).run(params);
          const entityId = entityIdOf(t, before, this.id);
          for (const f of logged) note(t.entity, entityId, f, before[f], after[f]);
          return after;
        },
        remove: (t, row) => {
          this.statement(`DELETE FROM ${t.table}${keyWhere(t)}`).run(keyParams(t, row));
          note(t.entity, entityIdOf(t, row, this.id), WHOLE_RECORD, row, null);
        },
        note,
      };
      const result = fn(tx);
      if (logged > 0) this.statement('UPDATE deal_room SET updated_at = ?').run(at);
      return result;
      // Immediate: the write lock is taken before the chain head is read.
    }).immediate();
  }

  /**
   * The connection itself, in one immediate transaction, for data derived
   * from the room's records rather than part of them (the search index,
   * src/main/store/search-index.ts): it is rebuilt from the records, so it
   * writes no change-log rows and leaves updatedAt as it is.
   */
  derived<T>(fn: (db: Database.Database) => T): T {
    return this.db.transaction(() => fn(this.db)).immediate();
  }

  /**
   * A consistent, compact copy of the room at `path` (a new file), made on
   * this connection so it sees exactly the committed state; synchronous,
   * unlike better-sqlite3's online backup. Returns the deal-room's name and
   * updatedAt as the copy holds them: another process may write to the room
   * between any earlier read and the copy. (An attached copy of an encrypted
   * room is read with the room's key.)
   */
  copyTo(path: string): { name: string; updatedAt: string } {
    this.db.prepare('VACUUM INTO ?').run(path);
    this.db.prepare('ATTACH ? AS copied').run(path);
    try {
      return this.db.prepare('SELECT name, updated_at AS updatedAt FROM copied.deal_room').get() as { name: string; updatedAt: string };
    } finally {
      this.db.exec('DETACH copied');
    }
  }

  close(): void {
    this.statements.clear();
    if (this.db.open) this.db.close();
  }
}
