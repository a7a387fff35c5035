/**
 * What is wrong with the catalogue, said in Danish and English and pointing at the file and the
 * field. A broken catalogue is a configuration error that stops loading, so `loadCatalogue`
 * throws one `CatalogueError` carrying every problem found, not just the first.
 */
import { UserError } from '../errors/user-error.ts';

/** A problem with one field of one indicator; `field` is a path such as `measure.kind`. */
export interface FieldProblem {
  readonly field: string;
  readonly da: string;
  readonly en: string;
}

/** A problem located in a catalogue file (`file` is the file name, e.g. `hjemmepleje.yaml`). */
export interface CatalogueProblem extends FieldProblem {
  readonly file: string;
}

/** Writes a problem as one line: file, field, the Danish sentence and the English one. */
export function formatProblem(problem: CatalogueProblem): string {
  const where = problem.field === '' ? problem.file : `${problem.file}, felt/field ${problem.field}`;
  return `${where}: ${problem.da} / ${problem.en}`;
}

/** Thrown when the catalogue cannot be loaded; `problems` lists everything that is wrong. */
export class CatalogueError extends UserError {
  override readonly name = 'CatalogueError';
  readonly problems: readonly CatalogueProblem[];

  constructor(problems: readonly CatalogueProblem[]) {
    const lines = problems.map((problem) => `  - ${formatProblem(problem)}`);
    const first = problems[0];
    // A broken catalogue is the installation's fault, not the request's: 500 on the web.
    super(
      `Indikatorkataloget kan ikke indlæses${first === undefined ? '' : `: ${first.file}: ${first.da}`}`,
      `The indicator catalogue cannot be loaded${first === undefined ? '' : `: ${first.file}: ${first.en}`}`,
      { message: ['Indikatorkataloget kan ikke indlæses / The indicator catalogue cannot be loaded:', ...lines].join('\n'), httpStatus: 500 },
    );
    this.problems = problems;
  }
}

/** Writes a path of keys and list positions the way the docs do: `breakdowns[0].key`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    return text === '' ? String(part) : `${text}.${String(part)}`;
  }, '');
}
