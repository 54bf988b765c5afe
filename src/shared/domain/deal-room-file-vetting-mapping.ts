/**
 * Between the vetting lists of an interchange file (deal-room-file-vetting.ts)
 * and the app's records. Like deal-room-file-mapping.ts, pure: ids come from
 * the caller's remapping, times from the caller's clock.
 */
import type { DealRoomFile } from './deal-room-file';
import type { DealRoomDetail } from './entities';
import type { Answer, DueDiligenceItem, InterviewItem, RedFlag, SuitorSignal } from './vetting';

type Remap = (id: string) => string;

export interface VettingImport {
  candidate: Remap;
  criterion: Remap;
  newId: () => string;
  now: string;
}

/** The order rows of each candidate keep: their order in the file. */
function orderWithin<T extends { candidate: string }>(rows: readonly T[]): number[] {
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const n = seen.get(r.candidate) ?? 0;
    seen.set(r.candidate, n + 1);
    return n;
  });
}

export function vettingFromFile(
  file: DealRoomFile,
  map: VettingImport,
): Pick<DealRoomDetail, 'signals' | 'interviewItems' | 'answers' | 'flags' | 'evidence' | 'dueDiligence'> {
  const signals: SuitorSignal[] = file.signals.map((s) => ({
    candidateId: map.candidate(s.candidate),
    signal: s.signal,
    reading: s.reading,
    note: s.note,
    updatedAt: map.now,
  }));
  const itemOrder = orderWithin(file.interviewItems);
  const interviewItems: InterviewItem[] = file.interviewItems.map((q, i) => ({
    id: map.newId(),
    candidateId: map.candidate(q.candidate),
    questionKey: q.questionKey,
    customText: q.customText,
    sortOrder: itemOrder[i] ?? i,
  }));
  const answers: Answer[] = file.answers.map((a) => ({
    id: map.newId(),
    candidateId: map.candidate(a.candidate),
    questionKey: a.questionKey,
    questionText: a.questionText,
    answeredBy: a.answeredBy,
    answeredOn: a.answeredOn,
    setting: a.setting,
    text: a.text,
    criterionIds: a.criteria.map(map.criterion),
    createdAt: map.now,
    updatedAt: map.now,
  }));
  const flags: RedFlag[] = file.flags.map((f) => ({
    id: map.newId(),
    candidateId: map.candidate(f.candidate),
    libraryKey: f.libraryKey,
    said: f.said,
    saidBy: f.saidBy,
    observedOn: f.observedOn,
    source: f.source,
    status: f.status,
    outcome: f.outcome,
    consequence: f.consequence,
    criterionId: f.criterion === null ? null : map.criterion(f.criterion),
    penalty: f.penalty,
    condition: f.condition,
    createdAt: map.now,
    updatedAt: map.now,
  }));
  const ddOrder = orderWithin(file.dueDiligence);
  const dueDiligence: DueDiligenceItem[] = file.dueDiligence.map((d, i) => ({
    id: map.newId(),
    candidateId: map.candidate(d.candidate),
    item: d.item,
    requestedOn: d.requestedOn,
    dueOn: d.dueOn,
    status: d.status,
    note: d.note,
    sortOrder: ddOrder[i] ?? i,
  }));
  return { signals, interviewItems, answers, flags, evidence: [], dueDiligence };
}

export interface VettingExport {
  candidate: Remap;
  /** The criterion's file id, or undefined when it is no longer in the room (links to it are dropped). */
  criterion: (id: string) => string | undefined;
  /** A file id's position, for a stable order ("c12" → 12). */
  position: (fileId: string) => number;
}

const bySortOrder = <T extends { sortOrder: number }>(a: T, b: T) => a.sortOrder - b.sortOrder;

export function vettingToFile(
  detail: DealRoomDetail,
  map: VettingExport,
): Pick<DealRoomFile, 'signals' | 'interviewItems' | 'answers' | 'flags' | 'dueDiligence'> {
  const byCandidate = <T extends { candidate: string }>(rows: T[]) =>
    rows.map((row, i) => ({ row, i })).sort((a, b) => map.position(a.row.candidate) - map.position(b.row.candidate) || a.i - b.i).map(({ row }) => row);
  return {
    signals: byCandidate(
      detail.signals.map((s) => ({ candidate: map.candidate(s.candidateId), signal: s.signal, reading: s.reading, note: s.note })),
    ).sort((a, b) => map.position(a.candidate) - map.position(b.candidate) || a.signal.localeCompare(b.signal)),
    interviewItems: byCandidate(
      [...detail.interviewItems].sort(bySortOrder).map((q) => ({ candidate: map.candidate(q.candidateId), questionKey: q.questionKey, customText: q.customText })),
    ),
    answers: byCandidate(
      detail.answers.map((a) => ({
        candidate: map.candidate(a.candidateId),
        questionKey: a.questionKey,
        questionText: a.questionText,
        answeredBy: a.answeredBy,
        answeredOn: a.answeredOn,
        setting: a.setting,
        text: a.text,
        criteria: a.criterionIds.flatMap((id) => map.criterion(id) ?? []),
      })),
    ),
    flags: byCandidate(
      detail.flags.map((f) => ({
        candidate: map.candidate(f.candidateId),
        libraryKey: f.libraryKey,
        said: f.said,
        saidBy: f.saidBy,
        observedOn: f.observedOn,
        source: f.source,
        status: f.status,
        outcome: f.outcome,
        consequence: f.consequence,
        criterion: f.criterionId === null ? null : (map.criterion(f.criterionId) ?? null),
        penalty: f.penalty,
        condition: f.condition,
      })),
    ),
    dueDiligence: byCandidate(
      [...detail.dueDiligence].sort(bySortOrder).map((d) => ({
        candidate: map.candidate(d.candidateId),
        item: d.item,
        requestedOn: d.requestedOn,
        dueOn: d.dueOn,
        status: d.status,
        note: d.note,
      })),
    ),
  };
}
