/** "Export portable file…": the open deal-room with its evidence files, saved as one .shinrai-room file. */
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { useApiAction } from '../../app/use-api-action';
import { ErrorText } from '../../components/error-text';
import { base64ToBytes, downloadFile } from '../diligence/file-transfer';
import './portable.css';

export function ExportPortableButton({ dealRoomId }: { dealRoomId: string }) {
  const { t } = useTranslation('portable');
  const api = useApi();
  const action = useApiAction();

  async function exportPortable() {
    // Nothing in the room changes, so there is nothing to refresh afterwards.
    const file = await action.run(() => api.call('portable.export', { dealRoomId }));
    if (file !== null) downloadFile(file.fileName, 'application/zip', base64ToBytes(file.contentBase64));
  }

  return (
    <span className="portable-export">
      <button type="button" className="button button--quiet" onClick={() => void exportPortable()} disabled={action.busy}>
        {action.busy ? t('export.busy') : t('export.button')}
      </button>
      <ErrorText message={action.error?.message} />
    </span>
  );
}
