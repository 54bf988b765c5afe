/**
 * The intake part of the candidate form: what the inputs hold while being
 * edited (a date input gives '' for "no date"), and the fields sent to the
 * store from it.
 */
import type { Candidate } from '../../../shared/domain/entities';
import { CANDIDATE_INTAKE_DEFAULTS, type ApproachedBy, type CandidateOrigin } from '../../../shared/domain/vetting';

export const INTAKE_FIELDS = ['origin', 'approachedBy', 'firstContactOn', 'introducer', 'introducerRelationship', 'statedIntent'] as const;

export interface IntakeDraft {
  origin: CandidateOrigin;
  approachedBy: ApproachedBy;
  /** YYYY-MM-DD, or '' when not known. */
  firstContactOn: string;
  introducer: string;
  introducerRelationship: string;
  statedIntent: string;
}

export type IntakeFields = Pick<Candidate, (typeof INTAKE_FIELDS)[number]>;

export const EMPTY_INTAKE: IntakeDraft = {
  origin: CANDIDATE_INTAKE_DEFAULTS.origin,
  approachedBy: CANDIDATE_INTAKE_DEFAULTS.approachedBy,
  firstContactOn: '',
  introducer: '',
  introducerRelationship: '',
  statedIntent: '',
};

export function intakeDraftOf(c: IntakeFields): IntakeDraft {
  return {
    origin: c.origin,
    approachedBy: c.approachedBy,
    firstContactOn: c.firstContactOn ?? '',
    introducer: c.introducer,
    introducerRelationship: c.introducerRelationship,
    statedIntent: c.statedIntent,
  };
}

export function intakeFieldsOf(d: IntakeDraft): IntakeFields {
  return {
    origin: d.origin,
    approachedBy: d.approachedBy,
    firstContactOn: d.firstContactOn.trim() === '' ? null : d.firstContactOn.trim(),
    introducer: d.introducer,
    introducerRelationship: d.introducerRelationship,
    statedIntent: d.statedIntent,
  };
}

/** Whether the introducer fields apply: someone put us in touch. */
export function hasIntroducer(origin: CandidateOrigin): boolean {
  return origin === 'referral' || origin === 'introducer';
}
