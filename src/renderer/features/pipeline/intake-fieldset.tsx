/**
 * The "Intake" part of the candidate form: how the firm came to us, who put
 * us in touch, when, who made the first move, and what they say they want.
 * A fieldset of its own, so it reads as one group apart from the company's
 * particulars.
 */
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result';
import { ApproachedBy, CandidateOrigin } from '../../../shared/domain/vetting';
import { APPROACHED_BY_LABEL, ORIGIN_LABEL } from '../../../shared/i18n/pipeline-label-keys';
import { fieldErrorFor } from '../../components/api-error-placement';
import { SelectField } from '../../components/select-field';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import type { IntakeDraft } from './intake-draft';
import './pipeline.css';

interface IntakeFieldsetProps {
  draft: IntakeDraft;
  onChange: (draft: IntakeDraft) => void;
  error: ApiError | null;
}

export function IntakeFieldset({ draft, onChange, error }: IntakeFieldsetProps) {
  const { t } = useTranslation('pipeline');
  const set =
    <K extends keyof IntakeDraft>(key: K) =>
    (value: IntakeDraft[K]) =>
      onChange({ ...draft, [key]: value });
  const originOptions = CandidateOrigin.options.map((value) => ({ value, label: t(ORIGIN_LABEL[value]) }));
  const approachOptions = ApproachedBy.options.map((value) => ({ value, label: t(APPROACHED_BY_LABEL[value]) }));
  return (
    <fieldset className="intake-fieldset">
      <legend className="intake-fieldset__legend">{t('intake.legend')}</legend>
      <p className="form__hint">{t('intake.hint')}</p>
      <div className="form__row">
        <SelectField label={t('intake.origin')} value={draft.origin} options={originOptions} onChange={set('origin')} error={fieldErrorFor(error, 'origin')} />
        <SelectField
          label={t('intake.approachedBy')}
          value={draft.approachedBy}
          options={approachOptions}
          onChange={set('approachedBy')}
          error={fieldErrorFor(error, 'approachedBy')}
        />
        <TextField
          type="date"
          label={t('intake.firstContactOn')}
          value={draft.firstContactOn}
          onChange={set('firstContactOn')}
          error={fieldErrorFor(error, 'firstContactOn')}
        />
      </div>
      <div className="form__row">
        <TextField
          label={t('intake.introducer')}
          value={draft.introducer}
          onChange={set('introducer')}
          hint={t('intake.introducerHint')}
          error={fieldErrorFor(error, 'introducer')}
          autoComplete="off"
        />
        <TextField
          label={t('intake.introducerRelationship')}
          value={draft.introducerRelationship}
          onChange={set('introducerRelationship')}
          error={fieldErrorFor(error, 'introducerRelationship')}
          autoComplete="off"
        />
      </div>
      <TextAreaField
        label={t('intake.statedIntent')}
        value={draft.statedIntent}
        onChange={set('statedIntent')}
        hint={t('intake.statedIntentHint')}
        error={fieldErrorFor(error, 'statedIntent')}
        rows={3}
      />
    </fieldset>
  );
}
