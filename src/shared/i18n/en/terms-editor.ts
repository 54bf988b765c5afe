/** Texts of the term-sheet editor (issue 6). */
export const termsEditor = {
} as const;
