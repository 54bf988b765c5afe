/** Saves text as a file through the browser's download (Electron shows its save dialog for it). */
import { downloadBlob } from '../../components/download-blob';

export function downloadTextFile(text: string, fileName: string, mediaType = 'text/markdown'): void {
  downloadBlob(new Blob([text], { type: `${mediaType};charset=utf-8` }), fileName);
}
