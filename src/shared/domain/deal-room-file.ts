/**
 * The interchange format: one versioned JSON document for a whole deal-room
 * (docs/interchange-format.md). Ids in a file are local to the file: they
 * only tie rows together, and import gives every row a fresh id.
 */
import { z } from 'zod';
import { checkTermsReferences, fileTermsLists } from './deal-room-file-terms';
import { checkVettingReferences, fileVettingLists } from './deal-room-file-vetting';
import { ApproachedBy, CandidateOrigin, IsoDate, PipelineStage } from './vetting';
import {
  CandidateType,
  Confidence,
  ConflictStatus,
  DisagreementThreshold,
  Id,
  IsoDateTime,
  LongText,
  Name,
  RationaleRule,
  SaatyValue,
  ScoreValue,
  ScoringMode,
  ShortText,
  Weight,
  Website,
  WeightingMethod,
} from './entities';

export const DEAL_ROOM_FILE_FORMAT = 'shinrai.deal-room';
/**
 * Version 2 adds the evaluation panel (scoring mode, rationale rule,
 * disagreement threshold, evaluator roles and submitted sheets, conflicts of
 * interest, dissent, weighting methods); version 3 the vetting workflow
 * (candidates' intake and pipeline stage, criteria's library keys, suitor
 * signals, interview guides, answers, red flags, due diligence); version 4
 * staged terms (term sheets with their phases, milestones, triggers and
 * reviewer comments). Older files are still read: every field a later
 * version added has a default.
 */
export const DEAL_ROOM_FILE_VERSION = 4;

const FileCandidate = z.strictObject({
  id: Id,
  nameJa: ShortText.default(''),
  nameLatin: ShortText.default(''),
  headquarters: ShortText.default(''),
  type: CandidateType.default('distributor'),
  website: Website.default(''),
  notes: LongText.default(''),
  compared: z.boolean().default(true),
  origin: CandidateOrigin.default('unknown'),
  introducer: ShortText.default(''),
  introducerRelationship: ShortText.default(''),
  firstContactOn: IsoDate.nullable().default(null),
  approachedBy: ApproachedBy.default('unknown'),
  statedIntent: LongText.default(''),
  stage: PipelineStage.default('long_list'),
  declinedReason: LongText.default(''),
});

const FileCriterion = z.strictObject({
  id: Id,
  nameEn: ShortText.default(''),
  nameJa: ShortText.default(''),
  description: LongText.default(''),
  anchor1: LongText.default(''),
  anchor3: LongText.default(''),
  anchor5: LongText.default(''),
  weight: Weight,
  knockout: z.boolean().default(false),
  passMark: ScoreValue.default(3),
  libraryKey: z.string().max(100).default(''),
});

const FilePillar = z.strictObject({
  id: Id,
  nameEn: ShortText.default(''),
  nameJa: ShortText.default(''),
  weight: Weight,
  criteria: z.array(FileCriterion).max(500),
});

const FileEvaluator = z.strictObject({
  id: Id,
  name: Name,
  department: ShortText.default(''),
  role: ShortText.default(''),
  submittedAt: IsoDateTime.nullable().default(null),
});

const FileConflict = z.strictObject({
  evaluator: Id,
  candidate: Id,
  status: ConflictStatus,
  note: LongText.default(''),
});

const FileDissent = z.strictObject({
  evaluator: Id,
  candidate: Id,
  criterion: Id,
  note: LongText,
});

const FileWeighting = z.strictObject({
  /** '' for the pillar weights, or a pillar's file id for its criteria. */
  pillar: z.string().max(100),
  method: WeightingMethod,
  judgements: z.array(z.strictObject({ a: Id, b: Id, value: SaatyValue })).max(5000).default([]),
  consistencyRatio: z.number().nullable().default(null),
});

const FileScore = z.strictObject({
  evaluator: Id,
  candidate: Id,
  criterion: Id,
  value: ScoreValue,
  rationale: LongText.default(''),
  confidence: Confidence.default('medium'),
});

const FileConsensus = z.strictObject({
  candidate: Id,
  criterion: Id,
  value: ScoreValue,
  reason: LongText.default(''),
});

const DealRoomFileBody = z.strictObject({
  format: z.literal(DEAL_ROOM_FILE_FORMAT),
  version: z.literal([1, 2, 3, DEAL_ROOM_FILE_VERSION]),
  exportedAt: z.string().optional(),
  dealRoom: z.strictObject({
    name: Name,
    productLine: ShortText.default(''),
    targetMarket: ShortText.default(''),
    notes: LongText.default(''),
    archived: z.boolean().default(false),
    sensitivityMargin: z.number().min(0).max(1).default(0.05),
    scoringMode: ScoringMode.default('open'),
    rationaleRule: RationaleRule.default('extremes'),
    disagreementThreshold: DisagreementThreshold.default(1.5),
  }),
  candidates: z.array(FileCandidate).max(10_000),
  pillars: z.array(FilePillar).max(100),
  evaluators: z.array(FileEvaluator).max(500),
  scores: z.array(FileScore).max(1_000_000).default([]),
  consensus: z.array(FileConsensus).max(100_000).default([]),
  conflicts: z.array(FileConflict).max(1_000_000).default([]),
  dissent: z.array(FileDissent).max(1_000_000).default([]),
  weightings: z.array(FileWeighting).max(100).default([]),
  ...fileVettingLists,
  ...fileTermsLists,
});

/**
 * Adds a custom issue at `path` when `key` was seen before in the same list.
 * `rule` picks the translated message (src/shared/api/validation-message.ts).
 */
function uniqueIn(
  ctx: z.core.$RefinementCtx,
  seen: Set<string>,
  key: string,
  path: (string | number)[],
  message: string,
  rule: 'duplicate' | 'cell_already_scored' = 'duplicate',
): void {
  if (seen.has(key)) ctx.addIssue({ code: 'custom', path, message, params: { rule } });
  seen.add(key);
}

/**
 * The whole file, with the cross-references checked: every score points at a
 * candidate, criterion and evaluator of the file, ids are unique, and at most
 * 5 candidates are compared side by side.
 */
export const DealRoomFile = DealRoomFileBody.superRefine((file, ctx) => {
  const candidateIds = new Set<string>();
  file.candidates.forEach((c, i) =>
    uniqueIn(ctx, candidateIds, c.id, ['candidates', i, 'id'], `duplicate id "${c.id}"`),
  );
  const pillarIds = new Set<string>();
  const criterionIds = new Set<string>();
  file.pillars.forEach((p, i) => {
    uniqueIn(ctx, pillarIds, p.id, ['pillars', i, 'id'], `duplicate id "${p.id}"`);
    p.criteria.forEach((c, j) =>
      uniqueIn(ctx, criterionIds, c.id, ['pillars', i, 'criteria', j, 'id'], `duplicate id "${c.id}"`),
    );
  });
  const evaluatorIds = new Set<string>();
  file.evaluators.forEach((e, i) =>
    uniqueIn(ctx, evaluatorIds, e.id, ['evaluators', i, 'id'], `duplicate id "${e.id}"`),
  );
  const cells = new Set<string>();
  file.scores.forEach((s, i) => {
    if (!evaluatorIds.has(s.evaluator))
      ctx.addIssue({ code: 'custom', path: ['scores', i, 'evaluator'], message: `unknown evaluator "${s.evaluator}"`, params: { rule: 'unknown_ref', id: s.evaluator } });
    if (!candidateIds.has(s.candidate))
      ctx.addIssue({ code: 'custom', path: ['scores', i, 'candidate'], message: `unknown candidate "${s.candidate}"`, params: { rule: 'unknown_ref', id: s.candidate } });
    if (!criterionIds.has(s.criterion))
      ctx.addIssue({ code: 'custom', path: ['scores', i, 'criterion'], message: `unknown criterion "${s.criterion}"`, params: { rule: 'unknown_ref', id: s.criterion } });
    uniqueIn(ctx, cells, `${s.evaluator}\u0000${s.candidate}\u0000${s.criterion}`, ['scores', i], 'this evaluator already scored this cell', 'cell_already_scored');
  });
  const consensusCells = new Set<string>();
  file.consensus.forEach((k, i) => {
    if (!candidateIds.has(k.candidate))
      ctx.addIssue({ code: 'custom', path: ['consensus', i, 'candidate'], message: `unknown candidate "${k.candidate}"`, params: { rule: 'unknown_ref', id: k.candidate } });
    if (!criterionIds.has(k.criterion))
      ctx.addIssue({ code: 'custom', path: ['consensus', i, 'criterion'], message: `unknown criterion "${k.criterion}"`, params: { rule: 'unknown_ref', id: k.criterion } });
    uniqueIn(ctx, consensusCells, `${k.candidate}\u0000${k.criterion}`, ['consensus', i], 'a consensus for this cell is already given');
  });
  const unknownRef = (path: (string | number)[], what: string, id: string) =>
    ctx.addIssue({ code: 'custom', path, message: `unknown ${what} "${id}"`, params: { rule: 'unknown_ref', id } });
  const declared = new Set<string>();
  file.conflicts.forEach((d, i) => {
    if (!evaluatorIds.has(d.evaluator)) unknownRef(['conflicts', i, 'evaluator'], 'evaluator', d.evaluator);
    if (!candidateIds.has(d.candidate)) unknownRef(['conflicts', i, 'candidate'], 'candidate', d.candidate);
    uniqueIn(ctx, declared, `${d.evaluator}\u0000${d.candidate}`, ['conflicts', i], 'this evaluator already declared for this candidate');
  });
  const dissented = new Set<string>();
  file.dissent.forEach((d, i) => {
    if (!evaluatorIds.has(d.evaluator)) unknownRef(['dissent', i, 'evaluator'], 'evaluator', d.evaluator);
    if (!candidateIds.has(d.candidate)) unknownRef(['dissent', i, 'candidate'], 'candidate', d.candidate);
    if (!criterionIds.has(d.criterion)) unknownRef(['dissent', i, 'criterion'], 'criterion', d.criterion);
    uniqueIn(ctx, dissented, `${d.evaluator}\u0000${d.candidate}\u0000${d.criterion}`, ['dissent', i], 'this evaluator already dissented on this cell');
  });
  const weighted = new Set<string>();
  file.weightings.forEach((w, i) => {
    if (w.pillar !== '' && !pillarIds.has(w.pillar)) unknownRef(['weightings', i, 'pillar'], 'pillar', w.pillar);
    uniqueIn(ctx, weighted, w.pillar, ['weightings', i, 'pillar'], 'the weights of this scope are already described');
    const items = w.pillar === '' ? pillarIds : criterionIds;
    w.judgements.forEach((j, n) => {
      if (!items.has(j.a)) unknownRef(['weightings', i, 'judgements', n, 'a'], w.pillar === '' ? 'pillar' : 'criterion', j.a);
      if (!items.has(j.b)) unknownRef(['weightings', i, 'judgements', n, 'b'], w.pillar === '' ? 'pillar' : 'criterion', j.b);
    });
  });
  checkVettingReferences(file, candidateIds, criterionIds, ctx);
  checkTermsReferences(file, candidateIds, ctx);
  // Rows the app itself cannot create without a name must not arrive nameless by file either.
  const nameless = (path: (string | number)[]) =>
    ctx.addIssue({ code: 'custom', path, message: 'a name in at least one language is required', params: { rule: 'name_required' } });
  file.candidates.forEach((c, i) => {
    if (!c.nameJa.trim() && !c.nameLatin.trim()) nameless(['candidates', i, 'nameLatin']);
  });
  file.pillars.forEach((p, i) => {
    if (!p.nameEn.trim() && !p.nameJa.trim()) nameless(['pillars', i, 'nameEn']);
    p.criteria.forEach((c, j) => {
      if (!c.nameEn.trim() && !c.nameJa.trim()) nameless(['pillars', i, 'criteria', j, 'nameEn']);
    });
  });
  const compared = file.candidates.filter((c) => c.compared).length;
  if (compared > MAX_COMPARED)
    ctx.addIssue({ code: 'custom', path: ['candidates'], message: `at most ${MAX_COMPARED} candidates can be compared; ${compared} are marked`, params: { rule: 'too_many_compared', count: compared, max: MAX_COMPARED } });
});
export type DealRoomFile = z.infer<typeof DealRoomFile>;
/** What a caller may pass before defaults are filled in. */
export type DealRoomFileInput = z.input<typeof DealRoomFile>;

/** A side-by-side comparison shows 3 to 5 candidates (DOMAIN.md, "Parallel search"). */
export const MIN_COMPARED = 3;
export const MAX_COMPARED = 5;

/**
 * The version of a Shinrai file written by a newer release, or null. Checked
 * before the schema so that the message can name both versions instead of
 * only "version: must be 1".
 */
export function newerFileVersion(raw: unknown): number | null {
  if (raw === null || typeof raw !== 'object') return null;
  const { format, version } = raw as { format?: unknown; version?: unknown };
  if (format !== DEAL_ROOM_FILE_FORMAT || typeof version !== 'number' || !Number.isFinite(version)) return null;
  return version > DEAL_ROOM_FILE_VERSION ? version : null;
}
