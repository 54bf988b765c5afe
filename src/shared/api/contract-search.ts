/** Contract operations of the vetting workflow (issue 5): search across a deal-room. */
export const searchOps = {} as const;
