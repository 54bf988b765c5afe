import type { panel as en } from '../en/panel';

/** panel 画面の文言（issue 4）。 */
export const panel: typeof en = {
  placeholderKeyRemoveMe: '',
};
