/**
 * The trigger builder: a code and a name, the condition over this sheet's
 * milestones, and one or more actions. The rule reads back as a sentence
 * (the engine's own words) under the form as it is built.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Milestone, Phase, Trigger } from '../../../shared/domain/terms';
import { describeTrigger } from '../../../shared/terms/evaluate-term-sheet';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { DialogFormActions } from '../../components/dialog-form-actions';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { TextField } from '../../components/text-field';
import { errorWithin } from './error-paths';
import { TriggerActionFields } from './trigger-action-fields';
import { TriggerConditionFields } from './trigger-condition-fields';
import { useRevealFirstError } from './use-reveal-first-error';
import { defaultGrantScope, draftFromTrigger, newActionDraft, newTriggerDraft, triggerFieldsFromDraft, triggerPreview, type ActionDraft, type TriggerDraft } from './trigger-draft';

interface TriggerDialogProps {
  termSheetId: string;
  phases: readonly Phase[];
  milestones: readonly Milestone[];
  triggers: readonly Trigger[];
  trigger?: Trigger;
  onClose: () => void;
}

export function TriggerDialog({ termSheetId, phases, milestones, triggers, trigger, onClose }: TriggerDialogProps) {
  const { t } = useTranslation('termsEditor');
  const lang = useLanguage();
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const formRef = useRevealFirstError<HTMLFormElement>(action.error);
  const [draft, setDraft] = useState<TriggerDraft>(() => (trigger ? draftFromTrigger(trigger, phases) : newTriggerDraft(triggers, phases)));
  const change = (patch: Partial<TriggerDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    if (action.error) action.clearError();
  };
  const changeAction = (i: number, patch: Partial<ActionDraft>) => change({ actions: draft.actions.map((a, j) => (j === i ? { ...a, ...patch } : a)) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const dealRoomId = detail.dealRoom.id;
    const fields = triggerFieldsFromDraft(draft);
    const done = await action.run(() => (trigger ? mutate('terms.updateTrigger', { dealRoomId, triggerId: trigger.id, patch: fields }) : mutate('terms.addTrigger', { dealRoomId, termSheetId, fields })));
    if (done) onClose();
  }

  const preview = triggerPreview(draft, termSheetId);
  const placedInside = errorWithin(action.error, 'condition') !== null || draft.actions.some((_, i) => errorWithin(action.error, `actions.${i}`) !== null);
  const title = trigger ? t('trigger.editTitle', { code: trigger.code }) : t('trigger.addTitle');
  return (
    <ModalDialog open title={title} onClose={onClose} className="dialog--wide terms-dialog">
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={title}>
        <div className="form__row">
          <TextField label={t('trigger.code')} value={draft.code} onChange={(code) => change({ code })} hint={t('trigger.codeHint')} error={fieldErrorFor(action.error, 'code')} />
          <TextField label={t('trigger.name')} value={draft.name} onChange={(name) => change({ name })} placeholder={t('trigger.namePlaceholder')} error={fieldErrorFor(action.error, 'name')} />
        </div>
        <TriggerConditionFields draft={draft} milestones={milestones} onChange={change} error={action.error} />
        <fieldset className="trigger-actions">
          <legend className="terms-dialog__legend">{t('trigger.then')}</legend>
          <ol className="trigger-actions__list">
            {draft.actions.map((a, i) => (
              <TriggerActionFields
                key={i}
                index={i}
                action={a}
                onChange={(patch) => changeAction(i, patch)}
                onRemove={draft.actions.length > 1 ? () => change({ actions: draft.actions.filter((_, j) => j !== i) }) : null}
                error={action.error}
              />
            ))}
          </ol>
          <div>
            <button type="button" className="button button--small" onClick={() => change({ actions: [...draft.actions, newActionDraft('revert_non_exclusive', defaultGrantScope(phases))] })} disabled={draft.actions.length >= 10}>
              {t('action.add')}
            </button>
          </div>
        </fieldset>
        <div className="trigger-preview" aria-live="polite">
          <p className="trigger-preview__label">{t('trigger.preview')}</p>
          <p className="trigger-preview__text">{preview ? describeTrigger(preview, milestones, lang) : t('trigger.previewIncomplete')}</p>
        </div>
        <ErrorText message={placedInside ? undefined : formErrorFor(action.error, ['code', 'name', 'actions'])} />
        <DialogFormActions busy={action.busy} submitLabel={trigger ? t('trigger.save') : t('trigger.add')} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
