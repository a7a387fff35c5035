/**
 * The rules an aggregated delivery row must meet against the catalogue: a known indicator and
 * period, known groups and breakdowns, whole non-negative counts, numerator ≤ denominator, the
 * measure's required figures, and the group definition and third generation the catalogue says.
 * Each broken rule is reported on its cell with a Danish and an English explanation.
 */
import { type Catalogue, formatPeriod, type Indicator, parsePeriod, periodErrorMessage } from '../../catalogue/index.ts';
import { containsCprShape, type DeliveryColumn, parseBoolean, parseCount, parseDecimal, parseFreeText, type RecordRow } from '../../ingest/index.ts';
import { isKnownMunicipalityCode, isMunicipalityCodeShape } from '../../municipalities/index.ts';
import { DELIVERY_LIMITS } from './delivery-limits.ts';
import { DEFINITIONS, type Definition, type DeliveryGroup, groupWordList, parseGroupWord } from '../../origin/index.ts';
import type { DeliveryRow } from './delivery-row.ts';
import type { Lang } from '../../language/index.ts';

type Row = RecordRow<DeliveryColumn>;

/**
 * Parses and checks one row. Problems are reported on `row` (to the caller's collector); the
 * caller treats a row that added a problem as rejected even when a value comes back. A row
 * without a municipality belongs to `ownMunicipality`.
 */
export function checkRow(row: Row, catalogue: Catalogue, decimal: ',' | '.', problemCount: () => number, ownMunicipality: string): DeliveryRow | null {
  const before = problemCount();
  const municipality = checkMunicipality(row, ownMunicipality);
  const indicator = checkIndicator(row, catalogue);
  const group = checkGroup(row);
  const numerator = row.parse('numerator', (t) => parseCount(t, decimal));
  const denominator = row.parse('denominator', (t) => parseCount(t, decimal));
  const value = row.parse('value', (t) => parseDecimal(t, decimal));
  const sd = row.parse('sd', (t) => parseDecimal(t, decimal));
  const n = row.parse('n', (t) => parseCount(t, decimal));
  const suppressed = row.parse('suppressed', parseBoolean) ?? false;
  const thirdGeneration = row.parse('third_generation', parseBoolean);
  const definition = checkDefinition(row);
  // A cell that could not be read has been reported; rules over the cells would only repeat it.
  if (!indicator || !group || municipality === null || problemCount() > before) return null;
  const period = checkPeriod(row, indicator);
  const breakdown = checkBreakdown(row, indicator);
  const counts = { numerator, denominator, value, sd, n };
  const consistent = checkCounts(row, indicator, counts, suppressed) && checkCatalogueAgreement(row, indicator, definition, thirdGeneration);
  if (period === null || breakdown === null || !consistent) return null;
  return {
    rowNumber: row.rowNumber,
    municipality,
    indicator: indicator.id,
    period,
    group,
    breakdown,
    ...counts,
    definition: definition ?? indicator.group_definition,
    thirdGeneration: thirdGeneration ?? indicator.third_generation.included,
    suppressed,
    note: checkNote(row),
  };
}

/**
 * Statistics Denmark's three-digit kommunekode: one of the 98, `000` for the whole country, or the
 * configured own code (the demo's `999` is no real municipality). Empty = the own municipality.
 */
function checkMunicipality(row: Row, own: string): string | null {
  const text = row.text('municipality').trim();
  if (text === '') return own;
  // A spreadsheet may have turned `000` into 0 or `101` into 101.0: read the digits, keep three.
  const code = /^[0-9]{1,3}$/.test(text) ? text.padStart(3, '0') : text;
  if (isMunicipalityCodeShape(code) && (isKnownMunicipalityCode(code) || code === own)) return code;
  row.fail(
    'municipality',
    {
      da: `ukendt kommunekode; brug Danmarks Statistiks tre cifre (fx 101 for København, 000 for hele landet) eller ${own}`,
      en: `unknown municipality code; use Statistics Denmark's three digits (e.g. 101 for København, 000 for the whole country) or ${own}`,
    },
    'invalid_value',
  );
  return null;
}

function checkIndicator(row: Row, catalogue: Catalogue): Indicator | null {
  const id = row.text('indicator').trim();
  const indicator = catalogue.get(id);
  if (indicator) return indicator;
  row.fail(
    'indicator',
    {
      da: `ukendt indikator; kendte er: ${catalogue.ids.join(', ')}`,
      en: `unknown indicator; known ones are: ${catalogue.ids.join(', ')}`,
    },
    'unknown_indicator',
  );
  return null;
}

function checkGroup(row: Row): DeliveryGroup | null {
  const group = parseGroupWord(row.text('group'));
  if (group !== null) return group;
  row.fail('group', { da: `gruppen skal være en af ${groupWordList()}`, en: `the group must be one of ${groupWordList()}` });
  return null;
}

function checkDefinition(row: Row): Definition | null {
  const text = row.text('definition').trim().toLowerCase();
  if (text === '') return null;
  if ((DEFINITIONS as readonly string[]).includes(text)) return text as Definition;
  row.fail('definition', { da: 'definitionen skal være origin eller citizenship', en: 'the definition must be origin or citizenship' });
  return null;
}

function checkPeriod(row: Row, indicator: Indicator): string | null {
  const parsed = parsePeriod(row.text('period'), indicator.period_type);
  if (parsed.ok) return formatPeriod(parsed.period);
  row.fail('period', { da: periodErrorMessage(parsed.error, 'da'), en: periodErrorMessage(parsed.error, 'en') }, 'invalid_period');
  return null;
}

/** Breakdown keys every indicator may use besides its own: age bands where it is age-standardised. */
function allowedKeys(indicator: Indicator): Map<string, { open: boolean; codes: Set<string> }> {
  const keys = new Map<string, { open: boolean; codes: Set<string> }>();
  for (const b of indicator.breakdowns) keys.set(b.key, { open: b.open === true, codes: new Set(b.values.map((v) => v.code)) });
  return keys;
}

function checkBreakdown(row: Row, indicator: Indicator): string | null {
  const before = row.text('breakdown').trim();
  const text = row.parse('breakdown', parseFreeText);
  if (text === null) return before === '' ? '' : null;
  const parts = text.split('=').map((s) => s.trim());
  if (parts.length !== 2) {
    row.fail(
      'breakdown',
      { da: 'en opdeling skrives nøgle=kode med ét lighedstegn (fx area=0101)', en: 'a breakdown is written key=code with one equals sign (e.g. area=0101)' },
      'unknown_breakdown',
    );
    return null;
  }
  const [key = '', code = ''] = parts;
  if (code.length > DELIVERY_LIMITS.maxCodeLength) {
    const max = DELIVERY_LIMITS.maxCodeLength;
    row.fail('breakdown', { da: `opdelingens kode er længere end ${max} tegn`, en: `the breakdown code is longer than ${max} characters` }, 'value_too_long');
    return null;
  }
  const allowed = allowedKeys(indicator).get(key);
  if (allowed && code !== '' && (allowed.open || allowed.codes.has(code))) return `${key}=${code}`;
  const known = [...allowedKeys(indicator).entries()].map(([k, v]) => (v.open ? `${k}=…` : [...v.codes].map((c) => `${k}=${c}`).join(', ')));
  row.fail(
    'breakdown',
    {
      da: `ukendt opdeling for ${indicator.id}; tilladt: ${known.join(', ') || 'ingen (lad feltet stå tomt)'}`,
      en: `unknown breakdown for ${indicator.id}; allowed: ${known.join(', ') || 'none (leave the field empty)'}`,
    },
    'unknown_breakdown',
  );
  return null;
}

interface Counts {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  sd: number | null;
  n: number | null;
}

function checkCounts(row: Row, indicator: Indicator, c: Counts, suppressed: boolean): boolean {
  const fail = (
    column: DeliveryColumn,
    da: string,
    en: string,
    code: 'inconsistent_cell' | 'numerator_above_denominator' | 'missing_value' = 'inconsistent_cell',
  ) => {
    row.fail(column, { da, en }, code);
    return false;
  };
  if (suppressed) {
    if (c.numerator !== null || c.denominator !== null || c.value !== null || c.n !== null) {
      return fail('suppressed', 'en diskretioneret celle skal have tomme tal', 'a suppressed cell must have empty figures');
    }
    return true;
  }
  if (c.numerator !== null && c.denominator !== null && c.numerator > c.denominator) {
    // The figures are quoted only as the file wrote them, and not when they could be a CPR number —
    // nine digits included, a CPR number whose leading zero a spreadsheet dropped.
    const quoted = (column: 'numerator' | 'denominator') => {
      const text = row.text(column).trim();
      return containsCprShape(text) || text.replace(/\D/g, '').length >= 9 ? '' : ` (${text})`;
    };
    return fail(
      'numerator',
      `tælleren${quoted('numerator')} er større end nævneren${quoted('denominator')}`,
      `the numerator${quoted('numerator')} is larger than the denominator${quoted('denominator')}`,
      'numerator_above_denominator',
    );
  }
  const measure = indicator.measure;
  switch (measure.kind) {
    case 'share':
    case 'rate':
    case 'index':
      if (c.numerator === null) return fail('numerator', 'tælleren mangler', 'the numerator is missing', 'missing_value');
      if (c.denominator === null) return fail('denominator', 'nævneren mangler', 'the denominator is missing', 'missing_value');
      return true;
    case 'count':
      if (c.numerator === null) return fail('numerator', 'antallet (tælleren) mangler', 'the count (numerator) is missing', 'missing_value');
      return true;
    case 'mean':
      // Nobody behind it (a group without pupils in a municipality): there is no mean to give.
      if (c.n === 0 && c.value === null) return true;
      if (c.value === null) return fail('value', 'gennemsnittet (value) mangler', 'the mean (value) is missing', 'missing_value');
      if (c.n === null) return fail('n', 'antallet bag gennemsnittet (n) mangler', 'the number behind the mean (n) is missing', 'missing_value');
      if (c.value < measure.min || c.value > measure.max) {
        return fail('value', `gennemsnittet skal ligge mellem ${measure.min} og ${measure.max}`, `the mean must lie between ${measure.min} and ${measure.max}`);
      }
      if (c.sd !== null && c.sd < 0) return fail('sd', 'spredningen kan ikke være negativ', 'the standard deviation cannot be negative');
      return true;
  }
}

/** The note, refused when it is longer than a note needs to be (its text is never quoted back). */
function checkNote(row: Row): string {
  const note = row.parse('note', parseFreeText) ?? '';
  if (note.length <= DELIVERY_LIMITS.maxNoteLength) return note;
  const max = DELIVERY_LIMITS.maxNoteLength.toLocaleString('da-DK');
  row.fail(
    'note',
    { da: `bemærkningen er længere end ${max} tegn`, en: `the note is longer than ${DELIVERY_LIMITS.maxNoteLength.toLocaleString('en-GB')} characters` },
    'value_too_long',
  );
  return '';
}

function checkCatalogueAgreement(row: Row, indicator: Indicator, definition: Definition | null, thirdGeneration: boolean | null): boolean {
  let ok = true;
  if (definition !== null && definition !== indicator.group_definition) {
    row.fail(
      'definition',
      {
        da: `kataloget afgrænser ${indicator.id} efter ${indicator.group_definition}, ikke ${definition}`,
        en: `the catalogue defines ${indicator.id} by ${indicator.group_definition}, not ${definition}`,
      },
      'catalogue_mismatch',
    );
    ok = false;
  }
  if (thirdGeneration !== null && thirdGeneration !== indicator.third_generation.included) {
    const word = (b: boolean, lang: Lang) => (b ? (lang === 'da' ? 'med' : 'includes') : lang === 'da' ? 'uden' : 'excludes');
    row.fail(
      'third_generation',
      {
        da: `kataloget opgør ${indicator.id} ${word(indicator.third_generation.included, 'da')} tredje generation`,
        en: `the catalogue's ${indicator.id} ${word(indicator.third_generation.included, 'en')} the third generation`,
      },
      'catalogue_mismatch',
    );
    ok = false;
  }
  return ok;
}
