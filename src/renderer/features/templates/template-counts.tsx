/** "5 pillars · 33 criteria · 3 knock-outs": what is in a template, in one line. */
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../shared/domain/criteria-template';

export function TemplateCounts({ summary, className }: { summary: Pick<TemplateSummary, 'pillarCount' | 'criterionCount' | 'knockoutCount'>; className?: string }) {
  const { t } = useTranslation('templates');
  const parts = [
    t('counts.pillars', { count: summary.pillarCount }),
    t('counts.criteria', { count: summary.criterionCount }),
    t('counts.knockouts', { count: summary.knockoutCount }),
  ];
  return <span className={['template-counts', className].filter(Boolean).join(' ')}>{parts.join(t('counts.separator'))}</span>;
}
