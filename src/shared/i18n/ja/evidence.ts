import type { evidence as en } from '../en/evidence';

/** 審査ワークフロー（issue 5）の文言。 */
export const evidence: typeof en = {
  placeholderKeyRemoveMe: '',
};
