import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyFingerprint, rawKeyPragmaValue, readRecoveryKey, recoveryKeyText } from './room-key';

describe('recovery keys', () => {
  it('writes a known key as 11 groups of 5 (worked example)', () => {
    // 32 zero bytes: 256 zero bits are 51 "0" digits plus one more (1 bit + 4 padding) = 52 "0"s;
    // the check is the first 15 bits of SHA-256(32 zero bytes) = 0x66687a…: 01100 11001 10100 → C, S, M.
    const zero = Buffer.alloc(32);
    expect(recoveryKeyText(zero)).toBe(`${'00000-'.repeat(10)}00CSM`);
    expect(rawKeyPragmaValue(zero)).toBe(`"x'${'00'.repeat(32)}'"`);
  });

  it('reads back every key it writes, also as people type it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.constantFrom<(s: string) => string>(
        (s) => s,
        (s) => s.toLowerCase(),
        (s) => s.replace(/-/g, ''),
        (s) => s.replace(/-/g, ' '),
        (s) => s.replace(/0/g, 'O').replace(/1/g, 'l'),
        (s) => s.normalize('NFKC').replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)), // full width
      ), (bytes, typeAs) => {
        const key = Buffer.from(bytes);
        const read = readRecoveryKey(typeAs(recoveryKeyText(key)));
        expect(read.ok && read.key.equals(key)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('tells a wrong length, a foreign character and a failed check apart', () => {
    const text = recoveryKeyText(Buffer.alloc(32, 7));
    expect(readRecoveryKey(text.slice(1))).toEqual({ ok: false, problem: 'length' });
    expect(readRecoveryKey(`${text.slice(0, -1)}U`)).toEqual({ ok: false, problem: 'characters' });
    expect(readRecoveryKey(`${text.slice(0, -1)}${text.endsWith('0') ? '1' : '0'}`)).toEqual({ ok: false, problem: 'check' });
  });

  it('fingerprints keys without repeating them', () => {
    const a = Buffer.alloc(32, 1);
    expect(keyFingerprint(a)).toMatch(/^[0-9a-f]{16}$/);
    expect(keyFingerprint(a)).not.toBe(keyFingerprint(Buffer.alloc(32, 2)));
    expect(a.toString('hex')).not.toContain(keyFingerprint(a));
  });
});
