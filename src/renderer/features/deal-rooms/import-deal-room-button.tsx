/** Import a deal-room from an exported JSON file (created all or nothing by the API). */
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { ImportJsonFileButton } from '../../components/import-json-file-button';

export function ImportDealRoomButton({ onImported }: { onImported: (id: string) => void }) {
  const { t } = useTranslation('ui');
  const api = useApi();
  return (
    <ImportJsonFileButton
      label={t('dealRooms.import.button')}
      busyLabel={t('dealRooms.import.busy')}
      notJson={(file) => t('dealRooms.import.notJson', { file })}
      buttonClassName="button button--block"
      send={(file) => api.call('dealRooms.import', { file })}
      onImported={(room) => onImported(room.id)}
    />
  );
}
