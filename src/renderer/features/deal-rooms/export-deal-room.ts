/**
 * Saves the interchange document of a deal-room as a .json file through the
 * browser's download (Electron shows its save dialog for it).
 */
import { downloadBlob } from '../../components/download-blob';

export function exportFileName(roomName: string, today: Date = new Date()): string {
  // Keep letters of any script (Japanese names stay readable); drop what file systems refuse.
  const safe = roomName.normalize('NFKC').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  const date = today.toISOString().slice(0, 10);
  return `${safe || 'deal-room'} ${date}.shinrai.json`;
}

export function downloadJson(document_: unknown, fileName: string): void {
  downloadBlob(new Blob([JSON.stringify(document_, null, 2)], { type: 'application/json' }), fileName);
}
