import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../src/services/config.ts';

describe('the own municipality in the configuration', () => {
  it('defaults to the demo municipality, 999 "Demo Kommune"', () => {
    const config = configFromEnv({}, '/srv');
    expect([config.municipalityCode, config.municipalityName]).toEqual(['999', 'Demo Kommune']);
  });

  it('takes the name of a real code from the data file, unless INDIKATOR_MUNICIPALITY names it', () => {
    expect(configFromEnv({ INDIKATOR_MUNICIPALITY_CODE: '751' }, '/srv').municipalityName).toBe('Aarhus');
    expect(configFromEnv({ INDIKATOR_MUNICIPALITY_CODE: ' 101 ' }, '/srv').municipalityCode).toBe('101');
    const named = configFromEnv({ INDIKATOR_MUNICIPALITY_CODE: '101', INDIKATOR_MUNICIPALITY: 'Københavns Kommune' }, '/srv');
    expect([named.municipalityCode, named.municipalityName]).toEqual(['101', 'Københavns Kommune']);
  });

  it('refuses a code that is not three digits, and the whole country', () => {
    expect(() => configFromEnv({ INDIKATOR_MUNICIPALITY_CODE: '1010' }, '/srv')).toThrow(/tre cifre.*three-digit/s);
    expect(() => configFromEnv({ INDIKATOR_MUNICIPALITY_CODE: 'Aarhus' }, '/srv')).toThrow(/three-digit/);
    expect(() => configFromEnv({ INDIKATOR_MUNICIPALITY_CODE: '000' }, '/srv')).toThrow(/hele landet/);
  });
});
