/**
 * A phase's minimum target and incentive tiers (base, stretch, exceed): each
 * a metric and the value to reach, with its unit. A table of rows, one per
 * target, so several metrics can be mixed in one tier.
 */
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result';
import { fieldErrorFor } from '../../components/api-error-placement';
import { NumberField } from '../../components/number-field';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { errorWithin } from './error-paths';
import { newTargetDraft, type TargetDraft } from './phase-draft';
import { useTermLabels } from './use-term-labels';

interface PhaseTargetsFieldsProps {
  targets: TargetDraft[];
  onChange: (targets: TargetDraft[]) => void;
  /** The store's refusal about the phase; each row shows the part about itself ("fields.targets[0].value"). */
  error: ApiError | null;
}

export function PhaseTargetsFields({ targets, onChange, error }: PhaseTargetsFieldsProps) {
  const { t } = useTranslation('termsEditor');
  const labels = useTermLabels();
  const set = (i: number, patch: Partial<TargetDraft>) => onChange(targets.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <fieldset className="phase-targets">
      <legend className="field__label">{t('phase.targets')}</legend>
      <p className="field__hint">{t('phase.targetsHint')}</p>
      {targets.length > 0 && (
        <ol className="phase-targets__list">
          {targets.map((target, i) => {
            const rowError = errorWithin(error, `targets.${i}`);
            const n = i + 1;
            return (
              <li key={i} className="phase-targets__row">
                <SelectField label={t('phase.targetTier', { n })} value={target.tier} options={labels.tiers} onChange={(tier) => set(i, { tier })} error={fieldErrorFor(rowError, 'tier')} />
                <SelectField label={t('phase.targetMetric', { n })} value={target.metric} options={labels.metrics} onChange={(metric) => set(i, { metric })} error={fieldErrorFor(rowError, 'metric')} />
                {target.metric === 'custom' && (
                  <TextField label={t('phase.targetCustomMetric', { n })} value={target.customMetric} onChange={(customMetric) => set(i, { customMetric })} error={fieldErrorFor(rowError, 'customMetric')} />
                )}
                <NumberField label={t('phase.targetValue', { n })} value={target.value} onChange={(value) => set(i, { value })} error={fieldErrorFor(rowError, 'value')} />
                <TextField label={t('phase.targetUnit', { n })} value={target.unit} onChange={(unit) => set(i, { unit })} hint={t('phase.targetUnitHint')} error={fieldErrorFor(rowError, 'unit')} />
                <button type="button" className="button button--small button--danger-text phase-targets__remove" onClick={() => onChange(targets.filter((_, j) => j !== i))} aria-label={t('phase.removeTarget', { n })}>
                  {t('phase.remove')}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <div>
        <button type="button" className="button button--small" onClick={() => onChange([...targets, newTargetDraft(targets)])}>
          {t('phase.addTarget')}
        </button>
      </div>
    </fieldset>
  );
}
