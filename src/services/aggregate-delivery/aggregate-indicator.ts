/**
 * `aggregate`: person-level data → an aggregated delivery, so that person-level data never has to
 * enter the store. Classifies the population, joins the indicator's file by pseudonym, counts per
 * group and breakdown (`aggregate/`), then suppresses small cells by the product's one rule
 * before anything is written. Persons in the indicator file but not in the population are
 * reported by row number, never silently dropped.
 */
import { aggregate, AggregationRowError } from '../../counting/index.ts';
import {
  ageBands,
  type Catalogue,
  PERSON_BREAKDOWNS,
  type PersonBreakdownKey,
  personBreakdownKeys,
  formatPeriod,
  type Indicator,
  parsePeriod,
  periodErrorMessage,
  periodRange,
  referenceDate,
  secondFigures,
} from '../../catalogue/index.ts';
import { InputError, type Pseudonymiser } from '../../ingest/index.ts';
import { type Cell, unsuppressedCell } from '../../cells/index.ts';
import { usageProblem } from '../problems.ts';
import { cellKey } from '../compute/index.ts';
import { withheld } from '../../stats/index.ts';
import { auditedSuppressedKeys } from '../compute/index.ts';
import type { ClassifiedPopulation } from './classified-population.ts';
import { joinKeys, personsFor } from './classified-population.ts';
import { readIndicatorRows } from './read-indicator-rows.ts';
import { suppressMunicipalities } from './suppress-municipalities.ts';

export interface AggregateRequest {
  indicatorId: string;
  period: string;
  population: ClassifiedPopulation;
  /** The indicator's person-level file; none for indicators computed from the population alone. */
  dataFile: string | null;
  sheet?: string | number;
}

export interface AggregateOutcome {
  indicator: Indicator;
  period: string;
  /** Per municipality and the whole country (`000`) for a national extract; '' for the own municipality's. */
  cells: Cell[];
  /** Row numbers of the data file whose person is not in the population extract. */
  unmatchedRows: number[];
  notes: string[];
  /**
   * Persons of the extract with a parent absent without facts and without a register status,
   * taken as unknown in the register (docs/origin.md §1a): `parentStatusWarning` says so.
   */
  parentsWithoutStatus: number;
}

/** What aggregation needs besides the request. */
export interface AggregateDeps {
  catalogue: Catalogue;
  pseudonymiser: Pseudonymiser;
  threshold: number;
  /** The own municipality's code, which the cells of an extract without a municipality column belong to. */
  municipality: string;
}

/** Aggregates and suppresses one indicator × period. */
export async function aggregateIndicator(request: AggregateRequest, deps: AggregateDeps): Promise<AggregateOutcome> {
  const counted = await countIndicator(request, deps);
  return { ...counted, cells: suppressDelivery(counted.indicator, counted.cells, deps.threshold) };
}

/**
 * The request's indicator and period, checked: a usage problem names an unknown indicator or a
 * period not of the indicator's kind (so a plan of several can be checked before the population
 * is read).
 */
export function checkedRequest(request: Pick<AggregateRequest, 'indicatorId' | 'period'>, catalogue: Catalogue) {
  const indicator = catalogue.get(request.indicatorId);
  if (!indicator) throw usageProblem(`ukendt indikator '${request.indicatorId}'`, `unknown indicator '${request.indicatorId}'`);
  const parsed = parsePeriod(request.period, indicator.period_type);
  if (!parsed.ok) throw usageProblem(periodErrorMessage(parsed.error, 'da'), periodErrorMessage(parsed.error, 'en'));
  return { indicator, parsed };
}

/**
 * One indicator × period counted, its cells not yet suppressed (`suppressDelivery` does that): the
 * outcome must not leave the service before.
 */
export async function countIndicator(request: AggregateRequest, deps: AggregateDeps): Promise<AggregateOutcome> {
  const { indicator, parsed } = checkedRequest(request, deps.catalogue);
  const keys = joinKeys(request.population);
  const data = request.dataFile
    ? await readIndicatorRows(indicator.id, request.dataFile, deps.pseudonymiser, request.sheet, keys)
    : { rows: [], columns: new Set<string>() };
  const range = periodRange(parsed.period);
  const period = formatPeriod(parsed.period);
  const output = withFileErrors(request.dataFile, () =>
    aggregate({
      indicatorId: indicator.id,
      period: { start: range.start, end: range.end, label: period },
      referenceDate: referenceDate(parsed.period),
      persons: personsFor(indicator, request.population),
      rows: data.rows,
      fileColumns: data.columns,
      ageBands: ageBands(indicator),
      personBreakdowns: personBreakdownsOf(indicator, request.population),
      ...defaultVariant(indicator),
    }),
  );
  return {
    indicator,
    period,
    cells: output.cells.map((c) => unsuppressedCell(c, c.municipality || deps.municipality)),
    unmatchedRows: output.unmatched.map((u) => u.rowNumber),
    notes: output.notes,
    parentsWithoutStatus: request.population.classified.parentsWithoutStatus,
  };
}

/**
 * A delivery's cells suppressed: each municipality by the one rule, the country as their margin
 * (`suppressMunicipalities`). Pure: it runs on a second thread as well (`suppression-thread.ts`).
 */
export function suppressDelivery(indicator: Indicator, cells: readonly Cell[], threshold: number): Cell[] {
  return suppressMunicipalities(indicator, cells, threshold, (own) => suppressCells(indicator, own, threshold));
}

/** The person breakdowns the catalogue declares whose facts the extract has (refugee, arrival date are optional columns). */
function personBreakdownsOf(indicator: Indicator, { population }: ClassifiedPopulation): PersonBreakdownKey[] {
  return personBreakdownKeys(indicator).filter((key) => population.columns.has(PERSON_BREAKDOWNS[key].column));
}

/**
 * The variant the figures follow (the catalogue's default), for the counting that depends on it,
 * and the computed variants published beside it as second figures.
 */
function defaultVariant(indicator: Indicator): { variant?: string; secondFigures?: string[] } {
  const chosen = indicator.variants.find((v) => v.default);
  const seconds = secondFigures(indicator).map((v) => v.id);
  return { ...(chosen === undefined ? {} : { variant: chosen.id }), ...(seconds.length === 0 ? {} : { secondFigures: seconds }) };
}

/** Blanks every cell the suppression rule withholds (audited); a suppressed cell carries no figures. */
export function suppressCells<C extends Cell>(indicator: Indicator, cells: readonly C[], threshold: number): C[] {
  const hidden = auditedSuppressedKeys(indicator, cells, threshold);
  return cells.map((c) => (hidden.has(cellKey(c)) ? withheld(c) : c));
}

/** Row errors from the pure aggregation, located in the data file. */
function withFileErrors<T>(file: string | null, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof AggregationRowError) {
      throw new InputError({
        code: 'invalid_value',
        file: file ?? '',
        row: error.rowNumber,
        column: error.column,
        messageDa: error.problemDa,
        messageEn: error.problemEn,
      });
    }
    throw error;
  }
}
