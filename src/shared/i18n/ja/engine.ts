import type { engine as en } from '../en/engine';

export const engine: typeof en = {};
