/**
 * Recording what happened to a milestone: met, missed or waived on a day
 * (today unless said otherwise), with the actual value and the evidence; a
 * waiver needs its reason. "Back to pending" clears a recorded outcome.
 * The day matters: evaluation counts an outcome from the day it was settled.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Milestone, MilestoneStatus } from '../../../shared/domain/terms';
import { formatCalendarDate } from '../../../shared/i18n/format';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { DialogFormActions } from '../../components/dialog-form-actions';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { NumberField } from '../../components/number-field';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { amountText } from './amount-text';
import { draftFromOutcome, outcomeInput, type OutcomeDraft } from './milestone-draft';
import { todayIsoDate } from './phase-dates';
import { useRevealFirstError } from './use-reveal-first-error';
import { useTermLabels } from './use-term-labels';

const FIELD_NAMES = ['status', 'settledOn', 'actual', 'evidence', 'waivedReason'];
const STATUS_ORDER: readonly MilestoneStatus[] = ['met', 'missed', 'waived', 'pending'];

export function OutcomeDialog({ milestone, onClose }: { milestone: Milestone; onClose: () => void }) {
  const { t } = useTranslation('termsEditor');
  const lang = useLanguage();
  const labels = useTermLabels();
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const formRef = useRevealFirstError<HTMLFormElement>(action.error);
  const radioName = useId();
  const [draft, setDraft] = useState<OutcomeDraft>(() => draftFromOutcome(milestone, todayIsoDate()));
  const change = (patch: Partial<OutcomeDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    if (action.error) action.clearError();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await action.run(() => mutate('terms.recordOutcome', { dealRoomId: detail.dealRoom.id, milestoneId: milestone.id, ...outcomeInput(draft) }));
    if (done) onClose();
  }

  const statusText = (s: MilestoneStatus) => (s === 'pending' ? t('outcome.backToPending') : labels.label(labels.milestoneStatuses, s));
  const title = t('outcome.title', { code: milestone.code });
  const description = milestone.description || labels.measure(milestone);
  const due = formatCalendarDate(milestone.dueOn, lang);
  return (
    <ModalDialog open title={title} onClose={onClose} className="terms-dialog">
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={title}>
        <p className="dialog__message">
          {milestone.target === null
            ? t('outcome.planNoTarget', { description, due })
            : t('outcome.plan', { description, target: amountText(milestone.target, milestone.unit, lang), due })}
        </p>
        <fieldset className="outcome-status">
          <legend className="field__label">{t('outcome.status')}</legend>
          {STATUS_ORDER.map((s) => (
            <label key={s} className="choice-inline">
              <input type="radio" name={radioName} value={s} checked={draft.status === s} onChange={() => change({ status: s })} />
              {statusText(s)}
            </label>
          ))}
          <ErrorText message={fieldErrorFor(action.error, 'status')} />
        </fieldset>
        {draft.status !== 'pending' && (
          <div className="form__row">
            <TextField label={t('outcome.settledOn')} type="date" value={draft.settledOn} onChange={(settledOn) => change({ settledOn })} hint={t('outcome.settledOnHint')} error={fieldErrorFor(action.error, 'settledOn')} required />
            <NumberField label={milestone.unit.trim() ? t('outcome.actualIn', { unit: milestone.unit.trim() }) : t('outcome.actual')} value={draft.actual} onChange={(actual) => change({ actual })} hint={t('outcome.actualHint')} error={fieldErrorFor(action.error, 'actual')} />
          </div>
        )}
        {draft.status === 'waived' && (
          <TextAreaField label={t('outcome.waivedReason')} value={draft.waivedReason} onChange={(waivedReason) => change({ waivedReason })} hint={t('outcome.waivedReasonHint')} error={fieldErrorFor(action.error, 'waivedReason')} required rows={2} />
        )}
        <TextAreaField label={t('outcome.evidence')} value={draft.evidence} onChange={(evidence) => change({ evidence })} hint={t('outcome.evidenceHint')} error={fieldErrorFor(action.error, 'evidence')} rows={2} />
        <ErrorText message={formErrorFor(action.error, FIELD_NAMES)} />
        <DialogFormActions busy={action.busy} submitLabel={t('outcome.save')} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
