/**
 * The standard requests (src/shared/diligence/standard-requests.ts) as a
 * checklist: those ticked are added to the candidate's list in one change,
 * in the reader's language, with the dates given.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../shared/domain/entities';
import { STANDARD_REQUESTS, type StandardRequestKey } from '../../../shared/diligence/standard-requests';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { CheckboxField } from '../../components/checkbox-field';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { TextField } from '../../components/text-field';

interface StandardRequestsDialogProps {
  open: boolean;
  candidate: Candidate;
  name: string;
  today: string;
  onClose: () => void;
}

export function StandardRequestsDialog({ open, candidate, name, today, onClose }: StandardRequestsDialogProps) {
  const { t, i18n } = useTranslation('evidence');
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const [chosen, setChosen] = useState<ReadonlySet<StandardRequestKey>>(new Set());
  const [requestedOn, setRequestedOn] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [noneChosen, setNoneChosen] = useState(false);

  useEffect(() => {
    if (!open) return;
    setChosen(new Set());
    setRequestedOn(today);
    setDueOn('');
    setNoneChosen(false);
    action.clearError();
  }, [open]);

  // A request already on the list, written in either language, is marked as such.
  const listed = new Set(detail.dueDiligence.filter((d) => d.candidateId === candidate.id).map((d) => d.item.trim()));
  const isListed = (label: string) => ['en', 'ja'].some((lng) => listed.has(i18n.t(label, { lng })));

  function toggle(key: StandardRequestKey, on: boolean) {
    setNoneChosen(false);
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen.size === 0) {
      setNoneChosen(true);
      return;
    }
    const items = STANDARD_REQUESTS.filter((r) => chosen.has(r.key)).map((r) => ({ item: t(r.label), requestedOn: requestedOn || null, dueOn: dueOn || null }));
    const added = await action.run(() => mutate('dueDiligence.add', { dealRoomId: detail.dealRoom.id, candidateId: candidate.id, items }));
    if (added) onClose();
  }

  const e = action.error;
  return (
    <ModalDialog open={open} title={t('standardForm.title', { name })} onClose={onClose} className="dialog--wide">
      <form className="form" onSubmit={submit} noValidate>
        <p className="dialog__message">{t('standardForm.intro')}</p>
        <fieldset className="diligence-standard">
          <legend className="field__label">{t('standardForm.choices')}</legend>
          {STANDARD_REQUESTS.map((r) => (
            <CheckboxField
              key={r.key}
              label={isListed(r.label) ? `${t(r.label)} ${t('standardForm.alreadyListed')}` : t(r.label)}
              checked={chosen.has(r.key)}
              onChange={(on) => toggle(r.key, on)}
            />
          ))}
        </fieldset>
        <div className="form__row">
          <TextField type="date" label={t('requestForm.requestedOn')} value={requestedOn} onChange={setRequestedOn} error={fieldErrorFor(e, 'requestedOn')} />
          <TextField type="date" label={t('requestForm.dueOn')} value={dueOn} onChange={setDueOn} error={fieldErrorFor(e, 'dueOn')} />
        </div>
        <ErrorText message={noneChosen ? t('standardForm.noneChosen') : formErrorFor(e, ['requestedOn', 'dueOn'])} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('ui:actions.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={action.busy}>
            {action.busy ? t('ui:actions.saving') : t('standardForm.submit', { count: chosen.size })}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
