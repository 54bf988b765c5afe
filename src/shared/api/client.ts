/**
 * The one interface the renderer talks through. At boot it is backed by the
 * Electron preload bridge (IPC) or by HTTP to the browser-mode server; the
 * rest of the renderer cannot tell which.
 */
import type { InputOf, OperationName, OutputOf } from './contract';
import type { Result } from './result';

export interface ApiClient {
  call<N extends OperationName>(name: N, input: InputOf<N>): Promise<Result<OutputOf<N>>>;
}

/** What the Electron preload exposes on `window.shinrai`. */
export interface PreloadBridge {
  invoke(name: string, input: unknown): Promise<Result<unknown>>;
  /** Native menu commands forwarded to the renderer (e.g. "view.matrix", "language.ja"). */
  onMenuCommand(listener: (command: string) => void): () => void;
}
