/**
 * One action of a trigger: its kind and the fields that kind needs (a scope
 * and months for a grant, months for an extension or a renewal option, the
 * whole sheet or a scope for a revert, a tier).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result';
import { fieldErrorFor } from '../../components/api-error-placement';
import { NumberField } from '../../components/number-field';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { errorWithin } from './error-paths';
import { ScopePicker } from './scope-picker';
import type { ActionDraft } from './trigger-draft';
import { useTermLabels } from './use-term-labels';

interface TriggerActionFieldsProps {
  index: number;
  action: ActionDraft;
  onChange: (patch: Partial<ActionDraft>) => void;
  onRemove: (() => void) | null;
  /** The store's refusal about the trigger; only the part about this action is shown here. */
  error: ApiError | null;
}

export function TriggerActionFields({ index, action, onChange, onRemove, error }: TriggerActionFieldsProps) {
  const { t } = useTranslation('termsEditor');
  const labels = useTermLabels();
  const radioName = useId();
  const own = errorWithin(error, `actions.${index}`);
  const n = index + 1;
  const months = (label: string, hint: string) => (
    <NumberField label={label} value={action.months} onChange={(v) => onChange({ months: v })} hint={hint} error={fieldErrorFor(own, 'months')} inputMode="numeric" />
  );
  return (
    <li className="trigger-action">
      <div className="trigger-action__head">
        <SelectField label={t('action.kindLabel', { n })} value={action.kind} options={labels.actionKinds} onChange={(kind) => onChange({ kind })} error={fieldErrorFor(own, 'kind')} />
        {onRemove && (
          <button type="button" className="button button--small button--danger-text" onClick={onRemove} aria-label={t('action.removeLabel', { n })}>
            {t('action.remove')}
          </button>
        )}
      </div>
      {action.kind === 'grant_exclusivity' && (
        <>
          <div className="form__row">
            {months(t('action.months'), t('action.grantMonthsHint'))}
            <TextField label={t('action.startsOn')} type="date" value={action.startsOn} onChange={(startsOn) => onChange({ startsOn })} hint={t('action.startsOnHint')} error={fieldErrorFor(own, 'startsOn')} />
          </div>
          <ScopePicker legend={t('action.grantScope')} value={action.scope} onChange={(scope) => onChange({ scope })} error={errorWithin(own, 'scope')} />
        </>
      )}
      {action.kind === 'extend_term' && months(t('action.extendMonths'), t('action.extendHint'))}
      {action.kind === 'renewal_option' && months(t('action.renewalMonths'), t('action.renewalHint'))}
      {action.kind === 'termination_right' && <p className="field__hint">{t('action.terminationHint')}</p>}
      {action.kind === 'incentive_tier' && (
        <SelectField label={t('action.tier')} value={action.tier} options={labels.tiers} onChange={(tier) => onChange({ tier })} hint={t('action.tierHint')} error={fieldErrorFor(own, 'tier')} />
      )}
      {action.kind === 'revert_non_exclusive' && (
        <>
          <fieldset className="trigger-action__revert">
            <legend className="field__label">{t('action.revertWhat')}</legend>
            <label className="choice-inline">
              <input type="radio" name={radioName} checked={action.wholeSheet} onChange={() => onChange({ wholeSheet: true })} />
              {t('action.revertWholeSheet')}
            </label>
            <label className="choice-inline">
              <input type="radio" name={radioName} checked={!action.wholeSheet} onChange={() => onChange({ wholeSheet: false })} />
              {t('action.revertScope')}
            </label>
          </fieldset>
          {!action.wholeSheet && <ScopePicker legend={t('action.revertScopeLegend')} value={action.scope} onChange={(scope) => onChange({ scope })} error={errorWithin(own, 'scope')} />}
        </>
      )}
    </li>
  );
}
