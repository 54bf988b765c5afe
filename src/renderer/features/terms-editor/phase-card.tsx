/**
 * One phase of a term sheet: when it runs, its exclusivity in words, its
 * scope in one line, its targets per tier, and its milestones.
 */
import { useTranslation } from 'react-i18next';
import type { Milestone, Phase } from '../../../shared/domain/terms';
import { formatCalendarDate } from '../../../shared/i18n/format';
import { describeScope } from '../../../shared/terms/scope-sets';
import { useLanguage } from '../../app/use-language';
import { Badge } from '../../components/badge';
import { amountText } from './amount-text';
import { ClauseCommentsButton } from './clause-comments';
import { MilestoneTable } from './milestone-table';
import { exactMonths } from './phase-dates';
import { EXCLUSIVITY_TONE, useTermLabels } from './use-term-labels';

interface PhaseCardProps {
  phase: Phase;
  index: number;
  phases: readonly Phase[];
  milestones: readonly Milestone[];
  today: string;
  onEdit: () => void;
  onDelete: () => void;
}

export function PhaseCard({ phase, index, phases, milestones, today, onEdit, onDelete }: PhaseCardProps) {
  const { t } = useTranslation('termsEditor');
  const lang = useLanguage();
  const labels = useTermLabels();
  const months = exactMonths(phase.startsOn, phase.endsOn);
  const titleId = `phase-${phase.id}-title`;
  return (
    <li className={`phase-card phase-card--${phase.exclusivity}`}>
      <section aria-labelledby={titleId}>
        <header className="phase-card__head">
          <div className="phase-card__titles">
            <h4 className="phase-card__title" id={titleId}>
              <span className="phase-card__step">{t('phase.step', { n: index + 1 })}</span> {phase.name}
            </h4>
            <p className="phase-card__when">
              {t('phase.window', { from: formatCalendarDate(phase.startsOn, lang), to: formatCalendarDate(phase.endsOn, lang) })}
              {months !== null && <span className="muted"> · {t('phase.monthsLong', { count: months })}</span>}
            </p>
          </div>
          <Badge tone={EXCLUSIVITY_TONE[phase.exclusivity]}>{labels.label(labels.exclusivity, phase.exclusivity)}</Badge>
          <div className="phase-card__actions">
            <ClauseCommentsButton termSheetId={phase.termSheetId} clause={`phase:${phase.id}`} />
            <button type="button" className="button button--small" onClick={onEdit} aria-label={t('phase.editLabel', { name: phase.name })}>
              {t('ui:actions.edit')}
            </button>
            <button type="button" className="button button--small button--danger-text" onClick={onDelete} aria-label={t('phase.deleteLabel', { name: phase.name })}>
              {t('ui:actions.delete')}
            </button>
          </div>
        </header>
        <dl className="phase-card__facts">
          <div>
            <dt>{t('phase.scope')}</dt>
            <dd>{describeScope(phase.scope, lang)}</dd>
          </div>
          <div>
            <dt>{t('phase.targets')}</dt>
            <dd>
              {phase.targets.length === 0 ? (
                <span className="muted">{t('phase.noTargets')}</span>
              ) : (
                <ul className="phase-card__targets">
                  {phase.targets.map((target, i) => (
                    <li key={i}>
                      <span className="phase-card__tier">{labels.label(labels.tiers, target.tier)}</span>{' '}
                      {t('phase.targetLine', {
                        metric: labels.measure(target),
                        value: amountText(target.value, target.unit, lang),
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        </dl>
        <MilestoneTable phase={phase} phases={phases} milestones={milestones} today={today} />
      </section>
    </li>
  );
}
