/** Texts of the renderer's templates area (issue 4). */
export const templates = {
  placeholderKeyRemoveMe: '',
};
