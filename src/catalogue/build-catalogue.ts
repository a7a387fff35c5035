/**
 * Putting validated indicators together into a catalogue, with the checks that need all of
 * them: each file is named after its indicator's id, no id or position is used twice. Pure: the
 * loader reads the files, this decides.
 */
import { type Catalogue, createCatalogue } from './catalogue.ts';
import type { CatalogueProblem } from './catalogue-problem.ts';
import type { Indicator } from './schema/indicator-schema.ts';
import { validateIndicator } from './validate-indicator.ts';

/** One indicator file's content, before validation. */
export interface CatalogueEntry {
  /** The file name, e.g. `hjemmepleje.yaml`. */
  readonly file: string;
  readonly data: unknown;
}

export type BuildCatalogueResult =
  | { readonly ok: true; readonly catalogue: Catalogue }
  | { readonly ok: false; readonly problems: readonly CatalogueProblem[] };

/**
 * Validates every entry and the catalogue as a whole; returns the catalogue, or every problem.
 *
 * @example buildCatalogue([{ file: 'hjemmepleje.yaml', data }])
 */
export function buildCatalogue(entries: readonly CatalogueEntry[]): BuildCatalogueResult {
  const problems: CatalogueProblem[] = [];
  const valid: { file: string; indicator: Indicator }[] = [];
  for (const entry of entries) {
    const result = validateIndicator(entry.data, entry.file);
    if (result.ok) valid.push({ file: entry.file, indicator: result.indicator });
    else problems.push(...result.problems);
  }
  problems.push(...valid.flatMap(({ file, indicator }) => fileNameProblems(file, indicator)));
  problems.push(...duplicates(valid, 'id'), ...duplicates(valid, 'order'));
  return problems.length === 0 ? { ok: true, catalogue: createCatalogue(valid.map((v) => v.indicator)) } : { ok: false, problems };
}

function fileNameProblems(file: string, indicator: Indicator): CatalogueProblem[] {
  const stem = file.replace(/^.*[/\\]/, '').replace(/\.ya?ml$/i, '');
  return stem === indicator.id
    ? []
    : [
        {
          file,
          field: 'id',
          da: `filen skal hedde ${indicator.id}.yaml, da indikatorens id er »${indicator.id}«`,
          en: `the file must be named ${indicator.id}.yaml, as the indicator's id is "${indicator.id}"`,
        },
      ];
}

function duplicates(valid: readonly { file: string; indicator: Indicator }[], field: 'id' | 'order'): CatalogueProblem[] {
  const firstFile = new Map<string | number, string>();
  return valid.flatMap(({ file, indicator }) => {
    const value = indicator[field];
    const earlier = firstFile.get(value);
    if (earlier === undefined) {
      firstFile.set(value, file);
      return [];
    }
    return [
      {
        file,
        field,
        da: `${field} »${value}« bruges også i ${earlier}`,
        en: `${field} "${value}" is also used in ${earlier}`,
      },
    ];
  });
}
