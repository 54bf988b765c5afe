/** Adds a criterion to a pillar, with its scale written down from the start. */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pillar } from '../../../shared/domain/entities';
import { labelName } from '../../../shared/domain/display-names';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { formErrorFor } from '../../components/api-error-placement';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { draftShares, type CriterionDraft } from './criteria-drafts';
import { CRITERION_FIELDS, CriterionFields } from './criterion-fields';
import { criterionPayload } from './criterion-patch';

const EMPTY: CriterionDraft = { nameEn: '', nameJa: '', description: '', anchor1: '', anchor3: '', anchor5: '', weight: '1', knockout: false, passMark: '3' };

export function AddCriterionDialog({ open, pillar, onClose }: { open: boolean; pillar: Pillar; onClose: () => void }) {
  const { t } = useTranslation('ui');
  const lang = useLanguage();
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const [draft, setDraft] = useState<CriterionDraft>(EMPTY);

  useEffect(() => {
    if (open) {
      setDraft(EMPTY);
      action.clearError();
    }
  }, [open]);

  // The share the new criterion would get: add it to a copy of the room and ask the engine.
  const previewId = '__new__';
  const share = open
    ? (draftShares(
        { ...detail, criteria: [...detail.criteria, { id: previewId, pillarId: pillar.id, nameEn: '', nameJa: '', description: '', anchor1: '', anchor3: '', anchor5: '', weight: 0, knockout: false, passMark: 3, sortOrder: Number.MAX_SAFE_INTEGER, libraryKey: '' }] },
        {},
        { [previewId]: draft },
      ).criteria[previewId] ?? 0)
    : 0;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const created = await action.run(() => mutate('criteria.create', { dealRoomId: detail.dealRoom.id, fields: { pillarId: pillar.id, ...criterionPayload(draft) } }));
    if (created) onClose();
  }

  return (
    <ModalDialog open={open} title={t('criteria.criterion.newLabel', { pillar: labelName(pillar, lang) })} onClose={onClose} className="dialog--wide">
      <form className="form" onSubmit={submit} noValidate>
        <CriterionFields draft={draft} onChange={setDraft} share={share} error={action.error} detailsOpen />
        <ErrorText message={formErrorFor(action.error, CRITERION_FIELDS)} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('actions.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={action.busy}>
            {action.busy ? t('actions.saving') : t('criteria.criterion.create')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
