/** Texts of the term-risk review and exit difficulty (issue 6): findings, remedies, reasons. */
export const termRisks = {
} as const;
