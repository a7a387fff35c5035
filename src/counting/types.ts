/**
 * The shapes that go into and come out of person-level aggregation. Aggregation is pure: the
 * caller has already read the files, pseudonymised the ids and assigned every person a group for
 * the indicator's definition; this layer only counts.
 */
import type { AgeBand, PersonBreakdownKey } from '../catalogue/index.ts';
import type { AggregatedCell, CountedCell } from '../cells/index.ts';
import type { CountryCode, Group, OriginGroup } from '../origin/types.ts';

/** One resident of the population extract, as aggregation needs it. */
export interface AggregationPerson {
  /** Pseudonymised person id; the data rows' `person_id` is in the same id space. */
  id: string;
  /** `YYYY-MM-DD`. */
  birthDate: string;
  sex: 'M' | 'K' | null;
  /** Already assigned for this indicator's definition (origin or citizenship, third generation or not). */
  group: Group;
  refugee: boolean;
  /** Housing area code (e.g. `0101`), or null when the extract has none. */
  area: string | null;
  originGroup: OriginGroup;
  /**
   * The origin country the origin rules give (`originCountryOf`: ISO alpha-2, `XS` stateless,
   * `XX` unknown), for the region and MENAPT breakdowns; absent counts as unknown.
   */
  originCountry?: CountryCode | null;
  /** The date the person (an immigrant) arrived in Denmark (`YYYY-MM-DD`), from the extract's optional `arrival_date`. */
  arrivalDate?: string | null;
  /**
   * Three-digit kommunekode where the person lived at the reference date (`101`), or absent/null
   * when the extract has no `municipality` column (a single municipality's own extract).
   */
  municipality?: string | null;
}

/**
 * The population's persons by pseudonym: all aggregation asks of them is a lookup and a walk in
 * extract order. A plain `Map` will do; the service passes a view over the extract's own index,
 * so that a million persons are not keyed a second time.
 */
export interface PersonIndex {
  /** The person with this id: the very object `values()` holds for them (rules key per-person data by it). */
  get(id: string): AggregationPerson | undefined;
  values(): Iterable<AggregationPerson>;
}

/** One row of an indicator's person-level data file. */
export interface AggregationRow {
  /** The row number as a spreadsheet shows it (the header is row 1). */
  rowNumber: number;
  /** Cell texts keyed by canonical (English) column name, e.g. `person_id`, `start_date`. */
  values: Readonly<Record<string, string>>;
  /**
   * For a row whose person is in the population extract, when the reader knows it: a whole number
   * ≥ 0 that the rows of one person share and no other person's rows have (the person's row in the
   * extract). It lets a rule find a person listed twice with a bitset instead of a set of millions
   * of ids; absent, rules compare `person_id`s.
   */
  readonly personNumber?: number;
}

/** The period being aggregated; `start` and `end` are both included. */
export interface AggregationPeriod {
  start: string;
  end: string;
  /** Canonical period text: `2025`, `2024-10/2025-09`, `2024/2025`, `KV2025`. */
  label: string;
}

export interface AggregationInput {
  indicatorId: string;
  period: AggregationPeriod;
  /** The date at which ages are measured (`YYYY-MM-DD`), normally the period's last day. */
  referenceDate: string;
  persons: PersonIndex;
  rows: ReadonlyArray<AggregationRow>;
  /**
   * The indicator's age bands from the catalogue (`ageBands(indicator)`), youngest first; written
   * as `ageband=<code>` cells for target and comparison. Empty for indicators that are not
   * age-standardised.
   */
  ageBands: readonly AgeBand[];
  /**
   * The standard person breakdowns the catalogue declares for the indicator
   * (`personBreakdownKeys(indicator)`: `sex`, `generation`, `refugee`, `residence` — the last two
   * only when the extract has their column), written as `key=code` cells for the
   * groups `PERSON_BREAKDOWNS` names. Absent or empty: none.
   */
  personBreakdowns?: readonly PersonBreakdownKey[];
  /**
   * The id of the catalogue's default variant for the indicator (`started` for `igu-forloeb`),
   * where an indicator's counting depends on it; absent where it has one definition.
   */
  variant?: string;
  /**
   * The computed variants published beside the default as second figures (`running` for
   * `igu-forloeb`), written as `variant=<id>` whole-group cells; absent or empty: none. Only
   * the variant ids the indicator's rules know.
   */
  secondFigures?: readonly string[];
  /**
   * The columns of the whole data file, set by `aggregate` before the rows are split by
   * municipality (`file-columns.ts`); absent: read from `rows`.
   */
  fileColumns?: ReadonlySet<string>;
}

/** The municipality code of the whole country's cells (as StatBank writes it: "Hele landet"); its one home is `municipalities/`. */
export { WHOLE_COUNTRY_CODE as WHOLE_COUNTRY } from '../municipalities/index.ts';

export type { AggregatedCell, CountedCell } from '../cells/index.ts';

/** What one indicator's rules make of the persons and rows they are given. */
export interface IndicatorOutput {
  cells: CountedCell[];
  /** Data rows whose person is not in the population extract: reported, never silently dropped. */
  unmatched: { rowNumber: number }[];
  /** Human-readable (Danish) remarks on rows that were read but not counted, and why. */
  notes: string[];
  /**
   * Each municipality's cells, when the rules counted them in the same pass as `cells`
   * (`MunicipalTally`); absent: the rules are run again on each municipality's part.
   */
  cellsOf?: (municipality: string) => CountedCell[];
}

export interface AggregationOutput {
  /** Per municipality (in code order), then the whole country `000`; or the extract's own cells. */
  cells: AggregatedCell[];
  /** Data rows whose person is not in the population extract: reported, never silently dropped. */
  unmatched: { rowNumber: number }[];
  /** Human-readable (Danish) remarks on rows that were read but not counted, and why. */
  notes: string[];
}
