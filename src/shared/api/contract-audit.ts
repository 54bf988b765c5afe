/**
 * Contract operations of the audit trail (issue 8): the change log browsed
 * with filters, paged in the store, and its hash chain checked.
 */
import { z } from 'zod';
import { ChangeLogEntry, Id, IsoDateTime } from '../domain/entities';
import { op } from './contract-op';

export const ChainVerdict = z.object({
  rows: z.number().int().min(0),
  head: z.string(),
  firstBroken: z
    .object({
      seq: z.number().int(),
      problem: z.enum(['hash', 'link']),
    })
    .nullable(),
});
export type ChainVerdict = z.infer<typeof ChainVerdict>;

export const auditOps = {
  /**
   * One page of the change log, newest first, with the filter's choices
   * (every person and kind of record that appears in the log). `from` and
   * `before` are instants: the screen turns the reader's local days into them.
   */
  'audit.list': op(
    z.strictObject({
      dealRoomId: Id,
      actor: z.string().max(200).optional(),
      entity: z.string().max(100).optional(),
      from: IsoDateTime.optional(),
      before: IsoDateTime.optional(),
      limit: z.number().int().min(1).max(500).default(50),
      offset: z.number().int().min(0).default(0),
    }),
    z.object({ total: z.number().int(), entries: z.array(ChangeLogEntry), actors: z.array(z.string()), entities: z.array(z.string()) }),
  ),
  /** Walks the change log's hash chain and names the first row that no longer fits it. */
  'audit.verify': op(z.strictObject({ dealRoomId: Id }), ChainVerdict),
} as const;
