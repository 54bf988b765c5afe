/**
 * The last cell of a data-table row: Edit and Delete, each with an accessible
 * name that says which row it acts on. Shared by the candidates and evaluators
 * tables so both read and behave the same way.
 */
import { useTranslation } from 'react-i18next';

export interface TableRowActionsProps {
  /** Accessible name of the Edit button, e.g. "Edit Acme". */
  editLabel: string;
  /** Accessible name of the Delete button, e.g. "Delete Acme". */
  deleteLabel: string;
  onEdit: () => void;
  onDelete: () => void;
}

export function TableRowActions({ editLabel, deleteLabel, onEdit, onDelete }: TableRowActionsProps) {
  const { t } = useTranslation('ui');
  return (
    <td className="data-table__actions">
      <button type="button" className="button button--small" onClick={onEdit} aria-label={editLabel}>
        {t('actions.edit')}
      </button>
      <button type="button" className="button button--small button--danger-text" onClick={onDelete} aria-label={deleteLabel}>
        {t('actions.delete')}
      </button>
    </td>
  );
}
