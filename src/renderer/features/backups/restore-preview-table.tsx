/** What a restore would do to each deal-room: as it is in the backup, as it is now. */
import { useTranslation } from 'react-i18next';
import type { RestorePreviewRow } from '../../../shared/api/contract-backups';
import { formatDateTime } from '../../../shared/i18n/format';
import { useLanguage } from '../../app/use-language';
import { Badge } from '../../components/badge';

const TONE = { same: 'neutral', changed: 'warn', onlyInBackup: 'accent', onlyNow: 'bad' } as const;

export function RestorePreviewTable({ rows }: { rows: RestorePreviewRow[] }) {
  const { t } = useTranslation('backups');
  const lang = useLanguage();
  const statusLabel = (status: RestorePreviewRow['status']) => {
    switch (status) {
      case 'same':
        return t('status.same');
      case 'changed':
        return t('status.changed');
      case 'onlyInBackup':
        return t('status.onlyInBackup');
      case 'onlyNow':
        return t('status.onlyNow');
    }
  };
  const at = (iso: string | null) => (iso ? formatDateTime(iso, lang) : '—');
  return (
    <table className="backups__table">
      <caption className="visually-hidden">{t('preview.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('preview.columns.room')}</th>
          <th scope="col">{t('preview.columns.status')}</th>
          <th scope="col">{t('preview.columns.inBackup')}</th>
          <th scope="col">{t('preview.columns.now')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.roomId}>
            <th scope="row">{row.currentName ?? row.backupName ?? row.roomId}</th>
            <td>
              <Badge tone={TONE[row.status]}>{statusLabel(row.status)}</Badge>
            </td>
            <td>
              {row.backupName === null && row.backupUpdatedAt === null ? (
                '—'
              ) : (
                <>
                  <span className="backups__name">{row.backupName ?? row.roomId}</span>
                  <span className="backups__when">{at(row.backupUpdatedAt)}</span>
                </>
              )}
            </td>
            <td>
              {row.status === 'onlyInBackup' ? (
                '—'
              ) : (
                <>
                  <span className="backups__name">{row.currentName ?? row.roomId}</span>
                  <span className="backups__when">{at(row.currentUpdatedAt)}</span>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
