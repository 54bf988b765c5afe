/** Saves text as a file through the browser's download (Electron shows its save dialog for it). */
export function downloadTextFile(text: string, fileName: string, mediaType = 'text/markdown'): void {
  const blob = new Blob([text], { type: `${mediaType};charset=utf-8` });
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
