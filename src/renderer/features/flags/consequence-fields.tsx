/**
 * What a flag does once confirmed: a note only, points off one criterion of
 * this room, a knock-out, or a condition to put in the contract. Shared by
 * the "Log a flag" form and the confirm dialog, where the consequence is
 * decided for good.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result';
import type { Criterion } from '../../../shared/domain/entities';
import { labelName } from '../../../shared/domain/display-names';
import type { FlagConsequence } from '../../../shared/domain/vetting';
import { useLanguage } from '../../app/use-language';
import { fieldErrorFor } from '../../components/api-error-placement';
import { NumberField } from '../../components/number-field';
import { SelectField } from '../../components/select-field';
import { TextAreaField } from '../../components/text-area-field';
import type { FlagDraft } from './flag-draft';

export type ConsequenceDraft = Pick<FlagDraft, 'consequence' | 'criterionId' | 'penaltyText' | 'condition'>;

export const CONSEQUENCE_FIELD_NAMES = ['consequence', 'criterionId', 'penalty', 'condition'] as const;

interface ConsequenceFieldsProps {
  value: ConsequenceDraft;
  onChange: (patch: Partial<ConsequenceDraft>) => void;
  criteria: readonly Criterion[];
  error: ApiError | null;
  legend: string;
}

export function ConsequenceFields({ value, onChange, criteria, error, legend }: ConsequenceFieldsProps) {
  const { t } = useTranslation('flags');
  const lang = useLanguage();
  const group = useId();
  const options: { value: FlagConsequence; label: string; explain: string }[] = [
    { value: 'note', label: t('consequence.note'), explain: t('consequence.noteExplain') },
    { value: 'penalty', label: t('consequence.penalty'), explain: t('consequence.penaltyExplain') },
    { value: 'knockout', label: t('consequence.knockout'), explain: t('consequence.knockoutExplain') },
    { value: 'contract_condition', label: t('consequence.condition'), explain: t('consequence.conditionExplain') },
  ];
  const criterionOptions = [
    { value: '', label: t('consequence.chooseCriterion') },
    ...criteria.map((c) => ({ value: c.id, label: labelName(c, lang) })),
  ];
  return (
    <div className="flag-consequence">
      <fieldset className="choice-group">
        <legend className="field__label">{legend}</legend>
        {options.map((o) => (
          <label key={o.value} className="choice">
            <input type="radio" name={group} value={o.value} checked={value.consequence === o.value} onChange={() => onChange({ consequence: o.value })} />
            <span className="choice__text">
              <span className="choice__label">{o.label}</span>
              <span className="choice__explain">{o.explain}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {value.consequence === 'penalty' && (
        <div className="flag-consequence__penalty">
          <SelectField
            label={t('consequence.criterion')}
            value={value.criterionId}
            options={criterionOptions}
            onChange={(criterionId) => onChange({ criterionId })}
            error={fieldErrorFor(error, 'criterionId')}
          />
          <NumberField
            label={t('consequence.points')}
            value={value.penaltyText}
            onChange={(penaltyText) => onChange({ penaltyText })}
            hint={t('consequence.pointsHint')}
            error={fieldErrorFor(error, 'penalty')}
            className="flag-consequence__points"
          />
        </div>
      )}
      {value.consequence === 'contract_condition' && (
        <TextAreaField
          label={t('consequence.conditionText')}
          value={value.condition}
          onChange={(condition) => onChange({ condition })}
          hint={t('consequence.conditionHint')}
          error={fieldErrorFor(error, 'condition')}
          rows={3}
        />
      )}
    </div>
  );
}
