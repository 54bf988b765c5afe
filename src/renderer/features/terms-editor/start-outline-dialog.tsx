/**
 * Starting a term sheet from the staged outline (pilot → conditional
 * exclusivity → renewal, with first milestones and triggers): only the day
 * the pilot starts is asked; everything else can be changed afterwards.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { DialogFormActions } from '../../components/dialog-form-actions';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { TextField } from '../../components/text-field';
import { todayIsoDate } from './phase-dates';

export function StartOutlineDialog({ candidateId, candidateName, onClose }: { candidateId: string; candidateName: string; onClose: () => void }) {
  const { t } = useTranslation('termsEditor');
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const [startsOn, setStartsOn] = useState(() => todayIsoDate());

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await action.run(() => mutate('terms.createSheet', { dealRoomId: detail.dealRoom.id, candidateId, start: 'staged_outline', startsOn: startsOn || undefined }));
    if (done) onClose();
  }

  const title = t('start.outlineTitle', { name: candidateName });
  return (
    <ModalDialog open title={title} onClose={onClose} className="terms-dialog">
      <form className="form" onSubmit={submit} noValidate aria-label={title}>
        <p className="dialog__message">{t('start.outlineIntro')}</p>
        <TextField
          label={t('start.startsOn')}
          type="date"
          value={startsOn}
          onChange={(v) => {
            setStartsOn(v);
            if (action.error) action.clearError();
          }}
          hint={t('start.startsOnHint')}
          error={fieldErrorFor(action.error, 'startsOn')}
          required
        />
        <ErrorText message={formErrorFor(action.error, ['startsOn'])} />
        <DialogFormActions busy={action.busy} submitLabel={t('start.outlineSubmit')} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
