/**
 * One page of the audit trail, asked of the store with the current filter.
 * Asked again when the filter or the page moves, and whenever the deal-room
 * is (after every change), so a change made a moment ago is already listed.
 */
import { useEffect, useRef, useState } from 'react';
import type { OutputOf } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/result';
import type { DealRoomDetail } from '../../../shared/domain/entities';
import { useApi } from '../../app/api-context';
import { endOfLocalDay, startOfLocalDay } from './audit-values';

export interface AuditQuery {
  actor: string;
  entity: string;
  /** Local calendar days, '' when open. */
  fromDay: string;
  toDay: string;
  page: number;
}

export const AUDIT_PAGE_SIZE = 50;

export type AuditLoad = { status: 'loading' } | { status: 'ready'; page: OutputOf<'audit.list'> } | { status: 'failed'; error: ApiError };

export function useAuditPage(detail: DealRoomDetail, query: AuditQuery): AuditLoad {
  const api = useApi();
  const [load, setLoad] = useState<AuditLoad>({ status: 'loading' });
  // Answers can arrive out of order; only the newest request may update the list.
  const latest = useRef(0);
  const dealRoomId = detail.dealRoom.id;
  const { actor, entity, fromDay, toDay, page } = query;
  useEffect(() => {
    const ticket = ++latest.current;
    void api
      .call('audit.list', {
        dealRoomId,
        actor: actor || undefined,
        entity: entity || undefined,
        from: fromDay ? startOfLocalDay(fromDay) : undefined,
        before: toDay ? endOfLocalDay(toDay) : undefined,
        limit: AUDIT_PAGE_SIZE,
        offset: page * AUDIT_PAGE_SIZE,
      })
      .then((result) => {
        if (ticket !== latest.current) return;
        setLoad(result.ok ? { status: 'ready', page: result.value } : { status: 'failed', error: result.error });
      });
  }, [api, dealRoomId, actor, entity, fromDay, toDay, page, detail]);
  return load;
}
