/**
 * How this room's panel scores: open or independent (each with a sentence
 * on what it means), when a rationale is required, and the spread from which
 * the panel review flags a disagreement. One form, saved as one patch.
 */
import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RationaleRule, ScoringMode } from '../../../shared/domain/entities';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { ErrorText } from '../../components/error-text';
import { NumberField } from '../../components/number-field';
import { numberForApi, numberToText, parseNumberText } from '../../components/parse-number-text';
import { SelectField } from '../../components/select-field';
import { stepThreshold } from './threshold-step';

const FIELDS = ['scoringMode', 'rationaleRule', 'disagreementThreshold'] as const;

export function PanelSettingsForm() {
  const { t } = useTranslation('panel');
  const { detail, mutate } = useDealRoom();
  const room = detail.dealRoom;
  const action = useApiAction();
  const modeName = useId();
  const stored = { scoringMode: room.scoringMode, rationaleRule: room.rationaleRule, threshold: numberToText(room.disagreementThreshold) };
  const [draft, setDraft] = useState(stored);
  useEffect(() => setDraft(stored), [stored.scoringMode, stored.rationaleRule, stored.threshold]);
  const dirty = draft.scoringMode !== stored.scoringMode || draft.rationaleRule !== stored.rationaleRule || draft.threshold !== stored.threshold;

  async function save(event: FormEvent) {
    event.preventDefault();
    await action.run(() =>
      mutate('dealRooms.update', {
        dealRoomId: room.id,
        patch: { scoringMode: draft.scoringMode, rationaleRule: draft.rationaleRule, disagreementThreshold: numberForApi(parseNumberText(draft.threshold)) },
      }),
    );
  }

  function onThresholdKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    setDraft((d) => ({ ...d, threshold: stepThreshold(d.threshold, event.key === 'ArrowUp' ? 1 : -1) }));
  }

  const modeText: Record<ScoringMode, { label: string; explain: string }> = {
    open: { label: t('settings.mode.open'), explain: t('settings.mode.openExplain') },
    independent: { label: t('settings.mode.independent'), explain: t('settings.mode.independentExplain') },
  };
  const ruleLabels: Record<RationaleRule, string> = {
    extremes: t('settings.rule.extremes'),
    always: t('settings.rule.always'),
    never: t('settings.rule.never'),
  };
  const modeError = fieldErrorFor(action.error, 'scoringMode');

  return (
    <form className="form panel-settings" onSubmit={save} noValidate aria-labelledby="panel-settings-title">
      <h3 id="panel-settings-title" className="section-title">
        {t('settings.heading')}
      </h3>
      <fieldset className="choice-group" aria-invalid={modeError ? true : undefined}>
        <legend className="field__label">{t('settings.mode.label')}</legend>
        {ScoringMode.options.map((mode) => (
          <label key={mode} className="choice">
            <input
              type="radio"
              name={modeName}
              value={mode}
              checked={draft.scoringMode === mode}
              onChange={() => setDraft((d) => ({ ...d, scoringMode: mode }))}
              aria-describedby={`${modeName}-${mode}`}
            />
            <span className="choice__text">
              <span className="choice__label">{modeText[mode].label}</span>
              <span className="choice__explain" id={`${modeName}-${mode}`}>
                {modeText[mode].explain}
              </span>
            </span>
          </label>
        ))}
        <ErrorText message={modeError} />
      </fieldset>
      <div className="form__row">
        <SelectField
          label={t('settings.rule.label')}
          value={draft.rationaleRule}
          options={RationaleRule.options.map((r) => ({ value: r, label: ruleLabels[r] }))}
          onChange={(rationaleRule) => setDraft((d) => ({ ...d, rationaleRule }))}
          hint={t('settings.rule.hint')}
          error={fieldErrorFor(action.error, 'rationaleRule')}
        />
        <NumberField
          label={t('settings.threshold.label')}
          value={draft.threshold}
          onChange={(threshold) => {
            setDraft((d) => ({ ...d, threshold }));
            if (action.error) action.clearError();
          }}
          onKeyDown={onThresholdKey}
          hint={t('settings.threshold.hint')}
          error={fieldErrorFor(action.error, 'disagreementThreshold')}
        />
      </div>
      <ErrorText message={formErrorFor(action.error, FIELDS)} />
      <div className="form__actions">
        {dirty && (
          <button type="button" className="button button--quiet" onClick={() => setDraft(stored)}>
            {t('ui:actions.cancel')}
          </button>
        )}
        <button type="submit" className="button button--primary" disabled={action.busy || !dirty}>
          {action.busy ? t('ui:actions.saving') : t('settings.save')}
        </button>
      </div>
    </form>
  );
}
