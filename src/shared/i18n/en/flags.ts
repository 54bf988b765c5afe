/** Texts of the vetting workflow's flags area (issue 5): screens, and the store's messages under errors. */
export const flags = {
  placeholderKeyRemoveMe: '',
};
