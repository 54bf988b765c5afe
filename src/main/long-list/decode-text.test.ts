import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, hasUtf16Bom } from './decode-text';

/**
 * Shift_JIS bytes written out by hand from the JIS X 0208 table (and cp932's
 * extensions), so the test does not trust the decoder to check itself.
 */
const SHIFT_JIS_SAMPLE = new Uint8Array([
  0x8e, 0xd0, // 社
  0x96, 0xbc, // 名
  0x2c, // ,
  0xb1, 0xb2, // ｱｲ (half-width katakana, one byte each)
  0x2c,
  0x83, 0x41, // ア (full-width katakana)
  0x82, 0x60, // Ａ (full-width Latin)
  0x82, 0x4f, // ０ (full-width digit)
  0x2c,
  0x87, 0x40, // ① (NEC special character, cp932)
  0xfb, 0xfc, // 髙 (IBM extension, cp932)
  0x81, 0x60, // ～ (wave dash as Windows maps it)
]);

describe('decoding a CSV file', () => {
  it('reads hand-encoded Shift_JIS, keeping half-width kana and full-width forms as they are', () => {
    expect(decodeText(SHIFT_JIS_SAMPLE)).toEqual({ encoding: 'shift_jis', text: '社名,ｱｲ,ＡＡ０,①髙～'.replace('ＡＡ', 'アＡ') });
  });

  it('reads the Shift_JIS fixture made with iconv (cp932) to the same text as its UTF-8 original', () => {
    const decoded = decodeText(readFileSync(join(__dirname, 'fixtures', 'long-list-shift-jis.csv')));
    expect(decoded?.encoding).toBe('shift_jis');
    expect(decoded?.text.split('\r\n')[2]).toBe('ﾐﾅﾓﾄ商事株式会社,Minamoto Shoji Ltd.,大阪府大阪市,商社,www.minamoto-shoji.example,ＭＥ機器の取扱実績あり①,紹介,髙橋 誠,2027-03-15,まずは関西で試験販売');
  });

  it('reads UTF-8 with a BOM, dropping the BOM, and without one', () => {
    const text = '会社名,ｶﾅ,Ａ\n';
    const plain = new TextEncoder().encode(text);
    expect(decodeText(plain)).toEqual({ encoding: 'utf-8', text });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toEqual({ encoding: 'utf-8-bom', text });
  });

  it('takes plain ASCII as UTF-8 (it is both)', () => {
    expect(decodeText(new TextEncoder().encode('Company,Website\n'))).toEqual({ encoding: 'utf-8', text: 'Company,Website\n' });
  });

  it('recognises a UTF-16 byte-order mark either way round', () => {
    expect([hasUtf16Bom(new Uint8Array([0xff, 0xfe, 0x41, 0])), hasUtf16Bom(new Uint8Array([0xfe, 0xff, 0, 0x41])), hasUtf16Bom(new Uint8Array([0xef, 0xbb, 0xbf]))]).toEqual([true, true, false]);
  });

  it('refuses bytes that are neither UTF-8 nor believable Shift_JIS: Windows-1252 letters, controls, a BOM over other bytes', () => {
    const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
    expect([latin1('Müller GmbH,Zürich'), latin1('Señor'), latin1('GÖTEBORG'), latin1('Österreich AG'), latin1('Façade')].map(decodeText)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(decodeText(new Uint8Array([0x54, 0x6f, 0xc0, 0x80]))).toBeUndefined();
    expect(decodeText(new Uint8Array([0xff, 0x41]))).toBeUndefined();
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x8e, 0xd0]))).toBeUndefined();
  });
});
