/**
 * What an evidence file can be attached to, and what it is attached to, in
 * words a person recognises: the candidate, one of its requests, answers or
 * red flags (by their text), or one of its scores (who scored which
 * criterion). Files whose record was removed since are still the
 * candidate's evidence, and are listed as such.
 */
import { labelName } from '../../../shared/domain/display-names';
import type { DealRoomDetail, Language } from '../../../shared/domain/entities';
import type { EvidenceFile, EvidenceTarget } from '../../../shared/domain/vetting';

export type EvidenceTargetView =
  | { kind: 'candidate' }
  | { kind: 'request' | 'answer' | 'flag'; title: string }
  | { kind: 'score'; evaluator: string; criterion: string }
  | { kind: 'removed' };

export interface AttachTarget {
  attachedTo: EvidenceTarget;
  attachedId: string;
  view: EvidenceTargetView;
}

const TITLE_LENGTH = 60;

function shortened(text: string): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  const chars = [...line];
  return chars.length > TITLE_LENGTH ? `${chars.slice(0, TITLE_LENGTH - 1).join('')}…` : line;
}

/** The key a target is known by in a picker or a list: "due_diligence:<id>". */
export function targetKey(attachedTo: EvidenceTarget, attachedId: string): string {
  return `${attachedTo}:${attachedId}`;
}

/** Every record of the candidate a file can be attached to, in the order they are offered. */
export function attachTargetsOf(detail: DealRoomDetail, candidateId: string, lang: Language): AttachTarget[] {
  const mine = <T extends { candidateId: string }>(rows: readonly T[]) => rows.filter((r) => r.candidateId === candidateId);
  const evaluatorName = new Map(detail.evaluators.map((e) => [e.id, e.name]));
  const criterion = new Map(detail.criteria.map((c) => [c.id, c]));
  const criterionOrder = new Map(detail.criteria.map((c, i) => [c.id, i]));
  const scores = mine(detail.scores).sort(
    (a, b) => (criterionOrder.get(a.criterionId) ?? 0) - (criterionOrder.get(b.criterionId) ?? 0) || a.evaluatorId.localeCompare(b.evaluatorId),
  );
  return [
    { attachedTo: 'candidate', attachedId: candidateId, view: { kind: 'candidate' } },
    ...mine(detail.dueDiligence).map((d): AttachTarget => ({ attachedTo: 'due_diligence', attachedId: d.id, view: { kind: 'request', title: shortened(d.item) } })),
    ...mine(detail.answers).map((a): AttachTarget => ({ attachedTo: 'answer', attachedId: a.id, view: { kind: 'answer', title: shortened(a.questionText || a.text) } })),
    ...mine(detail.flags).map((f): AttachTarget => ({ attachedTo: 'flag', attachedId: f.id, view: { kind: 'flag', title: shortened(f.said || f.source || f.outcome) } })),
    ...scores.map((s): AttachTarget => {
      const c = criterion.get(s.criterionId);
      return {
        attachedTo: 'score',
        attachedId: `${s.evaluatorId}/${s.candidateId}/${s.criterionId}`,
        view: { kind: 'score', evaluator: evaluatorName.get(s.evaluatorId) ?? '', criterion: c ? labelName(c, lang) : '' },
      };
    }),
  ];
}

export interface EvidenceGroup {
  key: string;
  view: EvidenceTargetView;
  files: EvidenceFile[];
}

/** The candidate's files, grouped by what they are attached to, in the order of attachTargetsOf; oldest file first. */
export function evidenceGroupsOf(detail: DealRoomDetail, candidateId: string, lang: Language): EvidenceGroup[] {
  const files = detail.evidence.filter((e) => e.candidateId === candidateId).sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
  const groups: EvidenceGroup[] = [];
  const placed = new Set<string>();
  for (const target of attachTargetsOf(detail, candidateId, lang)) {
    const key = targetKey(target.attachedTo, target.attachedId);
    const attached = files.filter((f) => targetKey(f.attachedTo, f.attachedId) === key);
    if (attached.length === 0) continue;
    groups.push({ key, view: target.view, files: attached });
    for (const f of attached) placed.add(f.id);
  }
  const orphans = files.filter((f) => !placed.has(f.id));
  if (orphans.length > 0) groups.push({ key: 'removed', view: { kind: 'removed' }, files: orphans });
  return groups;
}
