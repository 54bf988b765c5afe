import { describe, expect, it } from 'vitest';
import { codePointWidth, displayWidth, padEndToWidth, padStartToWidth, truncateToWidth } from './display-width';

describe('displayWidth', () => {
  it('counts Latin letters, digits and punctuation as one column each', () => {
    expect(displayWidth('Aoba Trading K.K.')).toBe(17);
    expect(displayWidth('72.4%')).toBe(5);
    expect(displayWidth('')).toBe(0);
  });

  it('counts kanji, kana and full-width forms as two columns', () => {
    expect(displayWidth('青葉トレーディング')).toBe(18);
    expect(displayWidth('株式会社')).toBe(8);
    expect(displayWidth('ＡＢＣ１２３')).toBe(12);
    expect(displayWidth('（株）')).toBe(6);
    expect(displayWidth('、。「」')).toBe(8);
  });

  it('counts half-width katakana as one column', () => {
    expect(displayWidth('ｱｵﾊﾞ')).toBe(4);
  });

  it('mixes scripts correctly', () => {
    expect(displayWidth('KOL連携・臨床教育')).toBe(3 + 2 * 7);
    expect(displayWidth('Aoba 青葉')).toBe(5 + 4);
  });

  it('gives combining marks and zero-width characters no width', () => {
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('か\u3099')).toBe(2);
    expect(displayWidth('a\u200Bb')).toBe(2);
    expect(codePointWidth('\u0301')).toBe(0);
  });

  it('counts an emoji, including a joined sequence, as two columns', () => {
    expect(displayWidth('👍')).toBe(2);
    expect(displayWidth('👩‍💻')).toBe(2);
    expect(displayWidth('✔\uFE0F')).toBe(2);
  });
});

describe('padding and truncation', () => {
  it('pads to a display width on either side', () => {
    expect(padEndToWidth('青葉', 6)).toBe('青葉  ');
    expect(padStartToWidth('青葉', 6)).toBe('  青葉');
    expect(padEndToWidth('toolong', 3)).toBe('toolong');
  });

  it('cuts with an ellipsis, never halving a wide character', () => {
    expect(truncateToWidth('Kusunoki Medical Services', 10)).toBe('Kusunoki …');
    expect(displayWidth(truncateToWidth('Kusunoki Medical Services', 10))).toBe(10);
    // 4 columns of room before the ellipsis: two kanji fit, the third would straddle the edge.
    expect(truncateToWidth('紬ライフサイエンス', 6)).toBe('紬ラ…');
    expect(truncateToWidth('紬ライフサイエンス', 5)).toBe('紬ラ…');
    expect(truncateToWidth('short', 10)).toBe('short');
    expect(truncateToWidth('abc', 0)).toBe('');
  });
});
