/**
 * How far the live room has moved on from a proposal's frozen snapshot
 * (issue 8: "the app shows that the live data has moved on, and what
 * changed"): the matrix cells whose score changed, the weights as set
 * (pillars and criteria), the candidates whose total or rank changed, and
 * the terms lines that read differently. Something present on one side only
 * (a criterion added, a candidate no longer compared) shows with null, or an
 * empty line, on the other.
 *
 * `moved` is also true when only the hashes differ: a change the lists do
 * not itemise (the room's name, a sentence) still means the approvers saw
 * something else than the room shows now.
 */
import type { SnapshotDiff } from '../api/contract-ringi';
import type { Language } from '../domain/entities';
import type { ProposalSnapshot } from '../domain/ringi';

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((x) => [x.id, x]));
}

/** Ids of both sides: the snapshot's order first, then what only the live room has. */
function unionIds(before: readonly { id: string }[], after: readonly { id: string }[]): string[] {
  const ids = before.map((x) => x.id);
  const seen = new Set(ids);
  for (const { id } of after) if (!seen.has(id)) ids.push(id);
  return ids;
}

function nameOf(id: string, ...sides: (Map<string, { name: string }> | undefined)[]): string {
  for (const side of sides) {
    const found = side?.get(id);
    if (found) return found.name;
  }
  return id;
}

export function diffSnapshots(
  before: ProposalSnapshot,
  after: ProposalSnapshot,
  hashes: { snapshotHash: string; liveHash: string },
  lang: Language,
): SnapshotDiff {
  const candidatesBefore = byId(before.candidates);
  const candidatesAfter = byId(after.candidates);
  const criteriaBefore = byId(before.criteria);
  const criteriaAfter = byId(after.criteria);
  const candidateName = (id: string) => nameOf(id, candidatesAfter, candidatesBefore);
  const criterionName = (id: string) => nameOf(id, criteriaAfter, criteriaBefore);

  const cellKey = (c: { candidateId: string; criterionId: string }) => `${c.candidateId}\u0000${c.criterionId}`;
  const cellsAfter = new Map(after.cells.map((c) => [cellKey(c), c]));
  const cellsBefore = new Map(before.cells.map((c) => [cellKey(c), c]));
  const cellOrder = [...before.cells, ...after.cells.filter((c) => !cellsBefore.has(cellKey(c)))];
  const scores: SnapshotDiff['scores'] = [];
  for (const cell of cellOrder) {
    const key = cellKey(cell);
    const was = cellsBefore.get(key)?.value ?? null;
    const now = cellsAfter.get(key)?.value ?? null;
    if (was === now) continue;
    scores.push({
      candidateId: cell.candidateId,
      candidateName: candidateName(cell.candidateId),
      criterionId: cell.criterionId,
      criterionName: criterionName(cell.criterionId),
      before: was,
      after: now,
    });
  }

  const weights: SnapshotDiff['weights'] = [];
  const pillarsBefore = byId(before.pillars);
  const pillarsAfter = byId(after.pillars);
  for (const id of unionIds(before.pillars, after.pillars)) {
    const was = pillarsBefore.get(id)?.weight ?? null;
    const now = pillarsAfter.get(id)?.weight ?? null;
    if (was !== now) weights.push({ kind: 'pillar', id, name: nameOf(id, pillarsAfter, pillarsBefore), before: was, after: now });
  }
  for (const id of unionIds(before.criteria, after.criteria)) {
    const was = criteriaBefore.get(id)?.weight ?? null;
    const now = criteriaAfter.get(id)?.weight ?? null;
    if (was !== now) weights.push({ kind: 'criterion', id, name: criterionName(id), before: was, after: now });
  }

  const totals: SnapshotDiff['totals'] = [];
  for (const id of unionIds(before.candidates, after.candidates)) {
    const was = candidatesBefore.get(id);
    const now = candidatesAfter.get(id);
    const beforeTotal = was?.total ?? null;
    const afterTotal = now?.total ?? null;
    const beforeRank = was?.rank ?? null;
    const afterRank = now?.rank ?? null;
    if (beforeTotal === afterTotal && beforeRank === afterRank) continue;
    totals.push({ candidateId: id, name: candidateName(id), beforeTotal, afterTotal, beforeRank, afterRank });
  }

  const terms: SnapshotDiff['terms'] = [];
  const linesOf = (snapshot: ProposalSnapshot, candidateId: string) =>
    new Map((snapshot.terms.find((t) => t.candidateId === candidateId)?.lines ?? []).map((l) => [l.key, l]));
  const termCandidates = unionIds(
    before.terms.map((t) => ({ id: t.candidateId })),
    after.terms.map((t) => ({ id: t.candidateId })),
  );
  for (const candidateId of termCandidates) {
    const was = linesOf(before, candidateId);
    const now = linesOf(after, candidateId);
    const keys = [...was.keys(), ...[...now.keys()].filter((k) => !was.has(k))];
    for (const key of keys) {
      const a = was.get(key);
      const b = now.get(key);
      // Both languages are compared: a line is the same only when it reads the same in each.
      if (a && b && a.en === b.en && a.ja === b.ja) continue;
      terms.push({ candidateId, name: candidateName(candidateId), key, before: a?.[lang] ?? '', after: b?.[lang] ?? '' });
    }
  }

  const moved = scores.length + weights.length + totals.length + terms.length > 0 || hashes.snapshotHash !== hashes.liveHash;
  return { moved, snapshotHash: hashes.snapshotHash, liveHash: hashes.liveHash, scores, weights, totals, terms };
}
