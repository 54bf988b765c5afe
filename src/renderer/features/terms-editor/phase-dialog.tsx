/**
 * Adding or editing a phase: its name, when it runs (an end date, or a
 * duration in months that sets the end), its exclusivity, its scope and its
 * targets. The store's refusals appear at the field they name.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Phase } from '../../../shared/domain/terms';
import { formatCalendarDate } from '../../../shared/i18n/format';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { DialogFormActions } from '../../components/dialog-form-actions';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { NumberField } from '../../components/number-field';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { errorWithin } from './error-paths';
import { draftEndsOn, draftFromPhase, monthsProblem, newPhaseDraft, phaseFieldsFromDraft, type PhaseDraft } from './phase-draft';
import { PhaseTargetsFields } from './phase-targets-fields';
import { todayIsoDate } from './phase-dates';
import { ScopePicker } from './scope-picker';
import { useRevealFirstError } from './use-reveal-first-error';
import { useTermLabels } from './use-term-labels';

const FIELD_NAMES = ['name', 'startsOn', 'endsOn', 'exclusivity'];

interface PhaseDialogProps {
  termSheetId: string;
  /** The phase being edited; absent when adding one. */
  phase?: Phase;
  onClose: () => void;
}

export function PhaseDialog({ termSheetId, phase, onClose }: PhaseDialogProps) {
  const { t } = useTranslation('termsEditor');
  const lang = useLanguage();
  const labels = useTermLabels();
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const sheetPhases = detail.phases.filter((p) => p.termSheetId === termSheetId);
  const [draft, setDraft] = useState<PhaseDraft>(() => (phase ? draftFromPhase(phase) : newPhaseDraft(sheetPhases, todayIsoDate())));
  const [monthsError, setMonthsError] = useState(false);
  const formRef = useRevealFirstError<HTMLFormElement>(action.error ?? monthsError);

  const change = (patch: Partial<PhaseDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setMonthsError(false);
    if (action.error) action.clearError();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (monthsProblem(draft)) {
      setMonthsError(true);
      return;
    }
    const dealRoomId = detail.dealRoom.id;
    const fields = phaseFieldsFromDraft(draft);
    const done = await action.run(() => (phase ? mutate('terms.updatePhase', { dealRoomId, phaseId: phase.id, patch: fields }) : mutate('terms.addPhase', { dealRoomId, termSheetId, fields })));
    if (done) onClose();
  }

  const endsOn = draftEndsOn(draft);
  const endError = fieldErrorFor(action.error, 'endsOn');
  const scopeError = errorWithin(action.error, 'scope');
  // Errors inside the scope or a target row are shown there; anything else about the phase, at its field or for the form.
  const placedInside = scopeError !== null || draft.targets.some((_, i) => errorWithin(action.error, `targets.${i}`) !== null);
  const title = phase ? t('phase.editTitle', { name: phase.name }) : t('phase.addTitle');
  return (
    <ModalDialog open title={title} onClose={onClose} className="dialog--wide terms-dialog">
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={title}>
        <div className="form__row">
          <TextField label={t('phase.name')} value={draft.name} onChange={(name) => change({ name })} placeholder={t('phase.namePlaceholder')} error={fieldErrorFor(action.error, 'name')} required />
          <SelectField
            label={t('phase.exclusivity')}
            value={draft.exclusivity}
            options={labels.exclusivity}
            onChange={(exclusivity) => change({ exclusivity })}
            hint={t('phase.exclusivityHint')}
            error={fieldErrorFor(action.error, 'exclusivity')}
          />
        </div>
        <fieldset className="phase-dates">
          <legend className="field__label">{t('phase.when')}</legend>
          <div className="form__row">
            <TextField label={t('phase.startsOn')} type="date" value={draft.startsOn} onChange={(startsOn) => change({ startsOn })} error={fieldErrorFor(action.error, 'startsOn')} required />
            <div className="phase-dates__mode" role="radiogroup" aria-label={t('phase.endMode')}>
              <label className="choice-inline">
                <input type="radio" name="phase-end-mode" checked={draft.endMode === 'months'} onChange={() => change({ endMode: 'months', months: draft.months || '12' })} />
                {t('phase.endByMonths')}
              </label>
              <label className="choice-inline">
                <input type="radio" name="phase-end-mode" checked={draft.endMode === 'date'} onChange={() => change({ endMode: 'date', endsOn: endsOn || draft.endsOn })} />
                {t('phase.endByDate')}
              </label>
            </div>
            {draft.endMode === 'months' ? (
              <NumberField
                label={t('phase.months')}
                value={draft.months}
                onChange={(months) => change({ months })}
                hint={endsOn ? t('phase.endsOnComputed', { date: formatCalendarDate(endsOn, lang) }) : t('phase.monthsHint')}
                error={monthsError ? t('phase.monthsInvalid') : endError}
                inputMode="numeric"
              />
            ) : (
              <TextField label={t('phase.endsOn')} type="date" value={draft.endsOn} onChange={(v) => change({ endsOn: v })} hint={t('phase.endsOnHint')} error={endError} required />
            )}
          </div>
        </fieldset>
        <ScopePicker legend={t('phase.scope')} value={draft.scope} onChange={(scope) => change({ scope })} error={scopeError} />
        <PhaseTargetsFields targets={draft.targets} onChange={(targets) => change({ targets })} error={action.error} />
        <ErrorText message={placedInside ? undefined : formErrorFor(action.error, FIELD_NAMES)} />
        <DialogFormActions busy={action.busy} submitLabel={phase ? t('phase.save') : t('phase.add')} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
