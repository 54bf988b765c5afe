/** Texts of the terms screen, side-by-side view, timeline and review (issue 6). */
export const termsReview = {
} as const;
