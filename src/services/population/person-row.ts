/** One person of a population extract after reading: identifiers already pseudonymised. */
import type { CountryCode, OriginGroup, ParentStatus } from '../../origin/index.ts';

export interface ParentColumns {
  /** Pseudonym from `mother_id` / `father_id`, when given. */
  readonly ref: string | null;
  readonly birthCountry: CountryCode | null;
  readonly citizenship: CountryCode | null;
  readonly originGroup: OriginGroup | null;
  /** The parent's own origin country (`mother_origin_country`), for a child of descendants. */
  readonly originCountry: CountryCode | null;
  /** The parent's register status (`mother_status`); null when the extract does not say. */
  readonly status: ParentStatus | null;
}

export interface PersonRow {
  readonly rowNumber: number;
  readonly id: string;
  readonly birthDate: string;
  readonly sex: 'M' | 'K' | null;
  readonly birthCountry: CountryCode | null;
  readonly citizenship: CountryCode | null;
  readonly mother: ParentColumns;
  readonly father: ParentColumns;
  readonly refugee: boolean;
  readonly area: string | null;
  readonly municipality: string | null;
  /** `arrival_date`: when an immigrant arrived in Denmark; null when empty or the extract has no such column. */
  readonly arrivalDate: string | null;
}
