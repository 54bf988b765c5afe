/**
 * The words for every fixed value the editor shows (exclusivity, tiers,
 * metrics, statuses, clause answers), in one place so each value reads the
 * same in every form, table and badge.
 */
import { useTranslation } from 'react-i18next';
import type {
  CustomerDataOwner,
  DataSharingCadence,
  Exclusivity,
  IncentiveTier,
  LegalReviewStatus,
  MilestoneMetric,
  MilestoneStatus,
  RegistrationHolder,
  TriggerActionKind,
  TriggerCondition,
} from '../../../shared/domain/terms';
import type { BadgeTone } from '../../components/badge';

export interface Option<V extends string> {
  value: V;
  label: string;
}

export function useTermLabels() {
  const { t } = useTranslation('termsEditor');
  const exclusivity: Option<Exclusivity>[] = [
    { value: 'none', label: t('exclusivity.none') },
    { value: 'conditional', label: t('exclusivity.conditional') },
    { value: 'exclusive', label: t('exclusivity.exclusive') },
  ];
  const tiers: Option<IncentiveTier>[] = [
    { value: 'base', label: t('tiers.base') },
    { value: 'stretch', label: t('tiers.stretch') },
    { value: 'exceed', label: t('tiers.exceed') },
  ];
  const metrics: Option<MilestoneMetric>[] = [
    { value: 'revenue', label: t('metrics.revenue') },
    { value: 'units', label: t('metrics.units') },
    { value: 'new_accounts', label: t('metrics.new_accounts') },
    { value: 'decision_maker_meetings', label: t('metrics.decision_maker_meetings') },
    { value: 'events', label: t('metrics.events') },
    { value: 'market_reports', label: t('metrics.market_reports') },
    { value: 'regulatory_filing', label: t('metrics.regulatory_filing') },
    { value: 'monthly_data', label: t('metrics.monthly_data') },
    { value: 'business_review', label: t('metrics.business_review') },
    { value: 'custom', label: t('metrics.custom') },
  ];
  const milestoneStatuses: Option<MilestoneStatus>[] = [
    { value: 'pending', label: t('milestoneStatus.pending') },
    { value: 'met', label: t('milestoneStatus.met') },
    { value: 'missed', label: t('milestoneStatus.missed') },
    { value: 'waived', label: t('milestoneStatus.waived') },
  ];
  const reviewStatuses: Option<LegalReviewStatus>[] = [
    { value: 'draft', label: t('review.status.draft') },
    { value: 'in_review', label: t('review.status.in_review') },
    { value: 'changes_requested', label: t('review.status.changes_requested') },
    { value: 'approved', label: t('review.status.approved') },
  ];
  const quantifiers: Option<TriggerCondition['quantifier']>[] = [
    { value: 'all', label: t('trigger.quantifier.all') },
    { value: 'any', label: t('trigger.quantifier.any') },
    { value: 'at_least', label: t('trigger.quantifier.at_least') },
  ];
  const outcomes: Option<TriggerCondition['outcome']>[] = [
    { value: 'met', label: t('trigger.outcome.met') },
    { value: 'missed', label: t('trigger.outcome.missed') },
  ];
  const actionKinds: Option<TriggerActionKind>[] = [
    { value: 'grant_exclusivity', label: t('action.kind.grant_exclusivity') },
    { value: 'extend_term', label: t('action.kind.extend_term') },
    { value: 'revert_non_exclusive', label: t('action.kind.revert_non_exclusive') },
    { value: 'termination_right', label: t('action.kind.termination_right') },
    { value: 'renewal_option', label: t('action.kind.renewal_option') },
    { value: 'incentive_tier', label: t('action.kind.incentive_tier') },
  ];
  const registrationHolders: Option<RegistrationHolder>[] = [
    { value: 'not_needed', label: t('clauses.registrationHolderOption.not_needed') },
    { value: 'principal', label: t('clauses.registrationHolderOption.principal') },
    { value: 'partner', label: t('clauses.registrationHolderOption.partner') },
    { value: 'third_party', label: t('clauses.registrationHolderOption.third_party') },
  ];
  const dataSharing: Option<DataSharingCadence>[] = [
    { value: 'none', label: t('clauses.dataSharingOption.none') },
    { value: 'monthly', label: t('clauses.dataSharingOption.monthly') },
    { value: 'quarterly', label: t('clauses.dataSharingOption.quarterly') },
    { value: 'annually', label: t('clauses.dataSharingOption.annually') },
  ];
  const customerDataOwners: Option<CustomerDataOwner>[] = [
    { value: 'principal', label: t('clauses.customerDataOwnerOption.principal') },
    { value: 'partner', label: t('clauses.customerDataOwnerOption.partner') },
    { value: 'shared', label: t('clauses.customerDataOwnerOption.shared') },
  ];
  const label = <V extends string>(options: readonly Option<V>[], value: V) => options.find((o) => o.value === value)?.label ?? value;
  /** What a milestone or target measures: a custom measure by the name it was given. */
  const measure = (x: { metric: MilestoneMetric; customMetric: string }) => (x.metric === 'custom' && x.customMetric.trim() ? x.customMetric.trim() : label(metrics, x.metric));
  return { exclusivity, tiers, metrics, milestoneStatuses, reviewStatuses, quantifiers, outcomes, actionKinds, registrationHolders, dataSharing, customerDataOwners, label, measure };
}

/** Tone of the badge beside a word; the word carries the meaning, the tone only helps the eye. */
export const EXCLUSIVITY_TONE: Record<Exclusivity, BadgeTone> = { none: 'neutral', conditional: 'warn', exclusive: 'accent' };
export const MILESTONE_TONE: Record<MilestoneStatus, BadgeTone> = { pending: 'neutral', met: 'good', missed: 'bad', waived: 'warn' };
export const REVIEW_TONE: Record<LegalReviewStatus, BadgeTone> = { draft: 'neutral', in_review: 'accent', changes_requested: 'warn', approved: 'good' };
