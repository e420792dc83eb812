import { describe, expect, it } from 'vitest';
import { FULL_CONFIG, withEnvironmentSwitches } from '../../../bench/sections/content';

describe('the content bench switches', () => {
  it('leaves the configuration as it is when neither is set', () => {
    expect(withEnvironmentSwitches(FULL_CONFIG, {})).toEqual({ ...FULL_CONFIG, pageWords: null });
  });

  it.each([
    ['0', 0],
    ['2', 2],
    ['', FULL_CONFIG.markjsLoads],
  ])('PARALLAX_BENCH_MARKJS_LOADS=%j gives %i mark.js loads', (value, loads) => {
    expect(withEnvironmentSwitches(FULL_CONFIG, { PARALLAX_BENCH_MARKJS_LOADS: value }).markjsLoads).toBe(
      loads,
    );
  });

  it.each(['-1', '1.5', 'none'])('refuses PARALLAX_BENCH_MARKJS_LOADS=%j', (value) => {
    expect(() => withEnvironmentSwitches(FULL_CONFIG, { PARALLAX_BENCH_MARKJS_LOADS: value })).toThrow(
      /PARALLAX_BENCH_MARKJS_LOADS "[^"]*" is not a count/u,
    );
  });

  it('keeps the words of PARALLAX_BENCH_PAGES, dropping empty ones', () => {
    expect(withEnvironmentSwitches(FULL_CONFIG, { PARALLAX_BENCH_PAGES: 'seed,,50k' }).pageWords).toEqual([
      'seed',
      '50k',
    ]);
  });
});
