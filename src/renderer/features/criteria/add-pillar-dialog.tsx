/** Adds a pillar: a group of criteria with its own weight against the other pillars. */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { NumberField } from '../../components/number-field';
import { TextField } from '../../components/text-field';
import type { PillarDraft } from './criteria-drafts';
import { pillarPayload } from './criterion-patch';

const EMPTY: PillarDraft = { nameEn: '', nameJa: '', weight: '1' };
const FIELDS = ['nameEn', 'nameJa', 'weight'] as const;

export function AddPillarDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('ui');
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const [draft, setDraft] = useState<PillarDraft>(EMPTY);

  useEffect(() => {
    if (open) {
      setDraft(EMPTY);
      action.clearError();
    }
  }, [open]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const created = await action.run(() => mutate('pillars.create', { dealRoomId: detail.dealRoom.id, fields: pillarPayload(draft) }));
    if (created) onClose();
  }
  const set = (key: keyof PillarDraft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const e = action.error;
  return (
    <ModalDialog open={open} title={t('criteria.pillar.newLabel')} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <div className="form__row">
          <TextField label={t('criteria.pillar.nameEn')} value={draft.nameEn} onChange={set('nameEn')} error={fieldErrorFor(e, 'nameEn')} lang="en" autoComplete="off" />
          <TextField label={t('criteria.pillar.nameJa')} value={draft.nameJa} onChange={set('nameJa')} error={fieldErrorFor(e, 'nameJa')} lang="ja" autoComplete="off" />
        </div>
        <NumberField label={t('criteria.pillar.weight')} value={draft.weight} onChange={set('weight')} error={fieldErrorFor(e, 'weight')} />
        <ErrorText message={formErrorFor(e, FIELDS)} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('actions.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={action.busy}>
            {action.busy ? t('actions.saving') : t('criteria.pillar.create')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
