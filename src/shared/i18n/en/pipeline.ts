/** Texts of the vetting workflow's pipeline area (issue 5): screens, and the store's messages under errors. */
export const pipeline = {
  placeholderKeyRemoveMe: '',
};
