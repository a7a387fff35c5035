/**
 * The errors aggregation throws on input a person must fix. They name the row and column as a
 * spreadsheet shows them and never repeat a cell's value: a mistyped column may hold a CPR number.
 */
import { UserError } from '../errors/user-error.ts';

/** Why a cell could not be read. */
export type RowProblem =
  | 'missing'
  | 'invalid_date'
  | 'invalid_flag'
  | 'invalid_number'
  | 'out_of_range'
  | 'invalid_choice'
  | 'end_before_start'
  | 'duplicate_person'
  | 'not_on_scale'
  | 'duplicate_exam'
  | 'two_drawn_exams'
  | 'inconsistent_value';

const PROBLEM_TEXT: Readonly<Record<RowProblem, string>> = {
  missing: 'værdien mangler',
  invalid_date: 'ugyldig dato (forventet ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ)',
  invalid_flag: 'ugyldig markering (forventet 1/0, ja/nej eller true/false)',
  invalid_number: 'ugyldigt tal',
  out_of_range: 'tallet ligger uden for det tilladte interval',
  invalid_choice: 'ukendt værdi',
  end_before_start: 'slutdatoen ligger før startdatoen',
  duplicate_person: 'personen optræder mere end én gang',
  not_on_scale: 'ikke en karakter på 7-trinsskalaen (-3, 00, 02, 4, 7, 10, 12)',
  duplicate_exam: 'eleven har prøven mere end én gang',
  two_drawn_exams: 'eleven har to udtræksprøver i samme fagblok (frivillige prøver skal ikke med i udtrækket)',
  inconsistent_value: 'værdien er en anden end på personens tidligere række',
};

const PROBLEM_TEXT_EN: Readonly<Record<RowProblem, string>> = {
  missing: 'the value is missing',
  invalid_date: 'invalid date (expected YYYY-MM-DD or DD-MM-YYYY)',
  invalid_flag: 'invalid flag (expected 1/0, ja/nej or true/false)',
  invalid_number: 'invalid number',
  out_of_range: 'the number is outside the allowed range',
  invalid_choice: 'unknown value',
  end_before_start: 'the end date is before the start date',
  duplicate_person: 'the person appears more than once',
  not_on_scale: 'not a grade of the 7-point scale (-3, 00, 02, 4, 7, 10, 12)',
  duplicate_exam: 'the pupil has the examination more than once',
  two_drawn_exams: 'the pupil has two drawn examinations of the same block (voluntary examinations do not belong in the extract)',
  inconsistent_value: "the value differs from the one on the person's earlier row",
};

/** A data row that cannot be read; carries row number, column and a problem code. */
export class AggregationRowError extends UserError {
  override readonly name = 'AggregationRowError';
  /** The problem alone, without row and column, in Danish and English (`messageDa` has the location). */
  readonly problemDa: string;
  readonly problemEn: string;

  constructor(
    readonly rowNumber: number,
    readonly column: string,
    readonly problem: RowProblem,
    detail?: string,
  ) {
    const extra = detail === undefined ? '' : ` (${detail})`;
    super(
      `Række ${rowNumber}, kolonne "${column}": ${PROBLEM_TEXT[problem]}${extra}.`,
      `Row ${rowNumber}, column "${column}": ${PROBLEM_TEXT_EN[problem]}${extra}.`,
    );
    this.problemDa = `${PROBLEM_TEXT[problem]}${extra}`;
    this.problemEn = `${PROBLEM_TEXT_EN[problem]}${extra}`;
  }
}

/** Aggregation was asked for an indicator it has no rules for. */
export class UnknownIndicatorError extends UserError {
  override readonly name = 'UnknownIndicatorError';

  constructor(readonly indicatorId: string) {
    super(
      `Ukendt indikator: "${indicatorId}" kan ikke opgøres fra persondata.`,
      `Unknown indicator: "${indicatorId}" cannot be computed from person-level data.`,
    );
  }
}
