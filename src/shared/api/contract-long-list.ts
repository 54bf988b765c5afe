/** Contract operations of the vetting workflow (issue 5): long-list import from CSV and XLSX. */
export const longListOps = {} as const;
