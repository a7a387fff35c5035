/**
 * `classify`'s output lines, formatted as bytes from tables of distinct values (and, for a large
 * extract, on two threads): byte for byte what the CSV writer makes of each row's values
 * (`csvLine`), which is how `classify` wrote them before — quoting, formula neutralising, UTF-8
 * letters, missing ids and parents that are no row of the extract included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPseudonymiser, csvLine } from '../../src/ingest/index.ts';
import { assignGroup } from '../../src/origin/index.ts';
import { CLASSIFY_COLUMNS, classifyPopulation } from '../../src/services/classify.ts';
import { CHUNK_ROWS } from '../../src/services/classify-output/chunks.ts';
import { formatRows, linesBytes, SLACK } from '../../src/services/classify-output/format-rows.ts';
import type { OutputColumn, OutputTable } from '../../src/services/classify-output/output-table.ts';
import { type FormatHelper, FormatThread, TableWriter } from '../../src/services/classify-output/write-table.ts';
import { classifyRows } from '../../src/services/population/classify-rows.ts';
import { readPopulation } from '../../src/services/population/read-population.ts';

let dir: string;
const pseudonymiser = createPseudonymiser({ dataDir: os.tmpdir(), key: '5e'.repeat(32) });
const HEADER = 'person_id;birth_date;sex;birth_country;citizenship;mother_id;father_id;mother_birth_country;refugee;area;municipality';

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'indikator-classify-output-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The output as `classify` wrote it row by row through the CSV writer: the reference. */
async function referenceLines(input: string, thirdGeneration = false): Promise<string> {
  const population = await readPopulation(input, pseudonymiser, { pseudonymThread: false });
  const { persons } = population;
  const { origins } = classifyRows(population);
  let text = csvLine(CLASSIFY_COLUMNS);
  for (let i = 0; i < persons.size; i++) {
    const origin = origins[i];
    if (origin === undefined) throw new Error(`row ${i} has no classification`);
    const citizenship = persons.citizenship(i);
    const refugee = persons.refugee(i);
    const group = assignGroup({ origin, citizenship, refugee }, 'origin', thirdGeneration);
    text += csvLine([
      persons.idText(i),
      persons.birthDate(i),
      persons.sex(i),
      persons.birthCountry(i),
      citizenship,
      persons.parentRef(i, 'mother'),
      persons.parentRef(i, 'father'),
      persons.area(i),
      persons.municipality(i),
      origin.originGroup,
      origin.originCountry,
      origin.originRegion,
      origin.thirdGeneration,
      refugee,
      group,
    ]);
  }
  return text;
}

async function classified(input: string, formatThread: boolean, thirdGeneration = false): Promise<string> {
  const output = path.join(dir, `out-${formatThread}.csv`);
  await classifyPopulation({ input, output, definition: 'origin', thirdGeneration, formatThread }, pseudonymiser);
  return readFileSync(output, 'utf8');
}

describe("classify's output lines", () => {
  it('are what the CSV writer writes for every kind of value', async () => {
    const input = path.join(dir, 'tricky.csv');
    await writeFile(
      input,
      [
        HEADER,
        // A mother in the extract, a father who is not; an area that needs quotes and one that a
        // spreadsheet would take for a formula; Danish letters (two bytes each in UTF-8).
        'C1;2010-05-01;K;DK;DK;M1;F9;;nej;"Nørrebro, syd";101',
        'M1;1980-01-01;K;Tyrkiet;TR;;;;nej;=SUM(A1);101',
        // A blank sex and area.
        'R1;1975-03-03;;SY;SY;;;;ja;;751',
        'X1;1990-07-07;M;Østrig;AT;;F9;Østrig;nej; leading space;751',
        'X2;2001-02-03;M;DK;DK;X1;;;nej;"say ""hi""";751',
      ].join('\n'),
    );
    const expected = await referenceLines(input);
    expect(await classified(input, false)).toBe(expected);
    expect(await classified(input, true)).toBe(expected);
    // The reference itself holds what the cases are for.
    expect(expected).toContain('"Nørrebro, syd"');
    expect(expected).toContain("'=SUM(A1)");
    expect(expected).toContain('"say ""hi"""');
  });

  it('are the same on one thread and on two, over many chunks, in input order', async () => {
    const input = path.join(dir, 'many.csv');
    const rows = 3 * CHUNK_ROWS + 123;
    const countries = ['DK', 'TR', 'SY', 'AT', 'IQ', 'SO'];
    const lines = [HEADER];
    for (let i = 0; i < rows; i++) {
      const mother = i % 5 === 0 && i > 0 ? `P${i - 1}` : '';
      const country = countries[i % countries.length];
      lines.push(
        `P${i};19${50 + (i % 50)}-01-0${1 + (i % 9)};${i % 2 ? 'M' : 'K'};${country};${country};${mother};;;${i % 7 === 0 ? 'ja' : 'nej'};Område ${i % 40};${101 + (i % 3)}`,
      );
    }
    await writeFile(input, lines.join('\n'));
    const expected = await referenceLines(input, true);
    expect(await classified(input, true, true)).toBe(expected);
    expect(await classified(input, false, true)).toBe(expected);
  });
});

describe('TableWriter', () => {
  /** A table of `rows` rows: a pseudonym of the row number, and a coded column cycling through three texts. */
  const table = (rows: number): OutputTable => {
    const ids = new Uint32Array(rows * 4);
    for (let i = 0; i < rows; i++) ids[i * 4 + 3] = i;
    return {
      rows,
      ids,
      idWords: 4,
      hasId: new Uint8Array(rows).fill(1),
      columns: [
        { kind: 'pseudonym', rows: null, unlinked: new Map() },
        { kind: 'coded', numbers: Uint8Array.from({ length: rows }, (_, i) => i % 3), texts: ['a', '"b,c"', 'ø'].map((t) => new TextEncoder().encode(t)) },
      ],
    };
  };
  const HEADER = 'id,value\n';
  const expected = (rows: number) =>
    HEADER + Array.from({ length: rows }, (_, i) => `${i.toString(16).padStart(32, '0')},${['a', '"b,c"', 'ø'][i % 3]}\n`).join('');
  const output = () => path.join(dir, 'table.csv');
  const written = () => readFileSync(output(), 'utf8');

  /** A thread whose end can be awaited, so that a test can let it take every chunk before this thread takes any. */
  const awaitedThread = () => {
    const thread = new FormatThread();
    let ended: () => void = () => undefined;
    const done = new Promise<void>((settle) => (ended = settle));
    const helper: FormatHelper = {
      start: (request, reports) =>
        thread.start(request, {
          wrote: reports.wrote,
          ended: () => {
            reports.ended();
            ended();
          },
        }),
      close: () => thread.close(),
    };
    return { helper, done };
  };

  it('writes every row once, in order, with the header first', async () => {
    const rows = 4 * CHUNK_ROWS + 7;
    expect(await new TableWriter(output(), HEADER, table(rows), null).finish()).toBe(0);
    expect(written()).toBe(expected(rows));
  });

  it('has the thread write every chunk it takes at its place, as this thread would', async () => {
    const rows = 3 * CHUNK_ROWS + 5;
    const { helper, done } = awaitedThread();
    try {
      const writer = new TableWriter(output(), HEADER, table(rows), helper);
      await done;
      expect(await writer.finish()).toBe(4);
      expect(written()).toBe(expected(rows));
    } finally {
      await helper.close();
    }
  });

  it('lets the thread write the rows published while the rest are filled in, with the texts found on the way', async () => {
    const rows = 3 * CHUNK_ROWS + 11;
    const { helper, done } = awaitedThread();
    try {
      // The growing column: row i shows text `t<k>` for k = i / 10,000, each text new when first used.
      const numbers = new Int32Array(new SharedArrayBuffer(4 * rows));
      const texts: Uint8Array[] = [];
      const growing: OutputTable = { ...table(rows), columns: [table(rows).columns[0] as OutputColumn, { kind: 'coded', numbers, texts }] };
      const writer = new TableWriter(output(), HEADER, growing, helper, 1);
      for (let i = 0; i < rows; i++) {
        const k = Math.floor(i / 10_000);
        if (texts.length === k) texts.push(new TextEncoder().encode(`t${k}`));
        numbers[i] = k;
        writer.publish(i + 1);
      }
      await done;
      expect(await writer.finish()).toBe(4);
      const lines = Array.from({ length: rows }, (_, i) => `${i.toString(16).padStart(32, '0')},t${Math.floor(i / 10_000)}\n`);
      expect(written()).toBe(HEADER + lines.join(''));
    } finally {
      await helper.close();
    }
  });

  it('writes the chunks a failed thread took', async () => {
    const rows = 5 * CHUNK_ROWS;
    // A helper that takes two chunks and then ends without writing them, as a thread that dies.
    const dying: FormatHelper = {
      start: (request, reports) => {
        Atomics.add(request.taken, 0, 2);
        setImmediate(reports.ended);
      },
      close: async () => undefined,
    };
    expect(await new TableWriter(output(), HEADER, table(rows), dying).finish()).toBe(0);
    expect(written()).toBe(expected(rows));
  });

  it('writes everything itself when the thread is gone before it starts', async () => {
    const thread = new FormatThread();
    await thread.close();
    expect(await new TableWriter(output(), HEADER, table(2 * CHUNK_ROWS), thread).finish()).toBe(0);
    expect(written()).toBe(expected(2 * CHUNK_ROWS));
  });

  it('refuses to finish before every row is published, and leaves no file when aborted', async () => {
    const growing: OutputTable = { ...table(10), columns: [{ kind: 'coded', numbers: new Int32Array(10), texts: [new Uint8Array(0)] }] };
    const writer = new TableWriter(path.join(dir, 'never.csv'), HEADER, growing, null, 0);
    writer.publish(5);
    await expect(writer.finish()).rejects.toThrow(/not all published/);
    await writer.abort();
    expect(readdirSync(dir).filter((name) => name.startsWith('never.csv'))).toEqual([]);
  });

  it('writes texts of every length whole, whatever follows them (a property)', () => {
    // Texts are written a 32-bit word at a time, the last padded and overwritten by what follows:
    // lines of texts of 0 to 13 bytes (letters of two and three bytes included) in any order.
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', '7', 'ø', 'Å', '€', ','), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (texts, picks) => {
        const rows = picks.length;
        const bytes = texts.map((t) => new TextEncoder().encode(t));
        const numbers = Int32Array.from(picks, (p) => p % texts.length);
        const twice: OutputTable = {
          rows,
          ids: new Uint32Array(0),
          idWords: 4,
          hasId: new Uint8Array(rows),
          columns: [
            { kind: 'coded', numbers, texts: bytes },
            { kind: 'coded', numbers: numbers.map((n) => (n + 1) % texts.length), texts: bytes },
          ],
        };
        const length = linesBytes(twice, 0, rows);
        const out = new Uint8Array(length + SLACK).fill(0xff);
        expect(formatRows(twice, 0, rows, out)).toBe(length);
        const lines = Array.from(numbers, (n) => `${texts[n]},${texts[(n + 1) % texts.length]}\n`).join('');
        expect(Buffer.from(out.subarray(0, length)).toString('utf8')).toBe(lines);
      }),
    );
  });

  it('formats a pseudonym as its words in hex, most significant first', () => {
    const one: OutputTable = { ...table(1), ids: Uint32Array.of(0x0123abcd, 0xffffffff, 0, 0x80000001) };
    const bytes = linesBytes(one, 0, 1);
    const out = new Uint8Array(bytes + SLACK);
    expect(formatRows(one, 0, 1, out)).toBe(bytes);
    expect(Buffer.from(out.subarray(0, bytes)).toString('latin1')).toBe('0123abcdffffffff0000000080000001,a\n');
  });
});
