/** Contract operations of the vetting workflow (issue 5): red flags. */
export const flagOps = {} as const;
