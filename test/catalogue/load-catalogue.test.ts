import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalogue, CatalogueError, loadCatalogue } from '../../src/catalogue/index.ts';
import { removeTempCatalogues, shipped, tempCatalogue } from './helpers.ts';

afterAll(removeTempCatalogues);

/** The error `loadCatalogue(dir)` throws (fails the test when it does not throw). */
function loadError(dir: string): CatalogueError {
  try {
    loadCatalogue(dir);
  } catch (error) {
    if (error instanceof CatalogueError) return error;
    throw error;
  }
  throw new Error('expected loadCatalogue to refuse the directory');
}

describe('loadCatalogue from a directory', () => {
  it('loads a directory of valid files, in their order', () => {
    const catalogue = loadCatalogue(tempCatalogue({ 'hjemmepleje.yaml': shipped('hjemmepleje'), 'valgdeltagelse.yaml': shipped('valgdeltagelse') }));
    expect(catalogue.ids).toEqual(['hjemmepleje', 'valgdeltagelse']);
  });

  it('refuses a third-generation indicator without a justification, naming file and field in both languages', () => {
    const data = shipped('sprogstimulering');
    delete data.third_generation.justification;
    const error = loadError(tempCatalogue({ 'sprogstimulering.yaml': data }));
    expect(error.problems.map((p) => [p.file, p.field])).toEqual([['sprogstimulering.yaml', 'third_generation.justification']]);
    expect(error.message).toContain('Indikatorkataloget kan ikke indlæses / The indicator catalogue cannot be loaded');
    expect(error.message).toContain('sprogstimulering.yaml, felt/field third_generation.justification: tredje generation er medtaget');
    expect(error.message).toContain('/ the third generation is included');
  });

  it('refuses an unknown key written in YAML', () => {
    const data = shipped('hjemmepleje');
    data.display.decimaler = 1;
    const error = loadError(tempCatalogue({ 'hjemmepleje.yaml': data, 'notes.txt': 'not an indicator' }));
    expect(error.problems).toMatchObject([{ file: 'hjemmepleje.yaml', field: 'display.decimaler' }]);
  });

  it('refuses a file whose name does not match its id', () => {
    const error = loadError(tempCatalogue({ 'hjemmehjaelp.yaml': shipped('hjemmepleje') }));
    expect(error.problems).toEqual([
      {
        file: 'hjemmehjaelp.yaml',
        field: 'id',
        da: 'filen skal hedde hjemmepleje.yaml, da indikatorens id er »hjemmepleje«',
        en: 'the file must be named hjemmepleje.yaml, as the indicator\'s id is "hjemmepleje"',
      },
    ]);
  });

  it('refuses the same id twice (a .yaml and a .yml file)', () => {
    const copy = shipped('hjemmepleje');
    copy.order = 99;
    const error = loadError(tempCatalogue({ 'hjemmepleje.yaml': shipped('hjemmepleje'), 'hjemmepleje.yml': copy }));
    expect(error.problems).toMatchObject([{ file: 'hjemmepleje.yml', field: 'id', en: 'id "hjemmepleje" is also used in hjemmepleje.yaml' }]);
  });

  it("reports a YAML syntax error with its line, and the other files' problems too", () => {
    const broken = shipped('valgdeltagelse');
    broken.wanted = 'up';
    const error = loadError(tempCatalogue({ 'a.yaml': 'id: a\n  title: [x\n', 'valgdeltagelse.yaml': broken }));
    expect(error.problems.map((p) => p.file)).toEqual(['a.yaml', 'valgdeltagelse.yaml']);
    expect(error.problems[0]?.da).toMatch(/^filen er ikke gyldig YAML \(linje 1, kolonne \d+\)/);
  });

  it('refuses a directory without indicator files', () => {
    expect(loadError(tempCatalogue({ 'README.txt': 'nothing' })).problems[0]?.en).toBe('the directory holds no indicator files (*.yaml)');
  });
});

describe('buildCatalogue', () => {
  it('refuses two indicators at the same position', () => {
    const result = buildCatalogue([
      { file: 'hjemmepleje.yaml', data: shipped('hjemmepleje') },
      { file: 'socialpsykiatri.yaml', data: { ...shipped('socialpsykiatri'), order: 3 } },
    ]);
    expect(result.ok ? [] : result.problems).toMatchObject([{ file: 'socialpsykiatri.yaml', field: 'order', da: 'order »3« bruges også i hjemmepleje.yaml' }]);
  });

  it('sorts by order whatever the file order', () => {
    const result = buildCatalogue([
      { file: 'kriminalitet.yaml', data: shipped('kriminalitet') },
      { file: 'selvforsoergelse.yaml', data: shipped('selvforsoergelse') },
    ]);
    expect(result.ok && result.catalogue.ids).toEqual(['selvforsoergelse', 'kriminalitet']);
  });
});
