import type { templates as en } from '../en/templates';

/** templates 画面の文言（issue 4）。 */
export const templates: typeof en = {
  placeholderKeyRemoveMe: '',
};
