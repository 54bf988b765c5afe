import type { analysis as en } from '../en/analysis';

/** analysis 画面の文言（issue 4）。 */
export const analysis: typeof en = {
  placeholderKeyRemoveMe: '',
};
