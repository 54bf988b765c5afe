import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from './file-to-base64';

describe('bytes to base64', () => {
  it('encodes as Node does, across slice boundaries and for every byte value', () => {
    const bytes = new Uint8Array(0x8000 * 2 + 7).map((_, i) => (i * 31 + 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('encodes Shift_JIS bytes and nothing at all', () => {
    expect(bytesToBase64(new Uint8Array([0x8e, 0xd0, 0x96, 0xbc, 0xb1]))).toBe('jtCWvLE=');
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});
