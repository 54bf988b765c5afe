/** Contract operations of the vetting workflow (issue 5): intake, suitor signals and the pipeline with its comparison gate. */
export const pipelineOps = {} as const;
