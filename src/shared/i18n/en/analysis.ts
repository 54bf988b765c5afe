/** Texts of the renderer's analysis area (issue 4). */
export const analysis = {
  placeholderKeyRemoveMe: '',
};
