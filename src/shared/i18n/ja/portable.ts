import type { portable as en } from '../en/portable';

/** portable（issue 7）の文言。 */
export const portable: typeof en = {
  placeholderKeyRemoveMe: '',
};
