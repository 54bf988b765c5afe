/** Add a request to a candidate's list, or edit one: what, when requested, due by when, its status and a note. */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../shared/domain/entities';
import { STANDARD_REQUESTS } from '../../../shared/diligence/standard-requests';
import type { DueDiligenceItem, DueDiligenceStatus } from '../../../shared/domain/vetting';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { DialogFormActions } from '../../components/dialog-form-actions';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { SelectField } from '../../components/select-field';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { useStatusOptions } from './status-options';

const FIELDS = ['item', 'requestedOn', 'dueOn', 'status', 'note'] as const;

interface Draft {
  item: string;
  requestedOn: string;
  dueOn: string;
  status: DueDiligenceStatus;
  note: string;
}

interface RequestFormDialogProps {
  open: boolean;
  candidate: Candidate;
  name: string;
  today: string;
  /** The request to edit; a new one when undefined. */
  request: DueDiligenceItem | undefined;
  onClose: () => void;
}

export function RequestFormDialog({ open, candidate, name, today, request, onClose }: RequestFormDialogProps) {
  const { t } = useTranslation('evidence');
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const statusOptions = useStatusOptions();
  const suggestionsId = useId();
  const [draft, setDraft] = useState<Draft>({ item: '', requestedOn: '', dueOn: '', status: 'requested', note: '' });

  useEffect(() => {
    if (!open) return;
    setDraft({
      item: request?.item ?? '',
      // A new request is usually made the day it is written down.
      requestedOn: request ? (request.requestedOn ?? '') : today,
      dueOn: request?.dueOn ?? '',
      status: request?.status ?? 'requested',
      note: request?.note ?? '',
    });
    action.clearError();
  }, [open, request?.id]);

  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const dealRoomId = detail.dealRoom.id;
    const fields = { ...draft, requestedOn: draft.requestedOn || null, dueOn: draft.dueOn || null };
    const saved = request
      ? await action.run(() => mutate('dueDiligence.update', { dealRoomId, itemId: request.id, patch: fields }))
      : await action.run(() => mutate('dueDiligence.add', { dealRoomId, candidateId: candidate.id, items: [fields] }));
    if (saved) onClose();
  }

  const e = action.error;
  return (
    <ModalDialog open={open} title={request ? t('requestForm.editTitle') : t('requestForm.newTitle', { name })} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('requestForm.item')}
          value={draft.item}
          onChange={set('item')}
          hint={t('requestForm.itemHint')}
          error={fieldErrorFor(e, 'item')}
          list={suggestionsId}
          required
          autoComplete="off"
        />
        <datalist id={suggestionsId}>
          {STANDARD_REQUESTS.map((r) => (
            <option key={r.key} value={t(r.label)} />
          ))}
        </datalist>
        <div className="form__row">
          <TextField type="date" label={t('requestForm.requestedOn')} value={draft.requestedOn} onChange={set('requestedOn')} error={fieldErrorFor(e, 'requestedOn')} />
          <TextField type="date" label={t('requestForm.dueOn')} value={draft.dueOn} onChange={set('dueOn')} error={fieldErrorFor(e, 'dueOn')} />
          <SelectField label={t('requestForm.status')} value={draft.status} options={statusOptions} onChange={set('status')} error={fieldErrorFor(e, 'status')} />
        </div>
        <TextAreaField label={t('requestForm.note')} value={draft.note} onChange={set('note')} hint={t('requestForm.noteHint')} error={fieldErrorFor(e, 'note')} />
        <ErrorText message={formErrorFor(e, FIELDS)} />
        <DialogFormActions busy={action.busy} submitLabel={request ? t('ui:actions.save') : t('requestForm.create')} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
