/**
 * The confirmation before deleting a row (a candidate, an evaluator, a pillar,
 * a criterion): it runs the delete call itself, shows the API's error inside
 * the dialog, and closes only once the delete went through. Mounted only
 * while asking, so each time it opens with no old error.
 */
import type { Result } from '../../shared/api/result';
import { useApiAction } from '../app/use-api-action';
import { ConfirmDialog } from './confirm-dialog';

export interface ConfirmDeleteDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  /** The delete call through the contract. */
  remove: () => Promise<Result<unknown>>;
  /** After a successful delete (the caller closes the dialog here). */
  onDeleted: () => void;
  onCancel: () => void;
}

export function ConfirmDeleteDialog({ title, message, confirmLabel, remove, onDeleted, onCancel }: ConfirmDeleteDialogProps) {
  const action = useApiAction();
  return (
    <ConfirmDialog
      open
      title={title}
      message={message}
      confirmLabel={confirmLabel}
      busy={action.busy}
      error={action.error?.message}
      onCancel={onCancel}
      onConfirm={async () => {
        if ((await action.run(remove)) !== null) onDeleted();
      }}
    />
  );
}
