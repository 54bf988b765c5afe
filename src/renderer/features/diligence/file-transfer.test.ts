import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './file-transfer';

describe('base64 in the renderer', () => {
  it('agrees with Node’s encoder, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const encoded = bytesToBase64(bytes);
        expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
        expect([...base64ToBytes(encoded)]).toEqual([...bytes]);
      }),
    );
  });

  it('copes with content far larger than one chunk', () => {
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
