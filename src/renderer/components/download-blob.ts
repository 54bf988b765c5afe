/**
 * Saves content as a file through the browser's download: a Blob URL with
 * the file's own name (Electron shows its save dialog for it). Exports,
 * interview guides and evidence files all leave the app this way.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or the download may find no data.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
