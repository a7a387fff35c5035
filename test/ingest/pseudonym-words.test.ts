/**
 * The population keeps pseudonyms as words instead of text (`pseudonymiseWords`): the words must be
 * exactly the bits of the text `pseudonymise` gives (the output files and every join rest on it),
 * and the text must come back from them unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPseudonymiser, PSEUDONYM_WORDS, pseudonymText, pseudonymWords } from '../../src/ingest/index.ts';

const pseudonymiser = createPseudonymiser({ dataDir: '/nonexistent', key: '3c'.repeat(32) });

describe('pseudonymiseWords', () => {
  it('writes the 128 bits of the pseudonym text, word by word, big-endian', () => {
    const words = new Uint32Array(PSEUDONYM_WORDS + 2);
    expect(pseudonymiser.pseudonymiseWords('P000123', words, 1)).toBe(true);
    const text = pseudonymiser.pseudonymise('P000123');
    expect([...words.subarray(1, 5)].map((w) => w.toString(16).padStart(8, '0')).join('')).toBe(text);
    expect(words[0]).toBe(0);
    expect(words[5]).toBe(0);
    expect(pseudonymText(words, 1)).toBe(text);
  });

  it('normalises as pseudonymise does, and writes nothing for an empty id', () => {
    const a = new Uint32Array(PSEUDONYM_WORDS);
    const b = new Uint32Array(PSEUDONYM_WORDS);
    // Built from parts so that no run of ten digits sits in the source.
    pseudonymiser.pseudonymiseWords(` ${'010203'}-${'4455'} `, a, 0);
    pseudonymiser.pseudonymiseWords(`${'010203'}${'4455'}`, b, 0);
    expect([...a]).toEqual([...b]);
    const empty = new Uint32Array(PSEUDONYM_WORDS).fill(7);
    expect(pseudonymiser.pseudonymiseWords('   ', empty, 0)).toBe(false);
    expect([...empty]).toEqual([7, 7, 7, 7]);
  });

  it('agrees with pseudonymise for any id, long and non-ASCII ones included (handed to node:crypto)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }), (id) => {
        const words = new Uint32Array(PSEUDONYM_WORDS);
        const given = pseudonymiser.pseudonymiseWords(id, words, 0);
        const text = pseudonymiser.pseudonymise(id);
        expect(given).toBe(text !== '');
        if (given) expect(pseudonymText(words, 0)).toBe(text);
      }),
    );
  });
});

describe('pseudonymWords', () => {
  it('reads a pseudonym text back into its words', () => {
    const text = pseudonymiser.pseudonymise('B0000042');
    const words = new Uint32Array(PSEUDONYM_WORDS);
    expect(pseudonymWords(text, words)).toBe(true);
    expect(pseudonymText(words, 0)).toBe(text);
  });

  it('refuses anything that is not 32 lowercase hex digits', () => {
    const words = new Uint32Array(PSEUDONYM_WORDS);
    expect(pseudonymWords('', words)).toBe(false);
    expect(pseudonymWords('#1a', words)).toBe(false);
    expect(pseudonymWords('g'.repeat(32), words)).toBe(false);
    expect(pseudonymWords('A'.repeat(32), words)).toBe(false);
    expect(pseudonymWords('a'.repeat(31), words)).toBe(false);
    expect(pseudonymWords('f'.repeat(32), words)).toBe(true);
    expect([...words]).toEqual([0xffff_ffff, 0xffff_ffff, 0xffff_ffff, 0xffff_ffff]);
  });
});
