/** Encryption at rest for a deal-room: the dialogs and the locked room in the list. */
export const encryption = {
  button: 'Encryption…',
  encryptedBadge: 'Encrypted',
  lockedBadge: 'Locked',
  dialogTitle: 'Encryption of “{{name}}”',
  none: {
    intro:
      'Encrypting this deal-room scrambles its file on disk: without the key, the file shows no company names, scores, notes or terms. Shinrai opens it as before while the key is at hand.',
    keptByKeychain: 'This computer keeps the key in the operating system’s keychain, so the room opens without asking. On another computer, or if the keychain is reset, the room opens only with the recovery key.',
    keptBySession:
      'Shinrai is running without an operating-system keychain (browser mode), so it keeps the key only until Shinrai stops. After each start, the room stays locked until someone enters its recovery key.',
    recoveryKeyLabel: 'Recovery key',
    recoveryKeyHint: 'Write it down or keep it in your company’s password manager. Nobody, including Shinrai’s makers, can open the room without it if the key on this computer is lost.',
    copy: 'Copy',
    copied: 'Copied',
    writtenDown: 'I have written down this recovery key or stored it safely',
    evidenceNote: 'Attached evidence files are stored beside the room and are not encrypted by this.',
    submit: 'Encrypt deal-room',
    confirmFirst: 'Tick the box above once the recovery key is kept somewhere safe: without it, a lost key locks the room for good.',
  },
  encrypted: {
    intro: 'This deal-room is encrypted on disk. Its key is at hand on this computer, so it opens as usual.',
    lock: 'Lock now',
    lockHint: 'Closes the room and forgets its key on this computer until its recovery key is entered again.',
    decrypt: 'Remove encryption…',
    decryptTitle: 'Remove the encryption of “{{name}}”?',
    decryptBody: 'The room’s file will be stored unencrypted again: anyone who can read the file can read its contents. The recovery key will no longer be needed.',
    decryptConfirm: 'Remove encryption',
    close: 'Close',
  },
  unlock: {
    button: 'Unlock…',
    buttonFor: 'Unlock {{name}}…',
    title: 'Unlock an encrypted deal-room',
    intro: 'This deal-room ({{file}}) is encrypted. Enter the recovery key that was shown when it was encrypted.',
    label: 'Recovery key',
    hint: '55 letters and digits in groups of five. Upper or lower case and the hyphens do not matter.',
    submit: 'Unlock',
  },
};
