/**
 * For the change-log coverage test: the sample room on a fresh data dir, and
 * a way to see exactly which change-log rows one call wrote. Rows are read
 * back through the contract (audit.list), as a reader of the trail sees them.
 */
import type { OperationName, OutputOf } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { createTestApp, ok, type TestApp } from '../store/test-data-dir';

/** A change-log row without its sequence number, time and actor: what the test compares. */
export interface LoggedRow {
  entity: string;
  entityId: unknown;
  field: string;
  before: unknown;
  after: unknown;
}

export interface SampleRoom {
  t: TestApp;
  dealRoomId: string;
  call<N extends OperationName>(name: N, input: unknown): Result<OutputOf<N>>;
  /** The rows written by `fn` (up to 500, far more than one call here writes), oldest first, with fn's result. */
  rowsOf<T>(fn: () => T): { result: T; rows: LoggedRow[] };
  logTotal(): number;
}

/** The app over a fresh data dir with the sample deal-room seeded (and chosen as the last room). */
export function sampleRoom(): SampleRoom {
  const t = createTestApp({ seedSample: true });
  const dealRoomId = ok(t.app.invoke('settings.get', {})).lastDealRoomId;
  if (!dealRoomId) throw new Error('the sample room was not seeded');
  const page = (limit: number) => ok(t.app.invoke('audit.list', { dealRoomId, limit }));
  const room: SampleRoom = {
    t,
    dealRoomId,
    call: (name, input) => t.app.invoke(name, input),
    logTotal: () => page(1).total,
    rowsOf(fn) {
      const head = page(1).entries[0]?.seq ?? 0;
      const result = fn();
      const rows = page(500)
        .entries.filter((e) => e.seq > head)
        .sort((a, b) => a.seq - b.seq)
        .map(({ entity, entityId, field, before, after }) => ({ entity, entityId, field, before, after }));
      return { result, rows };
    },
  };
  return room;
}
