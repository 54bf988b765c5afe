/**
 * The key of an encrypted deal-room and the recovery key a person writes down.
 *
 * A room key is 32 random bytes, given to SQLite3MultipleCiphers as a raw
 * SQLCipher 4 key (`x'…'`): being random already, it needs no password
 * stretching, so opening an encrypted room costs under a millisecond more.
 *
 * The recovery key is the same 32 bytes in Crockford's base32 (no I, L, O or
 * U to misread) followed by three check characters from its SHA-256, in
 * eleven groups of five: 55 characters a person can copy onto paper and type
 * back. Reading it forgives what people do when typing: lower case, spaces or
 * no hyphens, O for 0, I or L for 1, and full-width letters from a Japanese
 * input method. The check characters tell a typing mistake from a wrong key.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';

export const ROOM_KEY_BYTES = 32;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const KEY_CHARS = Math.ceil((ROOM_KEY_BYTES * 8) / 5); // 52
const CHECK_CHARS = 3;
const GROUP = 5;

export type RoomKey = Buffer;

export function newRoomKey(): RoomKey {
  return randomBytes(ROOM_KEY_BYTES);
}

function toBase32(bytes: Buffer, chars: number): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out.slice(0, chars);
}

function fromBase32(text: string, bytes: number): Buffer | undefined {
  const out = Buffer.alloc(bytes);
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const ch of text) {
    const digit = ALPHABET.indexOf(ch);
    if (digit < 0) return undefined;
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      if (at < bytes) out[at++] = (value >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  return at === bytes ? out : undefined;
}

function checkChars(key: RoomKey): string {
  return toBase32(createHash('sha256').update(key).digest(), CHECK_CHARS);
}

/** The recovery key as shown and printed: eleven groups of five characters. */
export function recoveryKeyText(key: RoomKey): string {
  const plain = toBase32(key, KEY_CHARS) + checkChars(key);
  return plain.match(new RegExp(`.{1,${GROUP}}`, 'g'))!.join('-');
}

export type RecoveryKeyReading = { ok: true; key: RoomKey } | { ok: false; problem: 'length' | 'characters' | 'check' };

/** Reads a recovery key as a person typed it (see the header for what is forgiven). */
export function readRecoveryKey(typed: string): RecoveryKeyReading {
  const folded = typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐‑–—ー_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if ([...folded].some((ch) => !ALPHABET.includes(ch))) return { ok: false, problem: 'characters' };
  if (folded.length !== KEY_CHARS + CHECK_CHARS) return { ok: false, problem: 'length' };
  const key = fromBase32(folded.slice(0, KEY_CHARS), ROOM_KEY_BYTES);
  if (!key) return { ok: false, problem: 'characters' };
  if (checkChars(key) !== folded.slice(KEY_CHARS)) return { ok: false, problem: 'check' };
  return { ok: true, key };
}

/** The value of `PRAGMA key`/`PRAGMA rekey` for a raw key (no password stretching). */
export function rawKeyPragmaValue(key: RoomKey): string {
  return `"x'${key.toString('hex')}'"`;
}

/**
 * A short fingerprint of the key, kept beside the encrypted file: it tells
 * "this recovery key is not the one of this room" before SQLite is asked,
 * and reveals nothing usable about the key (an HMAC, truncated).
 */
export function keyFingerprint(key: RoomKey): string {
  return createHmac('sha256', key).update('shinrai deal-room key fingerprint').digest('hex').slice(0, 16);
}
