import { describe, expect, it } from 'vitest';
import { ageBandOf, parseAgeBand } from '../../src/catalogue/index.ts';

describe('age bands', () => {
  it('reads closed and open bands and refuses others', () => {
    expect(parseAgeBand('6-11')).toEqual({ code: '6-11', from: 6, to: 11 });
    expect(parseAgeBand('80+')).toEqual({ code: '80+', from: 80, to: null });
    expect(parseAgeBand('11-6')).toBeUndefined();
    expect(parseAgeBand('under18')).toBeUndefined();
    expect(parseAgeBand('-5')).toBeUndefined();
  });

  it('places an age in its band, including both ends and the open top', () => {
    const bands = ['0-5', '6-11', '12-17', '18+'].flatMap((code) => parseAgeBand(code) ?? []);
    expect([0, 5, 6, 17, 18, 104].map((age) => ageBandOf(bands, age)?.code)).toEqual(['0-5', '0-5', '6-11', '12-17', '18+', '18+']);
    expect(ageBandOf(bands.slice(0, 3), 18)).toBeUndefined();
  });
});
