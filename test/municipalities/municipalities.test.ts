import { describe, expect, it } from 'vitest';
import {
  isKnownMunicipalityCode,
  MUNICIPALITIES,
  MUNICIPALITIES_SOURCE,
  MUNICIPALITY_GROUPS,
  MUNICIPALITY_GROUPS_SOURCE,
  MUNICIPALITY_GROUPS_VERSION,
  municipalitiesInGroup,
  municipalityByCode,
  municipalityName,
  REGIONS,
  WHOLE_COUNTRY_CODE,
} from '../../src/municipalities/index.ts';
import { GROUPS_FILE, MUNICIPALITIES_FILE } from '../../src/municipalities/municipality-data.ts';

describe('the municipality data files', () => {
  it('hold the 98 municipalities with unique three-digit codes and unique names', () => {
    expect(MUNICIPALITIES).toHaveLength(98);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(98);
    expect(new Set(MUNICIPALITIES.map((m) => m.name)).size).toBe(98);
    for (const m of MUNICIPALITIES) expect(m.code).toMatch(/^[0-9]{3}$/);
    expect(MUNICIPALITIES.map((m) => m.code)).not.toContain(WHOLE_COUNTRY_CODE);
  });

  it('put them in the five regions, 29 + 17 + 22 + 19 + 11', () => {
    expect(REGIONS.map((r) => r.name).sort()).toEqual([
      'Region Hovedstaden',
      'Region Midtjylland',
      'Region Nordjylland',
      'Region Sjælland',
      'Region Syddanmark',
    ]);
    const count = (name: string) => MUNICIPALITIES.filter((m) => m.region.name === name).length;
    expect([
      count('Region Hovedstaden'),
      count('Region Sjælland'),
      count('Region Syddanmark'),
      count('Region Midtjylland'),
      count('Region Nordjylland'),
    ]).toEqual([29, 17, 22, 19, 11]);
  });

  it('put every municipality in exactly one of the five kommunegrupper', () => {
    expect(MUNICIPALITY_GROUPS.map((g) => g.da)).toEqual(['Hovedstadskommuner', 'Storbykommuner', 'Provinsbykommuner', 'Oplandskommuner', 'Landkommuner']);
    const listed = GROUPS_FILE.groups.flatMap((g) => g.municipalities);
    expect(listed).toHaveLength(98);
    expect(new Set(listed)).toEqual(new Set(MUNICIPALITIES_FILE.municipalities.map((m) => m.code)));
    expect(GROUPS_FILE.groups.map((g) => g.municipalities.length)).toEqual([24, 3, 16, 24, 31]);
  });

  it('name their sources and the groups’ version', () => {
    expect(MUNICIPALITIES_SOURCE).toContain('Danmarks Statistik');
    expect(MUNICIPALITY_GROUPS_SOURCE).toContain('Kommunegrupper');
    expect(MUNICIPALITY_GROUPS_VERSION).toBe('v1:2018');
  });
});

describe('municipality lookups', () => {
  it('find a municipality with its region and group', () => {
    expect(municipalityByCode('101')).toMatchObject({ name: 'København', region: { code: '1084' }, group: { da: 'Hovedstadskommuner' } });
    expect(municipalityByCode('851')).toMatchObject({ name: 'Aalborg', region: { name: 'Region Nordjylland' }, group: { da: 'Storbykommuner' } });
    expect(municipalityByCode('860')).toMatchObject({ name: 'Hjørring', group: { da: 'Landkommuner' } });
    expect(municipalityByCode('000')).toBeUndefined();
  });

  it('name the whole country, the 98, and fall back to the configured name for other codes', () => {
    expect(municipalityName('000')).toBe('Hele landet');
    expect(municipalityName('751')).toBe('Aarhus');
    expect(municipalityName('999', 'Demo Kommune')).toBe('Demo Kommune');
    expect(municipalityName('999')).toBe('999');
  });

  it('know which codes exist', () => {
    expect(isKnownMunicipalityCode('000')).toBe(true);
    expect(isKnownMunicipalityCode('147')).toBe(true);
    expect(isKnownMunicipalityCode('411')).toBe(false); // Christiansø belongs to no municipality
    expect(municipalitiesInGroup('2').map((m) => m.name)).toEqual(['Odense', 'Aarhus', 'Aalborg']);
  });
});
