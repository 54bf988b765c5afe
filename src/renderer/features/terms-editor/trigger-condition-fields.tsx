/**
 * The "when" of a trigger: all of, any of or at least k of the chosen
 * milestones, met or missed, optionally by a date. Milestones are picked by
 * code from this sheet only.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result';
import type { Milestone } from '../../../shared/domain/terms';
import { fieldErrorFor } from '../../components/api-error-placement';
import { NumberField } from '../../components/number-field';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { errorWithin, problemAt } from './error-paths';
import { toggleMilestone, type TriggerDraft } from './trigger-draft';
import { useTermLabels } from './use-term-labels';

interface TriggerConditionFieldsProps {
  draft: TriggerDraft;
  milestones: readonly Milestone[];
  onChange: (patch: Partial<TriggerDraft>) => void;
  error: ApiError | null;
}

export function TriggerConditionFields({ draft, milestones, onChange, error }: TriggerConditionFieldsProps) {
  const { t } = useTranslation('termsEditor');
  const labels = useTermLabels();
  const id = useId();
  const conditionError = errorWithin(error, 'condition');
  const idsError = problemAt(conditionError, 'milestoneIds');
  const order = milestones.map((m) => m.id);
  return (
    <fieldset className="trigger-condition">
      <legend className="terms-dialog__legend">{t('trigger.when')}</legend>
      <div className="form__row">
        <SelectField label={t('trigger.quantifierLabel')} value={draft.quantifier} options={labels.quantifiers} onChange={(quantifier) => onChange({ quantifier })} error={fieldErrorFor(conditionError, 'quantifier')} />
        {draft.quantifier === 'at_least' && (
          <NumberField label={t('trigger.k')} value={draft.k} onChange={(k) => onChange({ k })} hint={t('trigger.kHint', { count: draft.milestoneIds.length })} error={fieldErrorFor(conditionError, 'k')} inputMode="numeric" />
        )}
        <SelectField label={t('trigger.outcomeLabel')} value={draft.outcome} options={labels.outcomes} onChange={(outcome) => onChange({ outcome })} error={fieldErrorFor(conditionError, 'outcome')} />
        <TextField label={t('trigger.by')} type="date" value={draft.by} onChange={(by) => onChange({ by })} hint={t('trigger.byHint')} error={fieldErrorFor(conditionError, 'by')} />
      </div>
      <fieldset className="trigger-condition__milestones" aria-describedby={idsError ? `${id}-error` : undefined}>
        <legend className="field__label">{t('trigger.milestones')}</legend>
        {milestones.length === 0 ? (
          <p className="field__hint">{t('trigger.noMilestones')}</p>
        ) : (
          <ul className="trigger-condition__list">
            {milestones.map((m) => (
              <li key={m.id}>
                <input
                  id={`${id}-${m.id}`}
                  type="checkbox"
                  className="checkbox"
                  checked={draft.milestoneIds.includes(m.id)}
                  onChange={() => onChange({ milestoneIds: toggleMilestone(draft.milestoneIds, m.id, order) })}
                />
                <label htmlFor={`${id}-${m.id}`}>
                  <span className="trigger-condition__code">{m.code}</span> {m.description || labels.measure(m)}
                </label>
              </li>
            ))}
          </ul>
        )}
        {idsError && (
          <p className="error-text" role="alert" id={`${id}-error`}>
            {idsError}
          </p>
        )}
      </fieldset>
    </fieldset>
  );
}
