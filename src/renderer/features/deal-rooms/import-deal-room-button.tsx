/**
 * Import a deal-room from an exported JSON file. The file is read here and
 * handed to the API whole; the API validates it and creates the room all or
 * nothing, naming the first problem's place in the file if it refuses.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { useApiAction } from '../../app/use-api-action';
import { ErrorText } from '../../components/error-text';

export function ImportDealRoomButton({ onImported }: { onImported: (id: string) => void }) {
  const { t } = useTranslation('ui');
  const api = useApi();
  const action = useApiAction();
  const input = useRef<HTMLInputElement>(null);
  const [readError, setReadError] = useState<string | undefined>();

  async function onFile(file: File) {
    setReadError(undefined);
    action.clearError();
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setReadError(t('dealRooms.import.notJson', { file: file.name }));
      return;
    }
    const room = await action.run(() => api.call('dealRooms.import', { file: parsed }));
    if (room) onImported(room.id);
  }

  return (
    <div className="import-button">
      <button type="button" className="button button--block" onClick={() => input.current?.click()} disabled={action.busy}>
        {action.busy ? t('dealRooms.import.busy') : t('dealRooms.import.button')}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('dealRooms.import.button')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void onFile(file);
        }}
      />
      <ErrorText message={readError ?? action.error?.message} />
    </div>
  );
}
