import { describe, expect, it } from 'vitest';
import type { MonteCarloCandidate, MonteCarloResult } from './monte-carlo';
import { describeMonteCarlo, formatShare } from './monte-carlo-sentences';

const names: Record<string, { en: string; ja: string }> = {
  asanagi: { en: 'Asanagi Medical', ja: '朝凪メディカル' },
  tsumugi: { en: 'Tsumugi Life Science', ja: '紬ライフサイエンス' },
  hayate: { en: 'Hayate HealthTech', ja: 'ハヤテヘルステック' },
  kaze: { en: 'Kazahana Partners', ja: '風花パートナーズ' },
  tsuru: { en: 'Tsurumino Shoji', ja: '鶴見野商事' },
};
const en = (id: string) => names[id]?.en ?? id;
const ja = (id: string) => names[id]?.ja ?? id;

function candidate(candidateId: string, firstShare: number, knockedOutShare = 0): MonteCarloCandidate {
  return { candidateId, firstShare, rankShares: [firstShare], knockedOutShare, meanTotal: 50 };
}

function result(draws: number, candidates: MonteCarloCandidate[]): MonteCarloResult {
  return { draws, seed: 1, weightJitter: 0.2, confidenceRadius: { high: 0.25, medium: 0.5, low: 1 }, candidates };
}

describe('describeMonteCarlo', () => {
  it('names the leader and the contenders by share, and sums up the long shots', () => {
    const r = result(10_000, [candidate('tsumugi', 0.1702), candidate('asanagi', 0.8123), candidate('hayate', 0.0141), candidate('kaze', 0.0021), candidate('tsuru', 0.0013)]);
    expect(describeMonteCarlo(r, en, 'en')).toBe(
      'Asanagi Medical ranks first in 81% of 10,000 draws; Tsumugi Life Science in 17%; Hayate HealthTech in 1%; the others in under 1%.',
    );
    expect(describeMonteCarlo(r, ja, 'ja')).toBe(
      '10,000回の試行のうち、朝凪メディカルが首位となったのは81%、紬ライフサイエンスは17%、ハヤテヘルステックは1%、その他の候補は1%未満でした。',
    );
  });

  it('names a single long shot, those that never rank first, and those knocked out in some draws', () => {
    const r = result(2_000, [candidate('asanagi', 0.9965), candidate('tsumugi', 0.0035), candidate('hayate', 0, 0.25), candidate('kaze', 0, 1)]);
    expect(describeMonteCarlo(r, en, 'en')).toBe(
      'Asanagi Medical ranks first in over 99% of 2,000 draws; Tsumugi Life Science in under 1%. ' +
        'Hayate HealthTech and Kazahana Partners never rank first. ' +
        'Knocked out in some draws: Hayate HealthTech (25%) and Kazahana Partners (100%).',
    );
    expect(describeMonteCarlo(r, ja, 'ja')).toBe(
      '2,000回の試行のうち、朝凪メディカルが首位となったのは99%超、紬ライフサイエンスは1%未満でした。' +
        'ハヤテヘルステック、風花パートナーズは一度も首位になりませんでした。' +
        '足切りとなった試行がある候補：ハヤテヘルステック（25%）、風花パートナーズ（100%）。',
    );
  });

  it('speaks of one draw, one candidate that never leads, and shared first places', () => {
    // Two tied in the only draw: each gets half of first place.
    const r = result(1, [candidate('asanagi', 0.5), candidate('tsumugi', 0.5), candidate('hayate', 0)]);
    expect(describeMonteCarlo(r, en, 'en')).toBe('Asanagi Medical ranks first in 50% of 1 draw; Tsumugi Life Science in 50%. Hayate HealthTech never ranks first.');
  });

  it('says so when nothing can be said', () => {
    expect(describeMonteCarlo(result(10_000, []), en, 'en')).toBe('No candidate is compared, so there is nothing to simulate.');
    expect(describeMonteCarlo(result(0, [candidate('asanagi', 0)]), en, 'en')).toBe('No draws have been run yet.');
    const allOut = result(500, [candidate('asanagi', 0, 1), candidate('tsumugi', 0, 1)]);
    expect(describeMonteCarlo(allOut, en, 'en')).toBe('Every candidate was knocked out in all 500 draws, so none ranked first.');
    expect(describeMonteCarlo(allOut, ja, 'ja')).toBe('500回の試行すべてで全候補が足切りとなったため、首位となった候補はありません。');
  });

  it('keeps 0% and 100% for never and always', () => {
    expect(formatShare(0, 'en')).toBe('0%');
    expect(formatShare(1, 'en')).toBe('100%');
    expect(formatShare(0.004, 'en')).toBe('under 1%');
    expect(formatShare(0.996, 'ja')).toBe('99%超');
    expect(formatShare(0.5049, 'en')).toBe('50%');
  });
});
