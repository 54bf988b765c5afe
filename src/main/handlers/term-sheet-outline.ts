/**
 * The staged outline a new term sheet can start from (DOMAIN.md, "Start
 * small"): a 12-month non-exclusive pilot in all of Japan, 24 months of
 * conditional exclusivity over the same scope, 12 months of renewal; three
 * milestones due on the pilot's last day; a trigger that grants the
 * exclusivity when all three are met by then, and one that reverts to
 * non-exclusive when revenue or new accounts are missed. Legal then narrows
 * the territory and fills in the targets.
 *
 * Pure: ids come from the caller, names in the caller's language.
 */
import type { Language } from '../../shared/domain/entities';
import type { Milestone, MilestoneMetric, Phase, Scope, Trigger } from '../../shared/domain/terms';
import { translator } from '../../shared/i18n/translator';
import { addDays, lastDayOfMonths } from '../../shared/terms/calendar-dates';

export interface TermSheetOutline {
  phases: Phase[];
  milestones: Milestone[];
  triggers: Trigger[];
}

const PILOT_MONTHS = 12;
const CONDITIONAL_MONTHS = 24;
const RENEWAL_MONTHS = 12;

/** All of Japan, every channel, segment and product: the pilot's scope until legal narrows it. */
const ALL_OF_JAPAN: Scope = { territory: ['JP'], channels: [], segments: [], products: [] };

export function termSheetOutline(termSheetId: string, startsOn: string, lang: Language, newId: () => string): TermSheetOutline {
  const t = translator(lang);
  const pilotEnds = lastDayOfMonths(startsOn, PILOT_MONTHS);
  const conditionalStarts = addDays(pilotEnds, 1);
  const conditionalEnds = lastDayOfMonths(conditionalStarts, CONDITIONAL_MONTHS);
  const renewalStarts = addDays(conditionalEnds, 1);
  const phase = (name: string, from: string, to: string, exclusivity: Phase['exclusivity'], sortOrder: number): Phase => ({
    id: newId(),
    termSheetId,
    name,
    startsOn: from,
    endsOn: to,
    exclusivity,
    scope: ALL_OF_JAPAN,
    targets: [],
    sortOrder,
  });
  const pilot = phase(t('terms:outline.pilot'), startsOn, pilotEnds, 'none', 0);
  const conditional = phase(t('terms:outline.conditional'), conditionalStarts, conditionalEnds, 'conditional', 1);
  const renewal = phase(t('terms:outline.renewal'), renewalStarts, lastDayOfMonths(renewalStarts, RENEWAL_MONTHS), 'none', 2);

  const milestone = (code: string, metric: MilestoneMetric, description: string, unit: string, sortOrder: number): Milestone => ({
    id: newId(),
    termSheetId,
    phaseId: pilot.id,
    code,
    metric,
    customMetric: '',
    description,
    // The figures are the parties' to agree; the outline leaves them open rather than inventing one.
    target: null,
    unit,
    dueOn: pilotEnds,
    status: 'pending',
    actual: null,
    settledOn: null,
    evidence: '',
    waivedReason: '',
    sortOrder,
  });
  const revenue = milestone('M1', 'revenue', t('terms:outline.revenue'), 'JPY', 0);
  const accounts = milestone('M2', 'new_accounts', t('terms:outline.newAccounts'), '', 1);
  const review = milestone('M3', 'business_review', t('terms:outline.businessReview'), '', 2);

  const triggers: Trigger[] = [
    {
      id: newId(),
      termSheetId,
      code: 'T1',
      name: t('terms:outline.grantTrigger'),
      condition: { quantifier: 'all', k: null, outcome: 'met', milestoneIds: [revenue.id, accounts.id, review.id], by: pilotEnds },
      actions: [{ kind: 'grant_exclusivity', scope: conditional.scope, months: CONDITIONAL_MONTHS, startsOn: conditionalStarts }],
      sortOrder: 0,
    },
    {
      id: newId(),
      termSheetId,
      code: 'T2',
      name: t('terms:outline.revertTrigger'),
      condition: { quantifier: 'any', k: null, outcome: 'missed', milestoneIds: [revenue.id, accounts.id], by: null },
      actions: [{ kind: 'revert_non_exclusive', scope: null }],
      sortOrder: 1,
    },
  ];
  return { phases: [pilot, conditional, renewal], milestones: [revenue, accounts, review], triggers };
}
