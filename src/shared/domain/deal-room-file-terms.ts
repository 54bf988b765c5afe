/**
 * Staged terms in the interchange file (version 4, issue 6): one entry per
 * term sheet with its phases, milestones, triggers and reviewer comments
 * inside it. Ids are local to the file, like every other id there: a
 * milestone names its phase, a trigger its milestones and a comment its
 * phase, milestone or trigger by these ids, always within the same sheet.
 *
 * The rules the store enforces on each operation are checked here on the
 * whole file too, so that a file cannot bring what the app would refuse: a
 * phase ending before it starts, a trigger over another sheet's milestones,
 * a settled milestone without its date, two sheets for one candidate.
 */
import { z } from 'zod';
import { Id, LongText, Name, ShortText } from './primitives';
import {
  ClauseRef,
  Exclusivity,
  LegalReviewStatus,
  MilestoneMetric,
  MilestoneStatus,
  PhaseTarget,
  Scope,
  TermClauses,
  TermComment,
  TriggerAction,
  TriggerCondition,
} from './terms';
import { IsoDate } from './vetting';

export const FilePhase = z.strictObject({
  id: Id,
  name: Name,
  startsOn: IsoDate,
  endsOn: IsoDate,
  exclusivity: Exclusivity.default('none'),
  scope: Scope,
  targets: z.array(PhaseTarget).max(30).default([]),
});

export const FileMilestone = z.strictObject({
  id: Id,
  /** The file id of its phase, in the same sheet. */
  phase: Id,
  code: z.string().trim().min(1).max(20),
  metric: MilestoneMetric,
  customMetric: ShortText.default(''),
  description: LongText.default(''),
  target: z.number().min(0).max(1e15).nullable().default(null),
  unit: ShortText.default(''),
  dueOn: IsoDate,
  status: MilestoneStatus.default('pending'),
  actual: z.number().min(0).max(1e15).nullable().default(null),
  settledOn: IsoDate.nullable().default(null),
  evidence: LongText.default(''),
  waivedReason: LongText.default(''),
});

export const FileTrigger = z.strictObject({
  id: Id,
  code: z.string().trim().min(1).max(20),
  name: ShortText.default(''),
  condition: TriggerCondition.omit({ milestoneIds: true }).extend({
    k: TriggerCondition.shape.k.default(null),
    by: TriggerCondition.shape.by.default(null),
    /** File ids of milestones of the same sheet. */
    milestones: z.array(Id).min(1).max(100),
  }).strict(),
  actions: z.array(TriggerAction).min(1).max(10),
});

export const FileTermComment = z.strictObject({
  /** "sheet", "clause:<fact>", or "phase:", "milestone:", "trigger:" with a file id of the same sheet. */
  clause: ClauseRef.default('sheet'),
  author: TermComment.shape.author,
  body: TermComment.shape.body,
  resolved: z.boolean().default(false),
});

export const FileTermSheet = z.strictObject({
  id: Id,
  candidate: Id,
  title: ShortText.default(''),
  /** Facts not given take the defaults of a new sheet (nothing agreed yet). */
  clauses: TermClauses.partial().strict().default({}),
  reviewStatus: LegalReviewStatus.default('draft'),
  reviewer: ShortText.default(''),
  notes: LongText.default(''),
  phases: z.array(FilePhase).max(100).default([]),
  milestones: z.array(FileMilestone).max(1000).default([]),
  triggers: z.array(FileTrigger).max(500).default([]),
  comments: z.array(FileTermComment).max(10_000).default([]),
});
export type FileTermSheet = z.infer<typeof FileTermSheet>;

/** The list version 4 added to the top level; defaults to empty (older files have no terms). */
export const fileTermsLists = {
  termSheets: z.array(FileTermSheet).max(10_000).default([]),
};

type Path = (string | number)[];

/** Every reference of the term sheets resolves inside the file, and each record keeps the store's rules. */
export function checkTermsReferences(file: { termSheets: FileTermSheet[] }, candidateIds: ReadonlySet<string>, ctx: z.core.$RefinementCtx): void {
  const issue = (path: Path, message: string, params: Record<string, unknown>) => ctx.addIssue({ code: 'custom', path, message, params });
  const unknown = (path: Path, what: string, id: string) => issue(path, `unknown ${what} "${id}"`, { rule: 'unknown_ref', id });
  const duplicate = (path: Path, what: string) => issue(path, `duplicate ${what}`, { rule: 'duplicate' });
  /** A store rule, worded as the store words it (src/shared/i18n/<lang>/terms.ts, errors). */
  const rule = (path: Path, key: string, message: string, params: Record<string, unknown> = {}) =>
    issue(path, message, { rule: 'message_key', key: `terms:errors.${key}`, ...params });

  const sheetIds = new Set<string>();
  const withSheet = new Set<string>();
  file.termSheets.forEach((sheet, s) => {
    const at = (...rest: Path): Path => ['termSheets', s, ...rest];
    if (sheetIds.has(sheet.id)) duplicate(at('id'), `id "${sheet.id}"`);
    sheetIds.add(sheet.id);
    if (!candidateIds.has(sheet.candidate)) unknown(at('candidate'), 'candidate', sheet.candidate);
    else if (withSheet.has(sheet.candidate)) rule(at('candidate'), 'sheetExists', 'this candidate already has a term sheet');
    withSheet.add(sheet.candidate);

    const phaseIds = new Set<string>();
    sheet.phases.forEach((p, i) => {
      if (phaseIds.has(p.id)) duplicate(at('phases', i, 'id'), `id "${p.id}"`);
      phaseIds.add(p.id);
      if (p.endsOn < p.startsOn) rule(at('phases', i, 'endsOn'), 'endsBeforeStarts', `the phase ends before it starts (${p.startsOn})`, { startsOn: p.startsOn });
    });

    const milestoneIds = new Set<string>();
    const milestoneCodes = new Set<string>();
    sheet.milestones.forEach((m, i) => {
      if (milestoneIds.has(m.id)) duplicate(at('milestones', i, 'id'), `id "${m.id}"`);
      milestoneIds.add(m.id);
      if (milestoneCodes.has(m.code)) rule(at('milestones', i, 'code'), 'codeTaken', `code "${m.code}" is already used`, { code: m.code });
      milestoneCodes.add(m.code);
      if (!phaseIds.has(m.phase)) unknown(at('milestones', i, 'phase'), 'phase', m.phase);
      if (m.status !== 'pending' && m.settledOn === null) rule(at('milestones', i, 'settledOn'), 'settledOnRequired', 'a settled milestone needs the date it was settled');
      if (m.status === 'waived' && m.waivedReason.trim() === '') rule(at('milestones', i, 'waivedReason'), 'waivedReasonRequired', 'a waived milestone needs its reason');
    });

    const triggerIds = new Set<string>();
    const triggerCodes = new Set<string>();
    sheet.triggers.forEach((t, i) => {
      if (triggerIds.has(t.id)) duplicate(at('triggers', i, 'id'), `id "${t.id}"`);
      triggerIds.add(t.id);
      if (triggerCodes.has(t.code)) rule(at('triggers', i, 'code'), 'codeTaken', `code "${t.code}" is already used`, { code: t.code });
      triggerCodes.add(t.code);
      const counted = new Set<string>();
      t.condition.milestones.forEach((id, j) => {
        if (!milestoneIds.has(id)) unknown(at('triggers', i, 'condition', 'milestones', j), 'milestone', id);
        else if (counted.has(id)) rule(at('triggers', i, 'condition', 'milestones', j), 'milestoneTwice', `milestone "${id}" is listed twice`);
        counted.add(id);
      });
      const { quantifier, k } = t.condition;
      const count = t.condition.milestones.length;
      const kAt = at('triggers', i, 'condition', 'k');
      if (quantifier === 'at_least' && k === null) rule(kAt, 'kRequired', '"at least" needs a k');
      if (quantifier === 'at_least' && k !== null && k > count) rule(kAt, 'kOutOfRange', `k must be from 1 to ${count}`, { count });
      if (quantifier !== 'at_least' && k !== null) rule(kAt, 'kOnlyForAtLeast', 'only "at least" takes a k');
    });

    sheet.comments.forEach((c, i) => {
      if (c.clause === 'sheet' || c.clause.startsWith('clause:')) return;
      const [kind, id = ''] = c.clause.split(':');
      const ids = kind === 'phase' ? phaseIds : kind === 'milestone' ? milestoneIds : triggerIds;
      if (!ids.has(id)) unknown(at('comments', i, 'clause'), kind ?? 'record', id);
    });
  });
}
