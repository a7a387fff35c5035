/**
 * `classify`'s output as a table of numbers and the bytes of each distinct value, so that a
 * million lines are written as bytes copied into a buffer — on this thread and a second one at
 * once (`write-table.ts`) — instead of a million calls of the CSV writer. Every distinct value goes
 * through `csvField` once, when the table is built: quoting and formula neutralising stay the CSV
 * writer's, and the bytes are what `csvLine` would have written. Plain data only (typed arrays,
 * maps, arrays), so a thread can be handed it: the large arrays in shared memory, the rest copied.
 */

/** One column of the output, in order. */
export type OutputColumn = PseudonymColumn | CodedTextColumn;

/**
 * A pseudonym, written as `pseudonymText` does: the own row's (`rows` null) or another row's
 * (`rows[i]`; negative: none), else the text kept for an id that is no row (`unlinked`), else empty.
 */
export interface PseudonymColumn {
  readonly kind: 'pseudonym';
  readonly rows: Int32Array | null;
  readonly unlinked: ReadonlyMap<number, string>;
}

/** A value by its number: `texts[numbers[i]]`, already CSV text (several fields, if the text holds separators of its own making). */
export interface CodedTextColumn {
  readonly kind: 'coded';
  readonly numbers: Int32Array | Uint16Array | Uint8Array;
  readonly texts: readonly Uint8Array[];
}

export interface OutputTable {
  readonly rows: number;
  /** The rows' pseudonyms, `idWords` (`PSEUDONYM_WORDS`) words per row, meaningful where `hasId[i]` is 1. */
  readonly ids: Uint32Array;
  readonly idWords: number;
  readonly hasId: Uint8Array;
  readonly columns: readonly OutputColumn[];
}

const encoder = new TextEncoder();

/** The bytes of CSV text (a field, or fields joined by the writer). */
export function textBytes(text: string): Uint8Array {
  return encoder.encode(text);
}
