/** Texts of the vetting workflow's interviews area (issue 5): screens, and the store's messages under errors. */
export const interviews = {
  placeholderKeyRemoveMe: '',
};
