import { describe, expect, it } from 'vitest';
import * as format from '../../../shared/engine/format';

describe('sentence formats', () => {
  it('writes probabilities that claim 0% or 100% only when exact', () => {
    expect([0, 0.004, 0.5, 0.866, 0.996, 1].map(format.share)).toEqual(['0%', '<1%', '50%', '87%', '>99%', '100%']);
  });

  it('writes weights, points, ratings and counts without locale', () => {
    expect(format.percent(0.2215)).toBe('22%');
    expect(format.points(11)).toBe('11.0');
    expect([9, 6.5].map(format.rating)).toEqual(['9/10', '6.5/10']);
    expect([999, 10_000, 1_234_567].map(format.count)).toEqual(['999', '10,000', '1,234,567']);
  });

  it('joins lists and closes catalogue text', () => {
    expect([[], ['a'], ['a', 'b'], ['a', 'b', 'c']].map(format.list)).toEqual(['', 'a', 'a and b', 'a, b and c']);
    expect(format.sentence('Shares the kernel')).toBe('Shares the kernel.');
    expect(format.sentence('Shares the kernel. ')).toBe('Shares the kernel.');
    expect(format.clause('Shares the kernel.')).toBe('Shares the kernel');
  });
});
