/**
 * What other deal-rooms have already promised (issue 6, "Collision check"):
 * the exclusive and conditional rights held, as of a date, by candidates that
 * have become a pilot or a partner elsewhere. A shortlisted candidate in
 * another room holds nothing yet, so only those two stages count.
 *
 * A room whose file cannot be opened is skipped, as the deal-room list does
 * with its problems: one damaged file must not stop this room's collision
 * check. The failure is logged for whoever looks into it.
 */
import type { DealRoomDetail, Language } from '../../shared/domain/entities';
import type { ExternalCommitment } from '../../shared/domain/terms';
import { roomHoldings } from '../../shared/terms/collisions';
import type { DataDir } from '../store/data-dir';
import { DomainError } from './domain-error';

const COMMITTED_STAGES = new Set(['pilot', 'partner']);

/** The room's detail, or null when its file cannot be read. */
function readableDetail(store: DataDir, id: string): DealRoomDetail | null {
  try {
    return store.room(id).detail();
  } catch (err) {
    if (!(err instanceof DomainError)) store.log('warn', `deal-room ${id} was left out of the commitments elsewhere`, err);
    return null;
  }
}

/** Only the committed candidates' records, so that the holdings of the rest never reach the check. */
function committedOnly(detail: DealRoomDetail): DealRoomDetail {
  const committed = new Set(detail.candidates.filter((c) => COMMITTED_STAGES.has(c.stage)).map((c) => c.id));
  const sheets = detail.termSheets.filter((s) => committed.has(s.candidateId));
  const sheetIds = new Set(sheets.map((s) => s.id));
  return {
    ...detail,
    candidates: detail.candidates.filter((c) => committed.has(c.id)),
    termSheets: sheets,
    phases: detail.phases.filter((p) => sheetIds.has(p.termSheetId)),
    milestones: detail.milestones.filter((m) => sheetIds.has(m.termSheetId)),
    triggers: detail.triggers.filter((t) => sheetIds.has(t.termSheetId)),
    termComments: detail.termComments.filter((c) => sheetIds.has(c.termSheetId)),
  };
}

export function commitmentsElsewhere(store: DataDir, dealRoomId: string, asOf: string, lang: Language): ExternalCommitment[] {
  const out: ExternalCommitment[] = [];
  for (const id of store.roomIds()) {
    if (id === dealRoomId) continue;
    const detail = readableDetail(store, id);
    if (!detail) continue;
    const committed = committedOnly(detail);
    if (committed.termSheets.length === 0) continue;
    for (const holding of roomHoldings(committed, asOf, lang)) {
      if (holding.holder.kind !== 'candidate') continue;
      out.push({
        dealRoomId: id,
        dealRoomName: detail.dealRoom.name,
        candidateId: holding.holder.candidateId,
        candidateName: holding.holder.name,
        exclusivity: holding.exclusivity,
        scope: holding.scope,
        from: holding.from,
        to: holding.to,
      });
    }
  }
  return out;
}
