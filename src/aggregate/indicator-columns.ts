/**
 * The columns of each indicator's person-level data file, with the Danish headers the file may use
 * instead (matched like every other header: case-insensitively, æ/ø/å or ae/oe/aa). The shape is
 * the file reader's column spec (`name`, `aliases`, `required` = the column must be present,
 * `identifying`), so the list can be handed to it as it is; aggregation then reads the cells by
 * the canonical names.
 */

export interface DataColumn {
  /** Canonical (English, ASCII) column name. */
  readonly name: string;
  /** Accepted alternative headers (Danish). */
  readonly aliases: readonly string[];
  /** Whether the file must have the column; optional ones may be absent (read as empty cells). */
  readonly required: boolean;
  /** True for the person identifier: its values never appear in messages. */
  readonly identifying?: boolean;
}

function col(name: string, aliases: readonly string[], required = true): DataColumn {
  return { name, aliases, required };
}

const PERSON: DataColumn = {
  name: 'person_id',
  aliases: ['cpr', 'cpr_nr', 'cprnr', 'personnummer'],
  required: true,
  identifying: true,
};
const START = col('start_date', ['startdato']);
const END = col('end_date', ['slutdato'], false);
const SPELL: readonly DataColumn[] = [PERSON, START, END];

/** Columns per indicator id; `boligomraader-diversitet` has no data file. */
export const INDICATOR_COLUMNS: Readonly<Record<string, readonly DataColumn[]>> = {
  selvforsoergelse: [
    PERSON,
    col('benefit_start', ['ydelse_start']),
    col('benefit_end', ['ydelse_slut'], false),
    col('end_reason', ['afgangsaarsag'], false),
  ],
  socialpsykiatri: SPELL,
  hjemmepleje: SPELL,
  'boern-anbringelse': SPELL,
  'igu-forloeb': SPELL,
  'boern-kontaktperson': [PERSON, col('measure', ['foranstaltning']), START, END],
  valgdeltagelse: [PERSON, col('voted', ['stemt'])],
  karaktergennemsnit: [PERSON, col('grade', ['karakter'])],
  sprogstimulering: [
    PERSON,
    col('assessment_date', ['vurderingsdato']),
    col('needs_stimulation', ['behov_for_sprogstimulering']),
    col('in_day_care', ['i_dagtilbud']),
  ],
  kriminalitet: [PERSON, col('offence_date', ['gerningsdato'])],
  'boligomraader-diversitet': [],
};
