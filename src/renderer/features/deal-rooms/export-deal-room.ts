/**
 * Saves the interchange document of a deal-room as a .json file through the
 * browser's download (Electron shows its save dialog for it).
 */
export function exportFileName(roomName: string, today: Date = new Date()): string {
  // Keep letters of any script (Japanese names stay readable); drop what file systems refuse.
  const safe = roomName.normalize('NFKC').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  const date = today.toISOString().slice(0, 10);
  return `${safe || 'deal-room'} ${date}.shinrai.json`;
}

export function downloadJson(document_: unknown, fileName: string): void {
  const blob = new Blob([JSON.stringify(document_, null, 2)], { type: 'application/json' });
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
