/**
 * One evaluator's score of one cell in full: value, confidence and rationale;
 * or clear it. The rationale is marked required as soon as the value typed
 * needs one under the room's rule, before the store would refuse it; a
 * submitted sheet shows the score read-only.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Confidence, type Score } from '../../../shared/domain/entities';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { ErrorText } from '../../components/error-text';
import { NumberField } from '../../components/number-field';
import { numberForApi, numberToText, parseNumberText } from '../../components/parse-number-text';
import { SelectField } from '../../components/select-field';
import { TextAreaField } from '../../components/text-area-field';
import { rationaleNeededForText } from './rationale-rule';
import type { CellKey } from './score-lookup';

interface ScoreFormProps {
  cell: CellKey;
  evaluatorId: string;
  evaluatorName: string;
  stored: Score | undefined;
  /** The evaluator's sheet is submitted: show, do not edit. */
  readOnly?: boolean;
}

export function ScoreForm({ cell, evaluatorId, evaluatorName, stored, readOnly = false }: ScoreFormProps) {
  const { t } = useTranslation('ui');
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const [value, setValue] = useState('');
  const [confidence, setConfidence] = useState<Confidence>('medium');
  const [rationale, setRationale] = useState('');

  useEffect(() => {
    setValue(numberToText(stored?.value));
    setConfidence(stored?.confidence ?? 'medium');
    setRationale(stored?.rationale ?? '');
    action.clearError();
  }, [stored?.value, stored?.confidence, stored?.rationale, evaluatorId, cell.candidateId, cell.criterionId]);

  const ref = { dealRoomId: detail.dealRoom.id, evaluatorId, ...cell };
  async function save(event: FormEvent) {
    event.preventDefault();
    await action.run(() => mutate('scores.set', { ...ref, value: numberForApi(parseNumberText(value)), confidence, rationale }));
  }

  const options = Confidence.options.map((c) => ({ value: c, label: t(`common:confidence.${c}`) }));
  const needsRationale = !readOnly && rationaleNeededForText(detail.dealRoom.rationaleRule, value);
  return (
    <form className="form form--panel" aria-label={t('scoring.caption', { name: evaluatorName })} onSubmit={save} noValidate>
      <div className="form__row form__row--tight">
        <NumberField label={t('scoring.score')} value={value} onChange={setValue} error={fieldErrorFor(action.error, 'value')} readOnly={readOnly} />
        <SelectField label={t('scoring.confidence')} value={confidence} options={options} onChange={setConfidence} error={fieldErrorFor(action.error, 'confidence')} disabled={readOnly} />
      </div>
      <TextAreaField
        label={needsRationale ? t('scoring.rationaleRequired') : t('scoring.rationale')}
        value={rationale}
        onChange={setRationale}
        hint={needsRationale ? t('scoring.rationaleRequiredHint') : t('scoring.rationaleHint')}
        error={fieldErrorFor(action.error, 'rationale')}
        required={needsRationale}
        readOnly={readOnly}
        rows={4}
      />
      <ErrorText message={formErrorFor(action.error, ['value', 'confidence', 'rationale'])} />
      {!readOnly && (
        <div className="form__actions">
          <button type="button" className="button button--quiet" disabled={!stored || action.busy} onClick={() => void action.run(() => mutate('scores.clear', ref))}>
            {t('scoring.clearScore')}
          </button>
          <button type="submit" className="button button--primary" disabled={action.busy}>
            {action.busy ? t('actions.saving') : t('scoring.saveScore')}
          </button>
        </div>
      )}
    </form>
  );
}
