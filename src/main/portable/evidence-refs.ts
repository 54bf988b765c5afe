/**
 * Evidence records between a deal-room's store ids and the portable file's
 * references (src/shared/domain/portable-file.ts, PortableEvidence).
 *
 * Export names rows exactly as the interchange export does
 * (deal-room-file-mapping.ts): candidates, criteria and evaluators by their
 * position ("c1", "k3", "e2"); answers, flags and due-diligence requests by
 * their index in the document's lists, which that export orders by
 * candidate, keeping each candidate's rows in their own order. Import goes
 * the other way over the detail made from the document (detailFromFile keeps
 * every list in the document's order).
 */
import type { DealRoomDetail } from '../../shared/domain/entities';
import type { PortableEvidence } from '../../shared/domain/portable-file';
import type { EvidenceFile } from '../../shared/domain/vetting';

const bySortOrder = <T extends { sortOrder: number }>(rows: readonly T[]) => [...rows].sort((a, b) => a.sortOrder - b.sortOrder);

/** The rows in the order the document lists them: by candidate position, stable within a candidate. */
function byCandidate<T extends { candidateId: string }>(rows: readonly T[], candidatePosition: ReadonlyMap<string, number>): T[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => (candidatePosition.get(a.row.candidateId) ?? 0) - (candidatePosition.get(b.row.candidateId) ?? 0) || a.i - b.i)
    .map(({ row }) => row);
}

const indexOf = (ids: readonly string[]) => new Map(ids.map((id, i) => [id, i]));

/**
 * The room's evidence records as the portable file refers to them. A record
 * whose target cannot be named in the document (its candidate gone) is left
 * out: the document could not carry what it hangs on either.
 */
export function evidenceToPortable(detail: DealRoomDetail): PortableEvidence[] {
  const candidates = bySortOrder(detail.candidates);
  const candidateIndex = indexOf(candidates.map((c) => c.id));
  const criteria = bySortOrder(detail.pillars).flatMap((p) => bySortOrder(detail.criteria.filter((k) => k.pillarId === p.id)));
  const criterionIndex = indexOf(criteria.map((k) => k.id));
  const evaluatorIndex = indexOf(detail.evaluators.map((e) => e.id));
  const answerIndex = indexOf(byCandidate(detail.answers, candidateIndex).map((a) => a.id));
  const flagIndex = indexOf(byCandidate(detail.flags, candidateIndex).map((f) => f.id));
  const requestIndex = indexOf(byCandidate(bySortOrder(detail.dueDiligence), candidateIndex).map((d) => d.id));

  const at = (index: ReadonlyMap<string, number>, id: string, prefix = '') => {
    const i = index.get(id);
    return i === undefined ? undefined : prefix === '' ? String(i) : `${prefix}${i + 1}`;
  };
  const attachedRef = (e: EvidenceFile): string | undefined => {
    switch (e.attachedTo) {
      case 'candidate':
        return at(candidateIndex, e.attachedId, 'c');
      case 'answer':
        return at(answerIndex, e.attachedId);
      case 'flag':
        return at(flagIndex, e.attachedId);
      case 'due_diligence':
        return at(requestIndex, e.attachedId);
      case 'score': {
        const [evaluatorId = '', candidateId = '', criterionId = ''] = e.attachedId.split('/');
        const parts = [at(evaluatorIndex, evaluatorId, 'e'), at(candidateIndex, candidateId, 'c'), at(criterionIndex, criterionId, 'k')];
        return parts.every((p) => p !== undefined) ? parts.join('/') : undefined;
      }
    }
  };

  return detail.evidence.flatMap((e) => {
    const candidate = at(candidateIndex, e.candidateId, 'c');
    const attached = attachedRef(e);
    if (candidate === undefined || attached === undefined) return [];
    return [
      {
        candidate,
        attachedTo: e.attachedTo,
        attached,
        fileName: e.fileName,
        mediaType: e.mediaType,
        size: e.size,
        sha256: e.sha256,
        addedBy: e.addedBy,
        addedAt: e.addedAt,
      },
    ];
  });
}

/**
 * The store id a portable reference names in a detail made from the
 * document, or undefined when it names nothing there (a damaged or
 * hand-edited file): the caller refuses the file naming the record.
 */
export function storeIdsOf(
  ref: PortableEvidence,
  detail: DealRoomDetail,
): { candidateId: string; attachedId: string } | undefined {
  const byPosition = (rows: readonly { id: string }[], fileId: string, prefix: string) => {
    if (!new RegExp(`^${prefix}[1-9][0-9]*$`).test(fileId)) return undefined;
    return rows[Number(fileId.slice(prefix.length)) - 1]?.id;
  };
  const byIndex = <T extends { id: string; candidateId: string }>(rows: readonly T[], index: string) =>
    /^(0|[1-9][0-9]*)$/.test(index) ? rows[Number(index)] : undefined;

  const candidateId = byPosition(detail.candidates, ref.candidate, 'c');
  if (candidateId === undefined) return undefined;
  let attachedId: string | undefined;
  switch (ref.attachedTo) {
    case 'candidate':
      attachedId = byPosition(detail.candidates, ref.attached, 'c');
      break;
    case 'answer':
      attachedId = byIndex(detail.answers, ref.attached)?.id;
      if (attachedId !== undefined && byIndex(detail.answers, ref.attached)?.candidateId !== candidateId) attachedId = undefined;
      break;
    case 'flag':
      attachedId = byIndex(detail.flags, ref.attached)?.id;
      if (attachedId !== undefined && byIndex(detail.flags, ref.attached)?.candidateId !== candidateId) attachedId = undefined;
      break;
    case 'due_diligence':
      attachedId = byIndex(detail.dueDiligence, ref.attached)?.id;
      if (attachedId !== undefined && byIndex(detail.dueDiligence, ref.attached)?.candidateId !== candidateId) attachedId = undefined;
      break;
    case 'score': {
      const [e = '', c = '', k = ''] = ref.attached.split('/');
      const parts = [byPosition(detail.evaluators, e, 'e'), byPosition(detail.candidates, c, 'c'), byPosition(detail.criteria, k, 'k')];
      attachedId = parts.every((p) => p !== undefined) && parts[1] === candidateId ? parts.join('/') : undefined;
      break;
    }
  }
  // A file attached to a candidate hangs on that same candidate.
  if (ref.attachedTo === 'candidate' && attachedId !== candidateId) return undefined;
  return attachedId === undefined ? undefined : { candidateId, attachedId };
}
