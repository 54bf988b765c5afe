/** Create a deal-room, or edit its name, product line, target market and notes. */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/api/result';
import type { DealRoom } from '../../../shared/domain/entities';
import { useApi } from '../../app/api-context';
import { useApiAction } from '../../app/use-api-action';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { DialogFormActions } from '../../components/dialog-form-actions';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { StartFromField } from '../templates/start-from-field';

const FIELDS = ['name', 'productLine', 'targetMarket', 'notes', 'templateId'] as const;

interface DealRoomFormDialogProps {
  open: boolean;
  /** The room to edit; absent to create a new one. */
  room?: Pick<DealRoom, 'id' | 'name' | 'productLine' | 'targetMarket' | 'notes'> | undefined;
  onClose: () => void;
  onSaved: (room: DealRoom) => void;
  /** How an edit is stored; the open room passes its own mutate so every screen re-reads it. */
  update?: (dealRoomId: string, patch: DealRoomDraft) => Promise<Result<DealRoom>>;
}

export interface DealRoomDraft {
  name: string;
  productLine: string;
  targetMarket: string;
  notes: string;
}

export function DealRoomFormDialog({ open, room, onClose, onSaved, update }: DealRoomFormDialogProps) {
  const { t } = useTranslation('ui');
  const api = useApi();
  const action = useApiAction();
  const [draft, setDraft] = useState<DealRoomDraft>({ name: '', productLine: '', targetMarket: '', notes: '' });
  /** A new room's starting criteria: '' for none, else a template's id. */
  const [templateId, setTemplateId] = useState('');

  useEffect(() => {
    if (!open) return;
    setDraft({ name: room?.name ?? '', productLine: room?.productLine ?? '', targetMarket: room?.targetMarket ?? '', notes: room?.notes ?? '' });
    setTemplateId('');
    action.clearError();
    // Reset only when the dialog opens, not while the user types.
  }, [open, room?.id]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await action.run(() =>
      room
        ? (update ?? ((id, patch) => api.call('dealRooms.update', { dealRoomId: id, patch })))(room.id, draft)
        : api.call('dealRooms.create', templateId === '' ? draft : { ...draft, templateId }),
    );
    if (saved) onSaved(saved);
  }

  const set = (key: keyof typeof draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const e = action.error;
  return (
    <ModalDialog open={open} title={room ? t('dealRooms.form.editTitle') : t('dealRooms.form.createTitle')} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <TextField label={t('dealRooms.form.name')} value={draft.name} onChange={set('name')} hint={t('dealRooms.form.nameHint')} error={fieldErrorFor(e, 'name')} required autoComplete="off" />
        <div className="form__row">
          <TextField label={t('dealRooms.form.productLine')} value={draft.productLine} onChange={set('productLine')} error={fieldErrorFor(e, 'productLine')} autoComplete="off" />
          <TextField label={t('dealRooms.form.targetMarket')} value={draft.targetMarket} onChange={set('targetMarket')} error={fieldErrorFor(e, 'targetMarket')} autoComplete="off" />
        </div>
        <TextAreaField label={t('dealRooms.form.notes')} value={draft.notes} onChange={set('notes')} error={fieldErrorFor(e, 'notes')} rows={4} />
        {!room && <StartFromField value={templateId} onChange={setTemplateId} error={fieldErrorFor(e, 'templateId')} />}
        <ErrorText message={formErrorFor(e, FIELDS)} />
        <DialogFormActions busy={action.busy} submitLabel={room ? t('actions.save') : t('dealRooms.form.create')} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
