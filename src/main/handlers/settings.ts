import type { Handlers } from '../../shared/api/contract';
import { roomNotFound, type DataDir } from '../store/data-dir';

export function settingsHandlers(store: DataDir): Pick<Handlers, 'settings.get' | 'settings.update'> {
  return {
    'settings.get': () => store.settings(),
    'settings.update': (patch) => {
      const last = patch.lastDealRoomId;
      if (last !== undefined && last !== null && !store.hasRoom(last)) throw roomNotFound(last, 'lastDealRoomId');
      return store.updateSettings(patch);
    },
  };
}
