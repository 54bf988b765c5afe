/**
 * Planning a milestone: its code (what triggers and sentences call it), the
 * phase it belongs to, what it measures, the target and unit, the due date
 * and a description. Its outcome is recorded separately (outcome-dialog.tsx).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Milestone, Phase } from '../../../shared/domain/terms';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { DialogFormActions } from '../../components/dialog-form-actions';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { NumberField } from '../../components/number-field';
import { SelectField } from '../../components/select-field';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { draftFromMilestone, milestonePatch, milestonePlanFields, newMilestoneDraft, type MilestonePlanDraft } from './milestone-draft';
import { useRevealFirstError } from './use-reveal-first-error';
import { useTermLabels } from './use-term-labels';

const FIELD_NAMES = ['code', 'phaseId', 'metric', 'customMetric', 'description', 'target', 'unit', 'dueOn'];

interface MilestoneDialogProps {
  phase: Phase;
  /** The sheet's phases, to move a milestone between them. */
  phases: readonly Phase[];
  milestone?: Milestone;
  onClose: () => void;
}

export function MilestoneDialog({ phase, phases, milestone, onClose }: MilestoneDialogProps) {
  const { t } = useTranslation('termsEditor');
  const labels = useTermLabels();
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const formRef = useRevealFirstError<HTMLFormElement>(action.error);
  const [draft, setDraft] = useState<MilestonePlanDraft>(() =>
    milestone ? draftFromMilestone(milestone) : newMilestoneDraft(phase, detail.milestones.filter((m) => m.termSheetId === phase.termSheetId)),
  );
  const change = (patch: Partial<MilestonePlanDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    if (action.error) action.clearError();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const dealRoomId = detail.dealRoom.id;
    const done = await action.run(() =>
      milestone
        ? mutate('terms.updateMilestone', { dealRoomId, milestoneId: milestone.id, patch: milestonePatch(draft, milestone) })
        : mutate('terms.addMilestone', { dealRoomId, phaseId: draft.phaseId, fields: milestonePlanFields(draft) }),
    );
    if (done) onClose();
  }

  const title = milestone ? t('milestone.editTitle', { code: milestone.code }) : t('milestone.addTitle', { phase: phase.name });
  return (
    <ModalDialog open title={title} onClose={onClose} className="dialog--wide terms-dialog">
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={title}>
        <div className="form__row">
          <TextField label={t('milestone.code')} value={draft.code} onChange={(code) => change({ code })} hint={t('milestone.codeHint')} error={fieldErrorFor(action.error, 'code')} />
          {milestone && phases.length > 1 && (
            <SelectField
              label={t('milestone.phase')}
              value={draft.phaseId}
              options={phases.map((p) => ({ value: p.id, label: p.name }))}
              onChange={(phaseId) => change({ phaseId })}
              error={fieldErrorFor(action.error, 'phaseId')}
            />
          )}
          <SelectField label={t('milestone.metric')} value={draft.metric} options={labels.metrics} onChange={(metric) => change({ metric })} error={fieldErrorFor(action.error, 'metric')} />
          {draft.metric === 'custom' && (
            <TextField label={t('milestone.customMetric')} value={draft.customMetric} onChange={(customMetric) => change({ customMetric })} error={fieldErrorFor(action.error, 'customMetric')} />
          )}
        </div>
        <TextAreaField
          label={t('milestone.description')}
          value={draft.description}
          onChange={(description) => change({ description })}
          hint={t('milestone.descriptionHint')}
          error={fieldErrorFor(action.error, 'description')}
          rows={2}
        />
        <div className="form__row">
          <NumberField label={t('milestone.target')} value={draft.target} onChange={(target) => change({ target })} hint={t('milestone.targetHint')} error={fieldErrorFor(action.error, 'target')} />
          <TextField label={t('milestone.unit')} value={draft.unit} onChange={(unit) => change({ unit })} hint={t('milestone.unitHint')} error={fieldErrorFor(action.error, 'unit')} />
          <TextField label={t('milestone.dueOn')} type="date" value={draft.dueOn} onChange={(dueOn) => change({ dueOn })} error={fieldErrorFor(action.error, 'dueOn')} required />
        </div>
        <ErrorText message={formErrorFor(action.error, FIELD_NAMES)} />
        <DialogFormActions busy={action.busy} submitLabel={milestone ? t('milestone.save') : t('milestone.add')} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
