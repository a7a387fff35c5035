/**
 * The shapes of Statistics Denmark's StatBank API (`https://api.statbank.dk/v1`) as the rest of the
 * product sees them: subjects, tables, a table's metadata (`tableinfo`), a data request and the one
 * row shape that both data formats (CSV and JSON-stat) are parsed into.
 */

/** The four functions of the API. */
export const STATBANK_ENDPOINTS = ['subjects', 'tables', 'tableinfo', 'data'] as const;
export type StatbankEndpoint = (typeof STATBANK_ENDPOINTS)[number];

import type { Lang } from '../language/index.ts';

/** The two data formats the client reads. */
export const DATA_FORMATS = ['CSV', 'JSONSTAT'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

/** How CSV cells name a variable's value: `Code` gives the codes (`101`), `Default`/`Value` the texts. */
export type ValuePresentation = 'Code' | 'Value' | 'Default' | 'CodeAndValue';

/** A JSON value as it is sent in a request body. */
export type StatbankParam = string | number | boolean | readonly string[] | readonly VariableSelection[];
export type StatbankParams = Readonly<Record<string, StatbankParam>>;

/** One subject of the subject tree. */
export interface Subject {
  id: string;
  description: string;
  active: boolean;
  hasSubjects: boolean;
  subjects: Subject[];
}

/** One table as `tables` lists it. */
export interface TableSummary {
  id: string;
  text: string;
  unit: string;
  /** When Statistics Denmark last updated the table (local time, no zone: `2025-03-25T08:00:00`). */
  updated: string;
  firstPeriod: string;
  latestPeriod: string;
  active: boolean;
  /** Variable texts (not ids), e.g. `national origin`. */
  variables: string[];
}

/** One value of a variable: its code and its text in the request's language. */
export interface VariableValue {
  id: string;
  text: string;
}

/** One variable of a table. `time` marks the period variable (`Tid`). */
export interface TableVariable {
  id: string;
  text: string;
  /** True when the variable may be left out of a request (StatBank then sums over it). */
  elimination: boolean;
  time: boolean;
  values: VariableValue[];
}

/** A table's metadata, from `tableinfo`. */
export interface TableInfo {
  id: string;
  text: string;
  description: string;
  unit: string;
  /** When the table was last updated; the cache re-fetches data only when this moves forward. */
  updated: string;
  active: boolean;
  variables: TableVariable[];
  documentationUrl: string | null;
}

/** The values asked for of one variable (`*` for all). */
export interface VariableSelection {
  code: string;
  values: readonly string[];
}

/** A `data` request. Variables left out are eliminated (summed) by StatBank where it allows it. */
export interface DataRequest {
  table: string;
  format: DataFormat;
  /** Defaults to the client's language. */
  lang?: Lang;
  /** CSV only; defaults to `Code`, so that cells hold codes that the origin mapping understands. */
  valuePresentation?: ValuePresentation;
  variables: readonly VariableSelection[];
}

/**
 * One cell of a data response: the value of each variable (keyed by the variable id in upper case,
 * e.g. `HERKOMST`, `TID`) and the figure, or null where StatBank shows `..` (not available).
 */
export interface StatbankRow {
  readonly keys: Readonly<Record<string, string>>;
  readonly value: number | null;
}

/** A parsed data response, whatever format it came in. */
export interface StatbankData {
  table: string;
  format: DataFormat;
  /** The variables of the rows, upper case, in the response's order. */
  columns: string[];
  rows: StatbankRow[];
  /** Code → text per variable, where the format carries texts (JSON-stat); empty for CSV. */
  labels: Readonly<Record<string, Readonly<Record<string, string>>>>;
}
