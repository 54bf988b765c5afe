/** The audit trail (issue 8): the filtered change log and the check of its hash chain, both read-only. */
import type { Handlers } from '../../shared/api/contract';
import { auditFacets, auditPage } from '../store/audit-query';
import { verifyChangeLog } from '../store/change-log-chain';
import type { DataDir } from '../store/data-dir';
import { openRoom } from './room-access';

export function auditHandlers(store: DataDir): Pick<Handlers, 'audit.list' | 'audit.verify'> {
  return {
    'audit.list': ({ dealRoomId, limit, offset, ...filter }, ctx) =>
      openRoom(store, dealRoomId, ctx).inspect((db) => ({ ...auditPage(db, filter, limit, offset), ...auditFacets(db) })),
    'audit.verify': ({ dealRoomId }, ctx) => openRoom(store, dealRoomId, ctx).inspect(verifyChangeLog),
  };
}
