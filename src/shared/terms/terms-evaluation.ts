/**
 * What the terms engine reports (issue 6): the shapes shared by the engine
 * (src/shared/terms/*), the screens, the CLI and the print layout. The
 * engine is pure: records and a date in, these values out.
 */
import type { Exclusivity, IncentiveTier, Scope } from '../domain/terms';

/** A calendar date, YYYY-MM-DD. */
export type CalendarDate = string;

/** Where a milestone stands as of a date. `overdue`: past its due date with no outcome recorded by then. */
export type MilestoneStanding = 'pending' | 'overdue' | 'met' | 'missed' | 'waived';

export interface MilestoneAsOf {
  milestoneId: string;
  code: string;
  standing: MilestoneStanding;
  /** From when the standing holds (settledOn for outcomes, the day after dueOn for overdue); null for pending. */
  since: CalendarDate | null;
}

/**
 * A trigger as of a date. `fired`: its condition holds (on `firedOn`);
 * `waiting`: it still can; `lapsed`: it can no longer (its `by` date passed,
 * or too many milestones went the other way).
 */
export interface TriggerAsOf {
  triggerId: string;
  code: string;
  status: 'fired' | 'waiting' | 'lapsed';
  /** The day the condition came to hold; null unless fired. */
  firedOn: CalendarDate | null;
  /** Codes of the milestones that made it fire (or that it still waits for). */
  counted: string[];
  /** The trigger in one sentence, in each language. */
  sentence: { en: string; ja: string };
}

/** Why a right is as it is: a phase of the sheet, or a trigger that fired. */
export type RightSource = { kind: 'phase'; phaseId: string } | { kind: 'trigger'; triggerId: string };

/** One right in force on the as-of date. */
export type Right =
  | { kind: 'exclusivity'; exclusivity: Exclusivity; scope: Scope; from: CalendarDate; to: CalendarDate; source: RightSource; sentence: { en: string; ja: string } }
  | { kind: 'termination_right'; from: CalendarDate; source: RightSource; sentence: { en: string; ja: string } }
  | { kind: 'renewal_option'; months: number; from: CalendarDate; source: RightSource; sentence: { en: string; ja: string } }
  | { kind: 'incentive_tier'; tier: IncentiveTier; from: CalendarDate; source: RightSource; sentence: { en: string; ja: string } };

/** Two fired actions that say opposite things about the same scope on the same date: reported, never resolved silently. */
export interface ActionConflict {
  triggerIds: [string, string];
  on: CalendarDate;
  /** The overlap both actions touch (null for actions without a scope, e.g. two incentive tiers). */
  scope: Scope | null;
  sentence: { en: string; ja: string };
}

export interface SheetEvaluation {
  termSheetId: string;
  candidateId: string;
  asOf: CalendarDate;
  milestones: MilestoneAsOf[];
  triggers: TriggerAsOf[];
  /** Rights in force on asOf (phase rights already cut back by reverts that fired). */
  rights: Right[];
  /** The last day of the term: the last phase's end plus every extension that fired; null without phases. */
  termEndsOn: CalendarDate | null;
  conflicts: ActionConflict[];
}

/** Who holds a right, for collisions. */
export type Holder =
  | { kind: 'candidate'; candidateId: string; name: string }
  | { kind: 'external'; dealRoomId: string; dealRoomName: string; candidateId: string; name: string };

/** An exclusive or conditional right over a time window, as the collision check sees it. */
export interface Holding {
  holder: Holder;
  exclusivity: 'conditional' | 'exclusive';
  scope: Scope;
  from: CalendarDate;
  to: CalendarDate;
  /** Where it comes from (a phase or a trigger grant), when it is this room's. */
  source: RightSource | null;
}

export interface Collision {
  a: Holding;
  b: Holding;
  /** The exact overlap: territory codes (regions folded back where whole), and the other dimensions ([] = every). */
  overlap: Scope;
  from: CalendarDate;
  to: CalendarDate;
  /** "Osaka, hospitals, cardiac monitors, 2027-07 to 2028-03" */
  sentence: { en: string; ja: string };
}

export type RiskSeverity = 'high' | 'medium' | 'low';

/** The term-risk rules (issue 6), plus conditions raised by confirmed red flags. */
export type TermRiskRule =
  | 'exclusive_from_day_one'
  | 'exclusivity_without_milestones'
  | 'no_performance_clause'
  | 'registration_without_transfer'
  | 'no_data_sharing'
  | 'no_exit_assistance'
  | 'auto_renewal_without_targets'
  | 'scope_wider_than_pilot'
  | 'long_term_without_review'
  | 'no_right_to_appoint_others'
  | 'red_flag_condition';

export interface TermRisk {
  rule: TermRiskRule;
  severity: RiskSeverity;
  /** What it is about: the sheet, a clause fact, a phase, a trigger (as a ClauseRef string). */
  subject: string;
  /** What was found and what to do about it, in each language. */
  finding: { en: string; ja: string };
  remedy: { en: string; ja: string };
}

/** How hard it would be to leave this partner, from the terms: 0 (easy) to 100 (very hard), with its reasons. */
export interface ExitDifficulty {
  score: number;
  band: 'low' | 'moderate' | 'high';
  reasons: { points: number; text: { en: string; ja: string } }[];
}

/** The comparison matrix's terms section for one candidate. */
export interface TermsSummary {
  candidateId: string;
  hasSheet: boolean;
  /** Length of the first phase without exclusivity, in whole months; null when there is none. */
  pilotMonths: number | null;
  /** When exclusivity can first start (a phase or a grant), and under what conditions, in one line. */
  firstExclusivity: { on: CalendarDate; text: { en: string; ja: string } } | null;
  milestoneCount: number;
  openRiskCount: number;
  exitDifficulty: ExitDifficulty | null;
  reviewStatus: 'draft' | 'in_review' | 'changes_requested' | 'approved' | null;
}
