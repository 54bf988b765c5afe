/**
 * Builds valid DealRoomDetail values for the engine's tests with only the
 * fields a test cares about; the rest get plain defaults. Every result is
 * parsed by the real schema, so a test cannot run on a shape the app would
 * refuse.
 */
import { CANDIDATE_INTAKE_DEFAULTS, noVettingRecords } from '../../domain/vetting';
import { noTermsRecords } from '../../domain/terms';
import { DealRoomDetail, type Confidence } from '../../domain/entities';

const AT = '2027-01-15T09:00:00+09:00';

export interface CandidateSpec {
  id: string;
  nameLatin: string;
  nameJa: string;
  compared?: boolean;
  sortOrder?: number;
}

export interface PillarSpec {
  id: string;
  nameEn: string;
  nameJa: string;
  weight: number;
  sortOrder?: number;
}

export interface CriterionSpec {
  id: string;
  pillarId: string;
  nameEn: string;
  nameJa: string;
  weight: number;
  knockout?: boolean;
  passMark?: number;
  sortOrder?: number;
}

export interface ScoreSpec {
  evaluatorId: string;
  candidateId: string;
  criterionId: string;
  value: number;
  confidence?: Confidence;
}

export interface DetailSpec {
  name?: string;
  sensitivityMargin?: number;
  candidates: CandidateSpec[];
  pillars: PillarSpec[];
  criteria: CriterionSpec[];
  evaluators?: string[];
  scores?: ScoreSpec[];
  consensus?: { candidateId: string; criterionId: string; value: number }[];
}

export function buildDetail(spec: DetailSpec): DealRoomDetail {
  return DealRoomDetail.parse({
    dealRoom: {
      id: 'room-1',
      name: spec.name ?? 'Japan distribution, diagnostic line, 2027',
      productLine: 'Diagnostic analysers',
      targetMarket: 'Japan',
      notes: '',
      archived: false,
      sensitivityMargin: spec.sensitivityMargin ?? 0.05,
      scoringMode: 'open',
      rationaleRule: 'extremes',
      disagreementThreshold: 1.5,
      createdAt: AT,
      updatedAt: AT,
    },
    candidates: spec.candidates.map((c, i) => ({
      id: c.id,
      nameJa: c.nameJa,
      nameLatin: c.nameLatin,
      headquarters: 'Tokyo',
      type: 'distributor',
      website: '',
      notes: '',
      compared: c.compared ?? true,
      sortOrder: c.sortOrder ?? i,
      ...CANDIDATE_INTAKE_DEFAULTS,
    })),
    pillars: spec.pillars.map((p, i) => ({ ...p, sortOrder: p.sortOrder ?? i })),
    criteria: spec.criteria.map((c, i) => ({
      id: c.id,
      pillarId: c.pillarId,
      nameEn: c.nameEn,
      nameJa: c.nameJa,
      description: '',
      anchor1: '',
      anchor3: '',
      anchor5: '',
      weight: c.weight,
      knockout: c.knockout ?? false,
      passMark: c.passMark ?? 3,
      sortOrder: c.sortOrder ?? i,
      libraryKey: '',
    })),
    evaluators: (spec.evaluators ?? ['ev-1']).map((id) => ({ id, name: `Evaluator ${id}`, department: 'Sales', role: '', submittedAt: null })),
    scores: (spec.scores ?? []).map((s) => ({
      ...s,
      confidence: s.confidence ?? 'high',
      rationale: '',
      updatedAt: AT,
    })),
    consensus: (spec.consensus ?? []).map((k) => ({ ...k, reason: '', updatedAt: AT })),
    conflicts: [],
    dissent: [],
    weightings: [],
    ...noVettingRecords(),
    ...noTermsRecords(),
  });
}

/** Scores from one evaluator as a table: rows[candidateId][criterionId] = value. */
export function scoreTable(rows: Record<string, Record<string, number>>, evaluatorId = 'ev-1'): ScoreSpec[] {
  return Object.entries(rows).flatMap(([candidateId, row]) =>
    Object.entries(row).map(([criterionId, value]) => ({ evaluatorId, candidateId, criterionId, value })),
  );
}
