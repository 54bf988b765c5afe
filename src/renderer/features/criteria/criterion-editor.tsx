/**
 * One criterion, edited in place. The draft lives in the Criteria screen so
 * that its weight moves every share on the screen while it is typed.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../../shared/domain/entities';
import { labelName } from '../../../shared/domain/display-names';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { formErrorFor } from '../../components/api-error-placement';
import { Badge } from '../../components/badge';
import { ConfirmDeleteDialog } from '../../components/confirm-delete-dialog';
import { ErrorText } from '../../components/error-text';
import { InlineEditActions } from '../../components/inline-edit-actions';
import { criterionDraftOf, sameDraft, type CriterionDraft } from './criteria-drafts';
import { CRITERION_FIELDS, CriterionFields } from './criterion-fields';
import { criterionPatch } from './criterion-patch';

interface CriterionEditorProps {
  criterion: Criterion;
  draft: CriterionDraft | undefined;
  onDraft: (draft: CriterionDraft | null) => void;
  share: number;
}

export function CriterionEditor({ criterion, draft, onDraft, share }: CriterionEditorProps) {
  const { t } = useTranslation('ui');
  const lang = useLanguage();
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const [confirming, setConfirming] = useState(false);
  const stored = criterionDraftOf(criterion);
  const current = draft ?? stored;
  const dirty = !sameDraft(current, stored);
  const name = labelName(criterion, lang);

  async function save(event: FormEvent) {
    event.preventDefault();
    const patch = criterionPatch(criterion, current);
    if (Object.keys(patch).length === 0) return onDraft(null);
    const saved = await action.run(() => mutate('criteria.update', { dealRoomId: detail.dealRoom.id, criterionId: criterion.id, patch }));
    if (saved) onDraft(null);
  }

  return (
    <li className={['criterion', dirty ? 'criterion--dirty' : null].filter(Boolean).join(' ')}>
      <form className="criterion__form" aria-label={name} onSubmit={save} noValidate>
        <div className="criterion__heading">
          <h4 className="criterion__name">{name}</h4>
          {criterion.knockout && <Badge tone="warn">{t('criteria.criterion.knockoutBadge')}</Badge>}
          {dirty && <Badge tone="accent">{t('criteria.criterion.unsaved')}</Badge>}
        </div>
        <CriterionFields
          draft={current}
          onChange={(next) => {
            action.clearError();
            onDraft(sameDraft(next, stored) ? null : next);
          }}
          share={share}
          error={action.error}
          detailsOpen={false}
          actions={
            <InlineEditActions
              dirty={dirty}
              busy={action.busy}
              onCancel={() => {
                action.clearError();
                onDraft(null);
              }}
              onDelete={() => setConfirming(true)}
              deleteLabel={t('criteria.criterion.delete')}
              saveLabel={t('criteria.criterion.save')}
            />
          }
        />
        <ErrorText message={formErrorFor(action.error, CRITERION_FIELDS)} />
      </form>
      {confirming && (
        <ConfirmDeleteDialog
          title={t('criteria.criterion.deleteTitle', { name })}
          message={t('criteria.criterion.deleteBody')}
          confirmLabel={t('criteria.criterion.deleteConfirm')}
          remove={() => mutate('criteria.delete', { dealRoomId: detail.dealRoom.id, criterionId: criterion.id })}
          onDeleted={() => {
            setConfirming(false);
            onDraft(null);
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </li>
  );
}
