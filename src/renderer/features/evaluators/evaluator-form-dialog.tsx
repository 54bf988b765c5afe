/** Add or edit an evaluator: a name, the department they speak for and their role. */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluator } from '../../../shared/domain/entities';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { DialogFormActions } from '../../components/dialog-form-actions';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { TextField } from '../../components/text-field';

const FIELDS = ['name', 'department', 'role'] as const;

export function EvaluatorFormDialog({ open, evaluator, onClose }: { open: boolean; evaluator?: Evaluator | undefined; onClose: () => void }) {
  const { t } = useTranslation('ui');
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const [draft, setDraft] = useState({ name: '', department: '', role: '' });

  useEffect(() => {
    if (!open) return;
    setDraft({ name: evaluator?.name ?? '', department: evaluator?.department ?? '', role: evaluator?.role ?? '' });
    action.clearError();
  }, [open, evaluator?.id]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const dealRoomId = detail.dealRoom.id;
    const saved = await action.run(() =>
      evaluator ? mutate('evaluators.update', { dealRoomId, evaluatorId: evaluator.id, patch: draft }) : mutate('evaluators.create', { dealRoomId, fields: draft }),
    );
    if (saved) onClose();
  }

  const e = action.error;
  return (
    <ModalDialog open={open} title={evaluator ? t('evaluators.formLabel', { name: evaluator.name }) : t('evaluators.newLabel')} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <TextField label={t('evaluators.name')} value={draft.name} onChange={(name) => setDraft((d) => ({ ...d, name }))} error={fieldErrorFor(e, 'name')} required autoComplete="off" />
        <TextField label={t('evaluators.department')} value={draft.department} onChange={(department) => setDraft((d) => ({ ...d, department }))} error={fieldErrorFor(e, 'department')} autoComplete="off" />
        <TextField label={t('evaluators.role')} value={draft.role} onChange={(role) => setDraft((d) => ({ ...d, role }))} hint={t('evaluators.roleHint')} error={fieldErrorFor(e, 'role')} autoComplete="off" />
        <ErrorText message={formErrorFor(e, FIELDS)} />
        <DialogFormActions busy={action.busy} submitLabel={evaluator ? t('actions.save') : t('evaluators.create')} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
