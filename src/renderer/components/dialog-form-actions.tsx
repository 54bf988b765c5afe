/**
 * The footer of every form dialog: Cancel, and the submit button that reads
 * "Saving…" while the call is under way. One place, so every dialog behaves
 * and is labelled the same way.
 */
import { useTranslation } from 'react-i18next';

export interface DialogFormActionsProps {
  busy: boolean;
  /** The submit button's label when not busy, e.g. "Save" or "Create deal-room". */
  submitLabel: string;
  onCancel: () => void;
}

export function DialogFormActions({ busy, submitLabel, onCancel }: DialogFormActionsProps) {
  const { t } = useTranslation('ui');
  return (
    <div className="dialog__actions">
      <button type="button" className="button" onClick={onCancel}>
        {t('actions.cancel')}
      </button>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t('actions.saving') : submitLabel}
      </button>
    </div>
  );
}
