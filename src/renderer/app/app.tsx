/**
 * The application shell: boots from the saved settings (language, last room),
 * keeps the deal-room list, and lays out the header, the sidebar and the open
 * room with its sections. Native menu commands arrive here too.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/api/result';
import type { DealRoomSummary, Language } from '../../shared/domain/entities';
import { DealRoomFormDialog } from '../features/deal-rooms/deal-room-form-dialog';
import { DealRoomSidebar } from '../features/deal-rooms/deal-room-sidebar';
import { StartScreen } from '../features/deal-rooms/start-screen';
import { useApi } from './api-context';
import { AppHeader } from './app-header';
import { chooseRoomToOpen } from './choose-room-to-open';
import { DealRoomView } from './deal-room-view';
import { applyLanguage } from './renderer-i18n';
import { isSection, type Section } from './section-tabs';
import { useMenuCommands } from './use-menu-commands';
import { useSetLanguage } from './use-language';

type Boot = { status: 'loading' } | { status: 'ready' } | { status: 'failed'; error: ApiError };

export function App() {
  const { t, i18n } = useTranslation('ui');
  const api = useApi();
  const setLanguage = useSetLanguage();
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });
  const [rooms, setRooms] = useState<DealRoomSummary[]>([]);
  const [openId, setOpenId] = useState<string | null>(null);
  const [section, setSection] = useState<Section>('matrix');
  const [creating, setCreating] = useState(false);
  const [editRequest, setEditRequest] = useState(0);
  const [exportRequest, setExportRequest] = useState(0);
  const [reloadToken, setReloadToken] = useState(0);
  // react-i18next hands out a new i18n object on every language change; start()
  // must not depend on it, or switching language would restart the app and
  // throw away every screen's state (drafts, a finished simulation).
  const i18nRef = useRef(i18n);
  i18nRef.current = i18n;

  const refreshRooms = useCallback(async () => {
    const result = await api.call('dealRooms.list', { includeArchived: true });
    if (result.ok) setRooms(result.value);
    return result;
  }, [api]);

  const start = useCallback(async () => {
    setBoot({ status: 'loading' });
    // Both at once: the start screen waits for the slower one, not for their sum.
    const [settings, list] = await Promise.all([api.call('settings.get', {}), refreshRooms()]);
    if (!settings.ok) return setBoot({ status: 'failed', error: settings.error });
    await applyLanguage(i18nRef.current, settings.value.language);
    if (!list.ok) return setBoot({ status: 'failed', error: list.error });
    setOpenId(chooseRoomToOpen(list.value, settings.value.lastDealRoomId));
    setBoot({ status: 'ready' });
  }, [api, refreshRooms]);

  useEffect(() => {
    void start();
  }, [start]);

  // Another door (the CLI, a second window, Electron's own import) may have changed the rooms meanwhile.
  useEffect(() => {
    const onFocus = () => void refreshRooms();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refreshRooms]);

  const openRoom = useCallback(
    (id: string | null) => {
      setOpenId(id);
      void api.call('settings.update', { lastDealRoomId: id });
    },
    [api],
  );

  useMenuCommands((command) => {
    const [group, name] = command.split('.');
    if (group === 'view' && name && isSection(name)) setSection(name);
    else if (group === 'language' && (name === 'en' || name === 'ja')) void setLanguage(name as Language);
    else if (command === 'dealRoom.new') setCreating(true);
    else if (command === 'dealRoom.edit' && openId) setEditRequest((n) => n + 1);
    else if (command === 'dealRoom.export' && openId) setExportRequest((n) => n + 1);
    else if (command === 'dealRooms.refresh') {
      void refreshRooms();
      setReloadToken((n) => n + 1);
    }
  });

  const onRoomsChanged = useCallback(() => void refreshRooms(), [refreshRooms]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      {boot.status === 'loading' && (
        <p className="app__loading" role="status">
          {t('app.loading')}
        </p>
      )}
      {boot.status === 'failed' && (
        <div className="app__failed" role="alert">
          <p>{t('app.bootFailed', { message: boot.error.message })}</p>
          <button type="button" className="button" onClick={() => void start()}>
            {t('app.retry')}
          </button>
        </div>
      )}
      {boot.status === 'ready' && (
        <div className="workspace">
          <DealRoomSidebar
            rooms={rooms}
            currentId={openId}
            onOpen={openRoom}
            onCreate={() => setCreating(true)}
            onImported={(id) => {
              void refreshRooms();
              openRoom(id);
            }}
            onUnlocked={(id) => {
              void refreshRooms();
              openRoom(id);
            }}
          />
          <main id="main" className="main" tabIndex={-1}>
            {openId ? (
              <DealRoomView
                key={openId}
                dealRoomId={openId}
                section={section}
                onSection={setSection}
                onChanged={onRoomsChanged}
                editRequest={editRequest}
                exportRequest={exportRequest}
                reloadToken={reloadToken}
                encryption={rooms.find((r) => r.id === openId)?.encryption ?? 'none'}
                onDeleted={() => {
                  openRoom(null);
                  void refreshRooms();
                }}
              />
            ) : (
              <StartScreen onCreate={() => setCreating(true)} />
            )}
          </main>
        </div>
      )}
      <DealRoomFormDialog
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(room) => {
          setCreating(false);
          void refreshRooms();
          setSection('candidates');
          openRoom(room.id);
        }}
      />
    </div>
  );
}
