/** The candidates as a table, with the compare tick and the row actions. */
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../shared/domain/entities';
import { candidateName } from '../../../shared/domain/display-names';
import { useLanguage } from '../../app/use-language';
import { TableRowActions } from '../../components/table-row-actions';

interface CandidateTableProps {
  candidates: Candidate[];
  onToggleCompared: (candidate: Candidate, compare: boolean) => void;
  onEdit: (candidate: Candidate) => void;
  onDelete: (candidate: Candidate) => void;
  busy: boolean;
}

export function CandidateTable({ candidates, onToggleCompared, onEdit, onDelete, busy }: CandidateTableProps) {
  const { t } = useTranslation('ui');
  const lang = useLanguage();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t('candidates.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="data-table__narrow">
              {t('candidates.columns.compared')}
            </th>
            <th scope="col">{t('candidates.columns.nameJa')}</th>
            <th scope="col">{t('candidates.columns.nameLatin')}</th>
            <th scope="col">{t('candidates.columns.headquarters')}</th>
            <th scope="col">{t('candidates.columns.type')}</th>
            <th scope="col">{t('candidates.columns.website')}</th>
            <th scope="col">{t('candidates.columns.notes')}</th>
            <th scope="col" className="data-table__actions-head">
              {t('candidates.columns.actions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((c) => {
            const name = candidateName(c, lang);
            return (
              <tr key={c.id} className={c.compared ? 'is-selected' : undefined}>
                <td className="data-table__narrow">
                  <input
                    type="checkbox"
                    className="checkbox"
                    checked={c.compared}
                    disabled={busy}
                    aria-label={t('candidates.compareLabel', { name })}
                    onChange={(e) => onToggleCompared(c, e.target.checked)}
                  />
                </td>
                <th scope="row" className="data-table__name" lang="ja">
                  {c.nameJa || '—'}
                </th>
                <td>{c.nameLatin || '—'}</td>
                <td>{c.headquarters}</td>
                <td>{t(`common:candidateType.${c.type}`)}</td>
                <td className="data-table__link">
                  {c.website && (
                    <a href={c.website} target="_blank" rel="noopener noreferrer">
                      {c.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                      <span className="visually-hidden"> {t('candidates.opensInBrowser')}</span>
                    </a>
                  )}
                </td>
                <td className="data-table__notes">
                  <div className="clamp-3" title={c.notes || undefined}>
                    {c.notes}
                  </div>
                </td>
                <TableRowActions
                  editLabel={t('candidates.editLabel', { name })}
                  deleteLabel={t('candidates.deleteLabel', { name })}
                  onEdit={() => onEdit(c)}
                  onDelete={() => onDelete(c)}
                />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
