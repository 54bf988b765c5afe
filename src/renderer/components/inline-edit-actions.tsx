/**
 * The buttons of an inline editor (a pillar or a criterion): Cancel while
 * there are unsaved edits, Delete (which asks first), and Save. Returned as a
 * fragment so each editor places them in its own layout.
 */
import { useTranslation } from 'react-i18next';

export interface InlineEditActionsProps {
  dirty: boolean;
  busy: boolean;
  onCancel: () => void;
  onDelete: () => void;
  deleteLabel: string;
  saveLabel: string;
}

export function InlineEditActions({ dirty, busy, onCancel, onDelete, deleteLabel, saveLabel }: InlineEditActionsProps) {
  const { t } = useTranslation('ui');
  return (
    <>
      {dirty && (
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      )}
      <button type="button" className="button button--quiet button--danger-text" onClick={onDelete}>
        {deleteLabel}
      </button>
      <button type="submit" className="button button--primary" disabled={busy || !dirty}>
        {busy ? t('actions.saving') : saveLabel}
      </button>
    </>
  );
}
