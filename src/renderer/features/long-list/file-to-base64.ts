/**
 * A file's bytes as base64, the way the contract carries a long list. Built
 * in slices: String.fromCharCode with a whole 10 MB file's bytes as arguments
 * would overflow the call stack.
 */
const SLICE = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += SLICE) binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(binary);
}
