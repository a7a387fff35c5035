/**
 * What the product expects of each table besides its origin codes: the exact set of variables (as
 * `tableinfo` names them) and the codes of other variables that its requests rely on. Together with
 * `origin-codes.ts` this is what `checkTableInfo` holds a table's metadata against.
 */
import { WHOLE_COUNTRY_CODE } from '../municipalities/index.ts';
import type { StatbankTableId } from './table-ids.ts';

export interface TableSpec {
  /** Every variable of the table, time variable included; a new or a missing one is a schema change. */
  readonly variables: readonly string[];
  /** Codes the requests select, per variable (origin variables are covered by `origin-codes.ts`). */
  readonly required: Readonly<Record<string, readonly string[]>>;
}

/** The time variable of every StatBank table. */
export const TIME_VARIABLE = 'Tid';

/** The municipality variable's code for the whole country (the same `000` as in deliveries). */
export const WHOLE_COUNTRY = WHOLE_COUNTRY_CODE;

export const TABLE_SPECS: Readonly<Record<StatbankTableId, TableSpec>> = {
  FOLK1E: {
    variables: ['OMRÅDE', 'KØN', 'ALDER', 'HERKOMST', TIME_VARIABLE],
    required: { OMRÅDE: [WHOLE_COUNTRY], KØN: ['TOT', '1', '2'], ALDER: ['IALT'] },
  },
  EB4: {
    variables: ['HERKOMST', 'KØN', 'ALDER', 'IELAND', 'OMRÅDE', TIME_VARIABLE],
    required: { KØN: ['TOT'], ALDER: ['IALT'] },
  },
  KMSTA001: {
    variables: ['SOGN', 'HERKOMST', 'FKMED', TIME_VARIABLE],
    required: { FKMED: ['F', 'U'] },
  },
  RAS200: {
    variables: ['OMRÅDE', 'HERKOMST', 'ALDER', 'KØN', 'BEREGNING', TIME_VARIABLE],
    required: { OMRÅDE: [WHOLE_COUNTRY], ALDER: ['16-64'], KØN: ['TOT'], BEREGNING: ['BFK'] },
  },
  STRAFNA9: {
    variables: ['KOEN', 'ALDER', 'HERKOMST', TIME_VARIABLE],
    required: { KOEN: ['M', 'K'], ALDER: ['TOT'] },
  },
  STRFNA10: {
    variables: ['OVERTRÆD', 'HERKOMST', TIME_VARIABLE],
    required: { OVERTRÆD: ['1'] },
  },
  STRFNA11: {
    variables: ['AFGØRELSE', 'HERKOMST', TIME_VARIABLE],
    required: {},
  },
  STRAFNA6: {
    variables: ['OMRÅDE', 'KØN', 'ALDER', 'HERKOMST1', TIME_VARIABLE],
    required: { OMRÅDE: [WHOLE_COUNTRY], KØN: ['M', 'K'], ALDER: ['TOT', '15-29', '30-49', '50-79'] },
  },
};
