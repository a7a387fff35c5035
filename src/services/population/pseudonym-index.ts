/**
 * The population's rows by pseudonym, without a string per person: an open-addressing hash table
 * (linear probing) of row numbers in an `Int32Array`, keyed by the pseudonym's 128 bits as the
 * population keeps them (`PSEUDONYM_WORDS` words per row). The bits are an HMAC's, so they are
 * already uniformly spread: the first word is the hash. A `Map` of a million 32-character strings
 * cost ≈ 0.5 µs and ≈ 100 bytes per person; this costs a few array reads and 8–16 bytes.
 */
import { PSEUDONYM_WORDS } from '../../ingest/index.ts';

const EMPTY = -1;

export class PseudonymIndex {
  #slots: Int32Array;
  #mask: number;
  #count = 0;
  /** Every row's words, `PSEUDONYM_WORDS` per row (the population's own array; it may be replaced as it grows). */
  #words: () => Uint32Array;

  constructor(words: () => Uint32Array, expected = 1 << 16) {
    this.#words = words;
    const size = tableSize(expected);
    this.#slots = new Int32Array(size).fill(EMPTY);
    this.#mask = size - 1;
  }

  /** The row whose pseudonym is the `PSEUDONYM_WORDS` words of `key` at `offset`; -1 when none. */
  find(key: Uint32Array, offset: number): number {
    const words = this.#words();
    const slots = this.#slots;
    const mask = this.#mask;
    for (let slot = (key[offset] as number) & mask; ; slot = (slot + 1) & mask) {
      const row = slots[slot] as number;
      if (row === EMPTY) return -1;
      if (sameWords(words, row * PSEUDONYM_WORDS, key, offset)) return row;
    }
  }

  /**
   * Adds `row` (its words already in the population's array); returns the earlier row with the
   * same pseudonym instead, and adds nothing, when there is one.
   */
  add(row: number): number {
    const words = this.#words();
    const offset = row * PSEUDONYM_WORDS;
    const slots = this.#slots;
    const mask = this.#mask;
    let slot = (words[offset] as number) & mask;
    for (; ; slot = (slot + 1) & mask) {
      const other = slots[slot] as number;
      if (other === EMPTY) break;
      if (sameWords(words, other * PSEUDONYM_WORDS, words, offset)) return other;
    }
    slots[slot] = row;
    if (++this.#count * 2 > slots.length) this.#grow();
    return -1;
  }

  /** Doubles the table (kept at most half full, so probes stay short). */
  #grow(): void {
    const words = this.#words();
    const old = this.#slots;
    const slots = new Int32Array(old.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    for (let s = 0; s < old.length; s++) {
      const row = old[s] as number;
      if (row === EMPTY) continue;
      let slot = (words[row * PSEUDONYM_WORDS] as number) & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = row;
    }
    this.#slots = slots;
    this.#mask = mask;
  }
}

function sameWords(a: Uint32Array, i: number, b: Uint32Array, j: number): boolean {
  return a[i] === b[j] && a[i + 1] === b[j + 1] && a[i + 2] === b[j + 2] && a[i + 3] === b[j + 3];
}

/** The smallest power of two at least twice `expected`. */
function tableSize(expected: number): number {
  let size = 16;
  while (size < expected * 2) size *= 2;
  return size;
}
