/**
 * Native menu commands from Electron's menu bar (forwarded by the preload as
 * plain strings). In browser mode there is no bridge and nothing to listen to.
 */
import { useEffect, useRef } from 'react';
import { usePreloadBridge } from './api-context';

export function useMenuCommands(handler: (command: string) => void): void {
  const bridge = usePreloadBridge();
  // The latest handler, without re-subscribing on every render.
  const current = useRef(handler);
  useEffect(() => {
    current.current = handler;
  });
  useEffect(() => {
    if (!bridge) return undefined;
    return bridge.onMenuCommand((command) => current.current(command));
  }, [bridge]);
}
