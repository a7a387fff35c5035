/**
 * The description of a column a reader expects: its English name (the one used in code and in output
 * files), the Danish and other aliases accepted in input files, whether it must be present, and
 * whether it identifies a person — in which case no error message may ever quote its values.
 */

/** One expected column. */
export interface ColumnSpec {
  /** The canonical (English, ASCII) name, e.g. 'birth_country'. */
  readonly name: string;
  /** Other accepted header names, e.g. ['foedeland']; æ/ø/å need not be listed separately. */
  readonly aliases?: readonly string[];
  /** Whether the file must have this column. */
  readonly required: boolean;
  /** True for person identifiers (CPR): their values never appear in messages. */
  readonly identifying?: boolean;
  /** True for free text (notes, breakdown codes): anything may be typed there, so values are never quoted either. */
  readonly freeText?: boolean;
}

/** The column index (0-based) of each spec'd column; required columns are always present. */
export type ResolvedColumns<S extends readonly ColumnSpec[]> = {
  readonly [C in S[number] as C['name']]: C['required'] extends true ? number : number | undefined;
};
