import type { termsReview as en } from '../en/terms-review';

/** Texts of the terms screen, side-by-side view, timeline and review (issue 6). */
export const termsReview: typeof en = {
};
