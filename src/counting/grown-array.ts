/**
 * A typed array's copy with room for `length` elements: the one way the columns of a million
 * persons or rows grow (the population's columns, an indicator file's rows, a bitset of persons
 * seen). Shared memory stays shared, so a column handed to a second thread can still grow.
 */
export type GrowableArray = Int32Array | Uint32Array | Uint16Array | Uint8Array;

type ArrayKind<A> = { new (length: number): A; new (buffer: SharedArrayBuffer): A; readonly BYTES_PER_ELEMENT: number };

/** `array`'s elements at the start of a new array of the same kind and `length` elements (the rest zero). */
export function grownArray<A extends GrowableArray>(array: A, length: number): A {
  const Kind = array.constructor as ArrayKind<A>;
  const next = array.buffer instanceof SharedArrayBuffer ? sharedArray(Kind, length) : new Kind(length);
  next.set(array as never);
  return next;
}

/** A typed array in shared memory (a `SharedArrayBuffer`), zeroed. */
export function sharedArray<A>(Kind: ArrayKind<A>, length: number): A {
  return new Kind(new SharedArrayBuffer(length * Kind.BYTES_PER_ELEMENT));
}
