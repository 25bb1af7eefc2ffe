import { describe, expect, it } from 'vitest';
import { calibrate, expectations } from '../calibration/calibrate';

describe('calibration against the reference workloads', () => {
  const cases = expectations();
  const results = calibrate(cases);

  it('has at least 40 reference workloads, each with accepted options and a basis', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const expected of cases) {
      expect(expected.accept.length, expected.file).toBeGreaterThan(0);
      expect(expected.basis.length, expected.file).toBeGreaterThan(20);
      expect(expected.accept.filter((option) => expected.mustNotWin.includes(option)), expected.file).toEqual([]);
    }
  });

  it('agrees with the expert in at least 95 % of the cases', () => {
    const disagreeing = results.filter((result) => !result.agrees).map((result) => `${result.file}: ${result.winner} (${result.status})`);
    expect(results.length - disagreeing.length, disagreeing.join('\n')).toBeGreaterThanOrEqual(Math.ceil(0.95 * results.length));
  });

  it('is never confidently wrong', () => {
    expect(results.filter((result) => result.confidentlyWrong).map((result) => result.file)).toEqual([]);
  });
});
