/** Contract operations of the vetting workflow (issue 5): the question bank, interview guides and answers. */
export const interviewOps = {} as const;
