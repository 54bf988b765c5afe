/**
 * One logged flag: what was said, its status and consequence in words, who
 * said it, when and where, what the linked library entry says to check, the
 * outcome of the check, and the actions its status allows.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../../shared/domain/entities';
import { labelName } from '../../../shared/domain/display-names';
import type { FlagStatus, RedFlag } from '../../../shared/domain/vetting';
import { formatScore } from '../../../shared/i18n/format';
import { flagReference } from '../../../shared/red-flags/red-flag-library';
import { useLanguage } from '../../app/use-language';
import { Badge, type BadgeTone } from '../../components/badge';
import { formatCalendarDate } from '../../../shared/i18n/format';
import { ReferenceDetails } from './reference-details';

const STATUS_TONE: Record<FlagStatus, BadgeTone> = { open: 'warn', confirmed: 'bad', cleared: 'good' };

interface FlagCardProps {
  flag: RedFlag;
  criteria: readonly Criterion[];
  onStatus: (status: FlagStatus) => void;
  onEdit: () => void;
  onDelete: () => void;
}

export function FlagCard({ flag, criteria, onStatus, onEdit, onDelete }: FlagCardProps) {
  const { t } = useTranslation('flags');
  const lang = useLanguage();
  const titleId = useId();
  const reference = flag.libraryKey ? flagReference(flag.libraryKey) : undefined;
  const statusLabel = { open: t('status.open'), confirmed: t('status.confirmed'), cleared: t('status.cleared') }[flag.status];
  const criterion = flag.criterionId ? criteria.find((c) => c.id === flag.criterionId) : undefined;
  const consequence = {
    note: t('card.note'),
    penalty: criterion
      ? t('card.penalty', { points: formatScore(flag.penalty, lang), criterion: labelName(criterion, lang) })
      : t('card.penaltyNoCriterion', { points: formatScore(flag.penalty, lang) }),
    knockout: t('card.knockout'),
    contract_condition: t('card.condition'),
  }[flag.consequence];
  const meta = [
    flag.saidBy && t('card.saidBy', { name: flag.saidBy }),
    flag.observedOn && formatCalendarDate(flag.observedOn, lang),
    flag.source && t('card.source', { source: flag.source }),
  ].filter(Boolean);

  return (
    <article className={`flag-card flag-card--${flag.status}`} aria-labelledby={titleId}>
      <div className="flag-card__marks">
        <Badge tone={STATUS_TONE[flag.status]}>{statusLabel}</Badge>
        <Badge tone={flag.consequence === 'knockout' || flag.consequence === 'penalty' ? 'accent' : 'neutral'}>{consequence}</Badge>
        {flag.status === 'open' && flag.consequence !== 'note' && <span className="flag-card__pending">{t('card.countsWhenConfirmed')}</span>}
      </div>
      <blockquote className="flag-quote" id={titleId}>
        {flag.said}
      </blockquote>
      {meta.length > 0 && <p className="flag-card__meta">{meta.join(t('card.separator'))}</p>}
      {flag.consequence === 'contract_condition' && flag.condition && (
        <p className="flag-card__condition">
          <span className="flag-card__label">{t('card.conditionText')}</span> {flag.condition}
        </p>
      )}
      {reference && <ReferenceDetails reference={reference} lang={lang} />}
      {flag.status !== 'open' && flag.outcome && (
        <p className="flag-card__outcome">
          <span className="flag-card__label">{t('card.outcome')}</span> {flag.outcome}
        </p>
      )}
      <div className="flag-card__actions button-row">
        {flag.status === 'open' ? (
          <>
            <button type="button" className="button button--small" onClick={() => onStatus('confirmed')}>
              {t('card.confirm')}
            </button>
            <button type="button" className="button button--small" onClick={() => onStatus('cleared')}>
              {t('card.clear')}
            </button>
          </>
        ) : (
          <button type="button" className="button button--small" onClick={() => onStatus('open')}>
            {t('card.reopen')}
          </button>
        )}
        <button type="button" className="button button--small" onClick={onEdit}>
          {t('card.edit')}
        </button>
        <button type="button" className="button button--small button--danger-text" onClick={onDelete}>
          {t('card.delete')}
        </button>
      </div>
    </article>
  );
}
