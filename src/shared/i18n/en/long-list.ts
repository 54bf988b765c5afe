/** Texts of the vetting workflow's longList area (issue 5): screens, and the store's messages under errors. */
export const longList = {
  placeholderKeyRemoveMe: '',
};
