/**
 * The catalogue keys of the pipeline's closed lists (stages, origins, who
 * approached whom, the five suitor signals), named in full so that every
 * value has its text, a new value without one is a compile error, and the
 * catalogue check sees each key in use.
 */
import type { ApproachedBy, CandidateOrigin, PipelineStage, SignalReading, SuitorSignalKind } from '../domain/vetting';

export const STAGE_LABEL: Record<PipelineStage, string> = {
  long_list: 'pipeline:stage.long_list',
  screening: 'pipeline:stage.screening',
  shortlist: 'pipeline:stage.shortlist',
  due_diligence: 'pipeline:stage.due_diligence',
  negotiation: 'pipeline:stage.negotiation',
  pilot: 'pipeline:stage.pilot',
  partner: 'pipeline:stage.partner',
  declined: 'pipeline:stage.declined',
};

export const ORIGIN_LABEL: Record<CandidateOrigin, string> = {
  unknown: 'pipeline:origin.unknown',
  inbound: 'pipeline:origin.inbound',
  outreach: 'pipeline:origin.outreach',
  referral: 'pipeline:origin.referral',
  introducer: 'pipeline:origin.introducer',
};

export const APPROACHED_BY_LABEL: Record<ApproachedBy, string> = {
  unknown: 'pipeline:approachedBy.unknown',
  they_approached_us: 'pipeline:approachedBy.they_approached_us',
  we_approached_them: 'pipeline:approachedBy.we_approached_them',
};

/** Each signal: its name, what a reassuring and a warning reading say, and why the warning matters. */
export interface SignalTexts {
  name: string;
  reassuring: string;
  warning: string;
  why: string;
}

export const SIGNAL_TEXTS: Record<SuitorSignalKind, SignalTexts> = {
  executive_approval: {
    name: 'pipeline:signal.executive_approval.name',
    reassuring: 'pipeline:signal.executive_approval.reassuring',
    warning: 'pipeline:signal.executive_approval.warning',
    why: 'pipeline:signal.executive_approval.why',
  },
  committed_team: {
    name: 'pipeline:signal.committed_team.name',
    reassuring: 'pipeline:signal.committed_team.reassuring',
    warning: 'pipeline:signal.committed_team.warning',
    why: 'pipeline:signal.committed_team.why',
  },
  strategic_motive: {
    name: 'pipeline:signal.strategic_motive.name',
    reassuring: 'pipeline:signal.strategic_motive.reassuring',
    warning: 'pipeline:signal.strategic_motive.warning',
    why: 'pipeline:signal.strategic_motive.why',
  },
  measured_pace: {
    name: 'pipeline:signal.measured_pace.name',
    reassuring: 'pipeline:signal.measured_pace.reassuring',
    warning: 'pipeline:signal.measured_pace.warning',
    why: 'pipeline:signal.measured_pace.why',
  },
  product_focus: {
    name: 'pipeline:signal.product_focus.name',
    reassuring: 'pipeline:signal.product_focus.reassuring',
    warning: 'pipeline:signal.product_focus.warning',
    why: 'pipeline:signal.product_focus.why',
  },
};

/** The reading "not known yet" has one text for every signal. */
export const UNKNOWN_READING_LABEL = 'pipeline:signals.unknown';

/** A reading's words for one signal. */
export function readingLabelKey(signal: SuitorSignalKind, reading: SignalReading): string {
  return reading === 'unknown' ? UNKNOWN_READING_LABEL : SIGNAL_TEXTS[signal][reading];
}
