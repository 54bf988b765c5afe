/** Contract operations of the vetting workflow (issue 5): evidence files and the due-diligence request list. */
export const evidenceOps = {} as const;
