/**
 * Between the interchange file (deal-room-file.ts) and the app's entities.
 * Pure: no I/O, no clock, no random ids of its own, so both directions can be
 * tested and repeated exactly.
 *
 * - Import gives every row a fresh id (ids in a file only tie its rows
 *   together) and takes the order of rows from their order in the file.
 * - Export names rows by their position (c1, p1, k1, e1 ...), so the same
 *   deal-room always exports to the same document, whatever its store ids.
 */
import { termsFromFile, termsToFile } from './deal-room-file-terms-mapping';
import { vettingFromFile, vettingToFile } from './deal-room-file-vetting-mapping';
import { DEAL_ROOM_FILE_FORMAT, DEAL_ROOM_FILE_VERSION, type DealRoomFile } from './deal-room-file';
import type {
  Candidate,
  ConflictDeclaration,
  Consensus,
  Criterion,
  DealRoomDetail,
  Dissent,
  Evaluator,
  Pillar,
  Score,
  Weighting,
} from './entities';

export interface ImportOptions {
  /** A fresh id for each row (the store passes UUIDs). */
  newId: () => string;
  /** The time of the import, ISO 8601: createdAt, updatedAt and every score's updatedAt. */
  now: string;
}

/** Looks an id up in a remapping table; a miss is a bug, since the file was validated. */
function lookup(map: ReadonlyMap<string, string>, id: string, what: string): string {
  const found = map.get(id);
  if (found === undefined) throw new Error(`${what} "${id}" is not in the deal-room`);
  return found;
}

export function detailFromFile(file: DealRoomFile, opts: ImportOptions): DealRoomDetail {
  const candidateIds = new Map<string, string>();
  const pillarIds = new Map<string, string>();
  const criterionIds = new Map<string, string>();
  const evaluatorIds = new Map<string, string>();

  const candidates: Candidate[] = file.candidates.map((c, i) => {
    const id = opts.newId();
    candidateIds.set(c.id, id);
    // A file row is the entity less its place in the list: the ids are remapped, the rest carried over whole.
    const { id: _fileId, ...fields } = c;
    return { ...fields, id, sortOrder: i };
  });

  const pillars: Pillar[] = [];
  const criteria: Criterion[] = [];
  file.pillars.forEach((p, i) => {
    const pillarId = opts.newId();
    pillarIds.set(p.id, pillarId);
    pillars.push({ id: pillarId, nameEn: p.nameEn, nameJa: p.nameJa, weight: p.weight, sortOrder: i });
    p.criteria.forEach((k, j) => {
      const id = opts.newId();
      criterionIds.set(k.id, id);
      const { id: _fileId, ...fields } = k;
      criteria.push({ ...fields, id, pillarId, sortOrder: j });
    });
  });

  const evaluators: Evaluator[] = file.evaluators.map((e) => {
    const id = opts.newId();
    evaluatorIds.set(e.id, id);
    return { id, name: e.name, department: e.department, role: e.role, submittedAt: e.submittedAt };
  });

  const scores: Score[] = file.scores.map((s) => ({
    evaluatorId: lookup(evaluatorIds, s.evaluator, 'evaluator'),
    candidateId: lookup(candidateIds, s.candidate, 'candidate'),
    criterionId: lookup(criterionIds, s.criterion, 'criterion'),
    value: s.value,
    rationale: s.rationale,
    confidence: s.confidence,
    updatedAt: opts.now,
  }));

  const consensus: Consensus[] = file.consensus.map((k) => ({
    candidateId: lookup(candidateIds, k.candidate, 'candidate'),
    criterionId: lookup(criterionIds, k.criterion, 'criterion'),
    value: k.value,
    reason: k.reason,
    updatedAt: opts.now,
  }));

  const conflicts: ConflictDeclaration[] = file.conflicts.map((d) => ({
    evaluatorId: lookup(evaluatorIds, d.evaluator, 'evaluator'),
    candidateId: lookup(candidateIds, d.candidate, 'candidate'),
    status: d.status,
    note: d.note,
    updatedAt: opts.now,
  }));

  const dissent: Dissent[] = file.dissent.map((d) => ({
    evaluatorId: lookup(evaluatorIds, d.evaluator, 'evaluator'),
    candidateId: lookup(candidateIds, d.candidate, 'candidate'),
    criterionId: lookup(criterionIds, d.criterion, 'criterion'),
    note: d.note,
    updatedAt: opts.now,
  }));

  const weightings: Weighting[] = file.weightings.map((w) => {
    const items = w.pillar === '' ? pillarIds : criterionIds;
    const what = w.pillar === '' ? 'pillar' : 'criterion';
    return {
      pillarId: w.pillar === '' ? '' : lookup(pillarIds, w.pillar, 'pillar'),
      method: w.method,
      judgements: w.judgements.map((j) => ({ a: lookup(items, j.a, what), b: lookup(items, j.b, what), value: j.value })),
      consistencyRatio: w.consistencyRatio,
      updatedAt: opts.now,
    };
  });

  const room = file.dealRoom;
  return {
    dealRoom: {
      id: opts.newId(),
      name: room.name,
      productLine: room.productLine,
      targetMarket: room.targetMarket,
      notes: room.notes,
      archived: room.archived,
      sensitivityMargin: room.sensitivityMargin,
      scoringMode: room.scoringMode,
      rationaleRule: room.rationaleRule,
      disagreementThreshold: room.disagreementThreshold,
      createdAt: opts.now,
      updatedAt: opts.now,
    },
    candidates,
    pillars,
    criteria,
    evaluators,
    scores,
    consensus,
    conflicts,
    dissent,
    weightings,
    ...vettingFromFile(file, {
      candidate: (id) => lookup(candidateIds, id, 'candidate'),
      criterion: (id) => lookup(criterionIds, id, 'criterion'),
      newId: opts.newId,
      now: opts.now,
    }),
    ...termsFromFile(file, { candidate: (id) => lookup(candidateIds, id, 'candidate'), newId: opts.newId, now: opts.now }),
  };
}

/** A stable sort by sortOrder (ties keep their order in the detail). */
function bySortOrder<T extends { sortOrder: number }>(rows: readonly T[]): T[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => a.row.sortOrder - b.row.sortOrder || a.index - b.index)
    .map(({ row }) => row);
}

/** Maps store ids to position-based file ids: "c1", "c2", ... */
function positional(ids: readonly string[], prefix: string): Map<string, string> {
  return new Map(ids.map((id, i) => [id, `${prefix}${i + 1}`]));
}

/** The position of a file id's row, for ordering references ("c12" → 12). */
function position(fileId: string): number {
  return Number(fileId.slice(1));
}

export function fileFromDetail(detail: DealRoomDetail, exportedAt: string): DealRoomFile {
  const candidates = bySortOrder(detail.candidates);
  const pillars = bySortOrder(detail.pillars);
  const knownPillars = new Set(pillars.map((p) => p.id));
  const orphan = detail.criteria.find((k) => !knownPillars.has(k.pillarId));
  if (orphan) throw new Error(`criterion "${orphan.id}" belongs to pillar "${orphan.pillarId}", which is not in the deal-room`);
  const criteriaByPillar = pillars.map((p) => bySortOrder(detail.criteria.filter((k) => k.pillarId === p.id)));

  const candidateIds = positional(candidates.map((c) => c.id), 'c');
  const pillarIds = positional(pillars.map((p) => p.id), 'p');
  const criterionIds = positional(criteriaByPillar.flat().map((k) => k.id), 'k');
  const evaluatorIds = positional(detail.evaluators.map((e) => e.id), 'e');

  const scores = detail.scores
    .map((s) => ({
      evaluator: lookup(evaluatorIds, s.evaluatorId, 'evaluator'),
      candidate: lookup(candidateIds, s.candidateId, 'candidate'),
      criterion: lookup(criterionIds, s.criterionId, 'criterion'),
      value: s.value,
      rationale: s.rationale,
      confidence: s.confidence,
    }))
    .sort(
      (a, b) =>
        position(a.evaluator) - position(b.evaluator) ||
        position(a.candidate) - position(b.candidate) ||
        position(a.criterion) - position(b.criterion),
    );

  const consensus = detail.consensus
    .map((k) => ({
      candidate: lookup(candidateIds, k.candidateId, 'candidate'),
      criterion: lookup(criterionIds, k.criterionId, 'criterion'),
      value: k.value,
      reason: k.reason,
    }))
    .sort((a, b) => position(a.candidate) - position(b.candidate) || position(a.criterion) - position(b.criterion));

  const conflicts = detail.conflicts
    .map((d) => ({
      evaluator: lookup(evaluatorIds, d.evaluatorId, 'evaluator'),
      candidate: lookup(candidateIds, d.candidateId, 'candidate'),
      status: d.status,
      note: d.note,
    }))
    .sort((a, b) => position(a.evaluator) - position(b.evaluator) || position(a.candidate) - position(b.candidate));

  const dissent = detail.dissent
    .map((d) => ({
      evaluator: lookup(evaluatorIds, d.evaluatorId, 'evaluator'),
      candidate: lookup(candidateIds, d.candidateId, 'candidate'),
      criterion: lookup(criterionIds, d.criterionId, 'criterion'),
      note: d.note,
    }))
    .sort(
      (a, b) =>
        position(a.evaluator) - position(b.evaluator) ||
        position(a.candidate) - position(b.candidate) ||
        position(a.criterion) - position(b.criterion),
    );

  // A weighting whose pillar or judged items are gone (deleted since) has
  // nothing left to describe: it is not exported.
  const weightings = detail.weightings
    .filter((w) => w.pillarId === '' || pillarIds.has(w.pillarId))
    .flatMap((w) => {
      const items = w.pillarId === '' ? pillarIds : criterionIds;
      if (!w.judgements.every((j) => items.has(j.a) && items.has(j.b))) return [];
      return [
        {
          pillar: w.pillarId === '' ? '' : lookup(pillarIds, w.pillarId, 'pillar'),
          method: w.method,
          judgements: w.judgements.map((j) => ({ a: lookup(items, j.a, 'item'), b: lookup(items, j.b, 'item'), value: j.value })),
          consistencyRatio: w.consistencyRatio,
        },
      ];
    })
    .sort((a, b) => (a.pillar === '' ? 0 : position(a.pillar)) - (b.pillar === '' ? 0 : position(b.pillar)));

  const room = detail.dealRoom;
  return {
    format: DEAL_ROOM_FILE_FORMAT,
    version: DEAL_ROOM_FILE_VERSION,
    exportedAt,
    dealRoom: {
      name: room.name,
      productLine: room.productLine,
      targetMarket: room.targetMarket,
      notes: room.notes,
      archived: room.archived,
      sensitivityMargin: room.sensitivityMargin,
      scoringMode: room.scoringMode,
      rationaleRule: room.rationaleRule,
      disagreementThreshold: room.disagreementThreshold,
    },
    candidates: candidates.map(({ id, sortOrder: _order, ...fields }) => ({ id: lookup(candidateIds, id, 'candidate'), ...fields })),
    pillars: pillars.map((p, i) => ({
      id: lookup(pillarIds, p.id, 'pillar'),
      nameEn: p.nameEn,
      nameJa: p.nameJa,
      weight: p.weight,
      criteria: (criteriaByPillar[i] ?? []).map(({ id, pillarId: _pillar, sortOrder: _order, ...fields }) => ({
        id: lookup(criterionIds, id, 'criterion'),
        ...fields,
      })),
    })),
    evaluators: detail.evaluators.map((e) => ({
      id: lookup(evaluatorIds, e.id, 'evaluator'),
      name: e.name,
      department: e.department,
      role: e.role,
      submittedAt: e.submittedAt,
    })),
    scores,
    consensus,
    conflicts,
    dissent,
    weightings,
    ...vettingToFile(detail, {
      candidate: (id) => lookup(candidateIds, id, 'candidate'),
      // Answers and flags name criteria in JSON lists, without a foreign key: a deleted criterion drops out.
      criterion: (id) => criterionIds.get(id),
      position,
    }),
    ...termsToFile(detail, { candidate: (id) => lookup(candidateIds, id, 'candidate'), position }),
  };
}
