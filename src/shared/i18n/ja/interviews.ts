import type { interviews as en } from '../en/interviews';

/** 審査ワークフロー（issue 5）の文言。 */
export const interviews: typeof en = {
  placeholderKeyRemoveMe: '',
};
