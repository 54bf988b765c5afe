/**
 * A grid cell the evaluator may not score: they declared a conflict of
 * interest with the candidate. It says so, and opens the side panel with the
 * declaration, so the reason is one keypress away.
 */
import { useTranslation } from 'react-i18next';

export function ConflictCell({ label, onSelect }: { label: string; onSelect: () => void }) {
  const { t } = useTranslation('panel');
  return (
    <button type="button" className="conflict-cell" onClick={onSelect} onFocus={onSelect} aria-label={t('scoring.conflictCellLabel', { cell: label })}>
      <span aria-hidden="true">{t('scoring.conflictCell')}</span>
    </button>
  );
}
