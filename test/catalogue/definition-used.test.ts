/**
 * The definition a figure follows, as every output carries it: the same hash the JSON-stat export
 * writes and `import` compares, the variant (the default, or a second figure's), and the text.
 */
import { describe, expect, it } from 'vitest';
import { definitionHashes, definitionUsed, definitionUsedStatement, type Indicator, loadCatalogue, shortHash } from '../../src/catalogue/index.ts';

const catalogue = loadCatalogue();
const igu = catalogue.get('igu-forloeb') as Indicator;

describe('definitionUsed', () => {
  it('hashes every indicator as definitionHashes does', () => {
    const hashes = definitionHashes(catalogue).indicators;
    for (const indicator of catalogue.indicators) expect(definitionUsed(indicator).hash).toBe(hashes[indicator.id]);
  });

  it("follows the default variant, or the variant a second figure's row names", () => {
    expect(definitionUsed(igu)).toMatchObject({ variant: 'started', variantLabel: { da: 'Forløb påbegyndt i året' } });
    expect(definitionUsed(igu, 'sex=K').variant).toBe('started');
    expect(definitionUsed(igu, 'variant=running')).toMatchObject({
      variant: 'running',
      text: { en: expect.stringMatching(/^IGU courses in progress at some time/) },
    });
  });

  it('names the number of measures and the barometer’s men 15-29 by their own definitions (issue 14)', () => {
    const placed = catalogue.get('boern-anbringelse') as Indicator;
    expect(definitionUsed(placed, 'variant=measures_0_22')).toMatchObject({
      variant: 'measures_0_22',
      text: { da: expect.stringMatching(/^Antallet af anbringelser .* pr\. 1\.000 borgere 0-22 år/) },
    });
    const crime = catalogue.get('kriminalitet') as Indicator;
    expect(definitionUsed(crime, 'variant=men_15_29_criminal_code')).toMatchObject({
      variant: 'men_15_29_criminal_code',
      variantLabel: { en: 'Men 15-29 convicted under the Criminal Code (Integrationsbarometer)' },
      text: { en: expect.stringMatching(/^Men aged 15-29 .* per 1,000 men aged 15-29/) },
    });
  });

  it("states itself in a line: variant, text, the hash's first twelve digits", () => {
    const used = definitionUsed(igu);
    expect(shortHash(used.hash)).toHaveLength(12);
    expect(definitionUsedStatement(used, 'en')).toBe(
      `Variant: Courses started in the year. IGU courses whose start date falls in the calendar year (agreements entered), as Jobindsats counts them. Definition version ${used.hash.slice(0, 12)}.`,
    );
    const turnout = definitionUsed(catalogue.get('valgdeltagelse') as Indicator);
    expect(turnout.variant).toBeNull();
    expect(definitionUsedStatement(turnout, 'da').startsWith('Borgere')).toBe(true);
  });
});
