import { describe, expect, it } from 'vitest';
import { COUNTRIES, countryCodeOf, normaliseCountryText, resolveCountry } from '../../src/origin/index.ts';

const code = (text: string): string | null => countryCodeOf(resolveCountry(text));

describe('resolveCountry', () => {
  it.each(['Tyrkiet', 'Turkey', 'TUR', 'TR', 'tyrkiet ', 'Türkiye', 'TYRKIET', '  tr  ', 'tur'])('Turkey spelt %j → TR', (text) => {
    expect(resolveCountry(text)).toEqual({ kind: 'country', code: 'TR' });
  });

  it.each([
    ['Rumænien', 'RO'],
    ['Rumaenien', 'RO'],
    ['Østrig', 'AT'],
    ['Oestrig', 'AT'],
    ['Ostrig', 'AT'],
    ['Færøerne', 'FO'],
    ['Faeroeerne', 'FO'],
    ['Grønland', 'GL'],
    ['Groenland', 'GL'],
    ['Åland', 'AX'],
    ['Aaland', 'AX'],
    ['Ækvatorialguinea', 'GQ'],
    ['Elfenbenskysten', 'CI'],
    ["Côte d'Ivoire", 'CI'],
    ['Côte d’Ivoire', 'CI'],
  ])('Danish letters and accents: %j → %s', (text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['USA', 'US'],
    ['United States of America', 'US'],
    ['Storbritannien', 'GB'],
    ['Great Britain', 'GB'],
    ['England', 'GB'],
    ['Holland', 'NL'],
    ['Nederlandene', 'NL'],
    ['Bosnien-Hercegovina', 'BA'],
    ['Bosnien Hercegovina', 'BA'],
    ['Bosnia and Herzegovina', 'BA'],
    ['Syrien', 'SY'],
    ['Syrian Arab Republic', 'SY'],
    ['Irak', 'IQ'],
    ['Iraq', 'IQ'],
    ['Iran', 'IR'],
    ['Afghanistan', 'AF'],
    ['Somalia', 'SO'],
    ['Eritrea', 'ER'],
    ['Ukraine', 'UA'],
    ['Polen', 'PL'],
    ['Pakistan', 'PK'],
    ['Libanon', 'LB'],
    ['Vietnam', 'VN'],
    ['Viet Nam', 'VN'],
    ['Sri Lanka', 'LK'],
    ['Hviderusland', 'BY'],
    ['Makedonien', 'MK'],
    ['Burma', 'MM'],
    ['Jemen', 'YE'],
    ['Palæstina', 'PS'],
    ['Den Demokratiske Republik Congo', 'CD'],
    ['Congo-Brazzaville', 'CG'],
    ['Kosovo', 'XK'],
  ])('names and aliases: %j → %s', (text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each([
    ['Jugoslavien', 'YU'],
    ['Sovjetunionen', 'SU'],
    ['Serbien og Montenegro', 'CS'],
    ['Østtyskland', 'DE'],
  ])('historic states: %j → %s', (text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it.each(['statsløs', 'Statsløs', 'statsloes', 'stateless', 'XXA', 'XS', 'xs'])('%j is stateless', (text) => {
    expect(resolveCountry(text)).toEqual({ kind: 'stateless' });
    expect(code(text)).toBe('XS');
  });

  it.each(['', '   ', 'uoplyst', 'Uoplyst', 'ukendt', 'unknown', 'XXX', 'XX', 'Udlandet uoplyst'])('%j is unknown', (text) => {
    expect(resolveCountry(text)).toEqual({ kind: 'unknown' });
    expect(code(text)).toBe('XX');
  });

  it.each([
    ['Narnia', 'Narnia'],
    ['  Atlantis ', 'Atlantis'],
    ['Россия', 'Россия'],
    ['Tjekkoslovakiet', 'Tjekkoslovakiet'],
    ['Congo', 'Congo'],
    ['Korea', 'Korea'],
    ['-', '-'],
  ])('%j is unrecognised and keeps its trimmed text', (text, kept) => {
    expect(resolveCountry(text)).toEqual({ kind: 'unrecognised', text: kept });
    expect(code(text)).toBeNull();
  });

  it('returns the same (memoised) object for a repeated input', () => {
    expect(resolveCountry('Somalia')).toBe(resolveCountry('Somalia'));
    expect(resolveCountry('Somalia')).toBe(resolveCountry('SOM'));
  });

  it('resolves every code, Danish name, English name and alias in the data to its own country', () => {
    for (const country of COUNTRIES) {
      for (const name of [country.alpha2, country.alpha3, country.da, country.en, ...(country.aliases ?? [])]) {
        expect(code(name), `${name}`).toBe(country.alpha2);
        expect(code(name.toUpperCase()), `${name} in capitals`).toBe(country.alpha2);
        expect(code(` ${name.toLowerCase()}  `), `${name} in lower case with spaces`).toBe(country.alpha2);
      }
    }
  });
});

describe('normaliseCountryText', () => {
  it.each([
    ['  Rumænien ', 'rumaenien'],
    ['Bosnien-Hercegovina', 'bosnien hercegovina'],
    ['Saint   Kitts & Nevis', 'saint kitts nevis'],
    ['Côte d’Ivoire', 'cote divoire'],
    ['Türkiye', 'turkiye'],
    ['ÅLAND', 'aaland'],
    ['Россия', ''],
  ])('%j → %j', (text, expected) => {
    expect(normaliseCountryText(text)).toBe(expected);
  });
});
