/**
 * The preload of the main window. It runs sandboxed, so it is bundled into
 * one CommonJS file (out/preload/index.cjs) that requires nothing but
 * 'electron'. It exposes exactly one object, `window.shinrai`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isOperationName } from '../../shared/api/contract';
import { createPreloadBridge } from './preload-bridge';

contextBridge.exposeInMainWorld(
  'shinrai',
  createPreloadBridge(ipcRenderer, isOperationName, () => document.documentElement.lang || 'en'),
);
