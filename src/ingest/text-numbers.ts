/**
 * Numbers for texts, found by a string or by a range of a longer string without slicing it out. A
 * CSV line's cells are ranges of the decoded chunk (`CsvLine`): a reader that wants only the number
 * of a cell's value (a date, a country, a municipality) looks the range up here, and a million rows
 * of fourteen cells no longer become fourteen million strings hashed one by one (half of reading a
 * population extract, before). Open addressing with linear probing; both lookups hash the same UTF-16
 * code units, so a text set as a string is found as a range and the other way round.
 */
const EMPTY_SLOT = 0;
const FIRST_CAPACITY = 64;

export class TextNumbers {
  #keys: string[] = [];
  #hashes = new Int32Array(FIRST_CAPACITY);
  /** The number + 1 at each slot (0: empty). */
  #numbers = new Int32Array(FIRST_CAPACITY);
  #size = 0;

  /** How many texts have a number. */
  get size(): number {
    return this.#size;
  }

  /** The number of `text`, or -1. */
  get(text: string): number {
    return this.getRange(text, 0, text.length);
  }

  /** The number of `text.slice(start, end)`, or -1, without slicing it. */
  getRange(text: string, start: number, end: number): number {
    const hash = hashRange(text, start, end);
    const mask = this.#numbers.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const n = this.#numbers[slot] as number;
      if (n === EMPTY_SLOT) return -1;
      if (this.#hashes[slot] === hash && sameText(this.#keys[slot] as string, text, start, end)) return n - 1;
    }
  }

  /** Gives `text` the number `n` (≥ 0); a text already numbered keeps its first number. */
  set(text: string, n: number): void {
    if (this.get(text) !== -1) return;
    if (2 * (this.#size + 1) > this.#numbers.length) this.#grow();
    this.#place(text, hashRange(text, 0, text.length), n + 1);
    this.#size++;
  }

  #place(text: string, hash: number, stored: number): void {
    const mask = this.#numbers.length - 1;
    let slot = hash & mask;
    while (this.#numbers[slot] !== EMPTY_SLOT) slot = (slot + 1) & mask;
    this.#keys[slot] = text;
    this.#hashes[slot] = hash;
    this.#numbers[slot] = stored;
  }

  #grow(): void {
    const keys = this.#keys;
    const hashes = this.#hashes;
    const numbers = this.#numbers;
    this.#keys = [];
    this.#hashes = new Int32Array(numbers.length * 2);
    this.#numbers = new Int32Array(numbers.length * 2);
    for (let slot = 0; slot < numbers.length; slot++) {
      const stored = numbers[slot] as number;
      if (stored !== EMPTY_SLOT) this.#place(keys[slot] as string, hashes[slot] as number, stored);
    }
  }
}

/** FNV-1a over the code units, then a final mix so that near-equal texts (dates) spread over the slots. */
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

function sameText(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
