/**
 * Files between the browser and the contract, which carries content as
 * base64 text: read a picked file, and hand a stored one back as a download
 * (a Blob URL with the file's own name, in browser mode and Electron alike).
 */
import { downloadBlob } from '../../components/download-blob';

/** Characters per chunk handed to String.fromCharCode at once: large arrays overflow its argument list. */
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function downloadFile(fileName: string, mediaType: string, bytes: Uint8Array<ArrayBuffer>): void {
  downloadBlob(new Blob([bytes], { type: mediaType }), fileName);
}
