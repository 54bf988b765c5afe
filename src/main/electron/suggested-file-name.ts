/**
 * A file name for exporting a deal-room, made from its name: Japanese is
 * kept, characters that Windows, macOS or Linux forbid in names are replaced,
 * and the length is bounded.
 */
export function suggestedFileName(dealRoomName: string): string {
  const cleaned = dealRoomName
    .normalize('NFC')
    // Forbidden on Windows (and "/" everywhere), plus control characters.
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.-]+$/g, '');
  const bounded = Array.from(cleaned).slice(0, 80).join('').trim();
  // Names Windows reserves for devices cannot be files, whatever the extension.
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(bounded);
  return `${bounded === '' || reserved ? 'deal-room' : bounded}.json`;
}
