/** Asks before deleting a deal-room, naming it, since deletion cannot be undone. */
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { useApiAction } from '../../app/use-api-action';
import { ConfirmDialog } from '../../components/confirm-dialog';

interface DeleteDealRoomDialogProps {
  open: boolean;
  room: { id: string; name: string };
  onCancel: () => void;
  onDeleted: () => void;
}

export function DeleteDealRoomDialog({ open, room, onCancel, onDeleted }: DeleteDealRoomDialogProps) {
  const { t } = useTranslation('ui');
  const api = useApi();
  const action = useApiAction();
  return (
    <ConfirmDialog
      open={open}
      title={t('dealRooms.deleteTitle', { name: room.name })}
      message={t('dealRooms.deleteBody', { name: room.name })}
      confirmLabel={t('dealRooms.deleteConfirm')}
      busy={action.busy}
      error={action.error?.message}
      onCancel={() => {
        action.clearError();
        onCancel();
      }}
      onConfirm={async () => {
        const done = await action.run(() => api.call('dealRooms.delete', { dealRoomId: room.id }));
        if (done) onDeleted();
      }}
    />
  );
}
