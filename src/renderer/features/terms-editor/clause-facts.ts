/**
 * The clause facts legal records (TermClauses), in the order the form shows
 * them, each with its label and a one-line reminder of why it matters.
 */
import { useTranslation } from 'react-i18next';
import type { TermClauses } from '../../../shared/domain/terms';

export const CLAUSE_FACT_ORDER: readonly (keyof TermClauses)[] = [
  'performanceClause',
  'registrationHolder',
  'registrationTransfer',
  'dataSharing',
  'customerDataOwner',
  'exitAssistance',
  'inventoryBuyBack',
  'noticePeriodMonths',
  'nonCompeteMonths',
  'autoRenewal',
  'rightToAppointOthers',
];

export function useClauseFactLabels(): Record<keyof TermClauses, { label: string; help: string }> {
  const { t } = useTranslation('termsEditor');
  return {
    performanceClause: { label: t('clauses.performanceClause.label'), help: t('clauses.performanceClause.help') },
    registrationHolder: { label: t('clauses.registrationHolder.label'), help: t('clauses.registrationHolder.help') },
    registrationTransfer: { label: t('clauses.registrationTransfer.label'), help: t('clauses.registrationTransfer.help') },
    dataSharing: { label: t('clauses.dataSharing.label'), help: t('clauses.dataSharing.help') },
    customerDataOwner: { label: t('clauses.customerDataOwner.label'), help: t('clauses.customerDataOwner.help') },
    exitAssistance: { label: t('clauses.exitAssistance.label'), help: t('clauses.exitAssistance.help') },
    inventoryBuyBack: { label: t('clauses.inventoryBuyBack.label'), help: t('clauses.inventoryBuyBack.help') },
    noticePeriodMonths: { label: t('clauses.noticePeriodMonths.label'), help: t('clauses.noticePeriodMonths.help') },
    nonCompeteMonths: { label: t('clauses.nonCompeteMonths.label'), help: t('clauses.nonCompeteMonths.help') },
    autoRenewal: { label: t('clauses.autoRenewal.label'), help: t('clauses.autoRenewal.help') },
    rightToAppointOthers: { label: t('clauses.rightToAppointOthers.label'), help: t('clauses.rightToAppointOthers.help') },
  };
}
