import { readFileSync } from 'node:fs';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createCsvWriter, csvField, csvRecord, DANISH_EXCEL_CSV, neutralised, openTable, restored, toCsv } from '../../src/ingest/index.ts';
import { collect, rejection, useTempDir } from './helpers.ts';

const temp = useTempDir();

describe('csvField and toCsv', () => {
  it('writes numbers with ".", booleans as true/false, null as empty, and quotes per RFC 4180', () => {
    expect(csvField(0.352)).toBe('0.352');
    expect(csvField(-12)).toBe('-12');
    expect(csvField(true)).toBe('true');
    expect(csvField(false)).toBe('false');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField('Vest, Syd')).toBe('"Vest, Syd"');
    expect(csvField('sagde "hej"')).toBe('"sagde ""hej"""');
    expect(csvField('to\nlinjer')).toBe('"to\nlinjer"');
    expect(csvField('semi;kolon')).toBe('semi;kolon');
    expect(() => csvField(Number.NaN)).toThrow(/NaN/);
  });

  it('toCsv joins rows with commas and LF', () => {
    expect(
      toCsv([
        ['group', 'share', 'suppressed'],
        ['target', 0.352, false],
        ['total', null, true],
      ]),
    ).toBe('group,share,suppressed\ntarget,0.352,false\ntotal,,true\n');
    expect(toCsv([])).toBe('');
  });
});

describe('createCsvWriter', () => {
  it('writes a file that openTable reads back unchanged (UTF-8, ",", ".")', async () => {
    const file = temp.path('out.csv');
    const writer = createCsvWriter(file, ['person_id', 'område', 'andel', 'flygtning']);
    await writer.write(['P1', 'Nørrebro', 0.352, true]);
    await writer.write(['P2', 'Vest, "Syd"', null, false]);
    await writer.close();
    expect(writer.rows).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('person_id,område,andel,flygtning\nP1,Nørrebro,0.352,true\nP2,"Vest, ""Syd""",,false\n');
    const source = await openTable(file);
    expect(source).toMatchObject({ encoding: 'utf-8', separator: ',', decimal: '.' });
    expect((await collect(source.rows())).map((r) => r.values)).toEqual([
      ['P1', 'Nørrebro', '0.352', 'true'],
      ['P2', 'Vest, "Syd"', '', 'false'],
    ]);
  });

  it('waits when the stream is full (backpressure) and never buffers more than a block', async () => {
    const written: string[] = [];
    let waits = 0;
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        written.push(chunk.toString());
        setImmediate(done);
      },
    });
    const writer = createCsvWriter(slow, ['n', 'text']);
    for (let i = 0; i < 20_000; i++) {
      const pending = writer.write([i, 'x'.repeat(20)]);
      if (pending !== undefined) {
        waits++;
        await pending;
      }
      expect(slow.writableLength).toBeLessThanOrEqual(128 * 1024);
    }
    await writer.close();
    expect(waits).toBeGreaterThan(0);
    const lines = written.join('').split('\n');
    expect(lines[0]).toBe('n,text');
    expect(lines[20_000]).toBe(`19999,${'x'.repeat(20)}`);
    expect(lines).toHaveLength(20_002);
    expect(slow.writableEnded).toBe(false);
  });

  it('flushes into a stream it did not open without ending it', async () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    const writer = createCsvWriter(stream, ['a']);
    await writer.write(['1']);
    await writer.close();
    expect(Buffer.concat(chunks).toString()).toBe('a\n1\n');
    expect(stream.writableEnded).toBe(false);
  });

  it('refuses a row with the wrong number of values, and reports a file it cannot write', async () => {
    const writer = createCsvWriter(temp.path('short.csv'), ['a', 'b']);
    expect(() => writer.write(['only one'])).toThrow(/1 values for 2 columns/);
    await writer.close();
    const broken = createCsvWriter(temp.path('no/such/folder/out.csv'), ['a']);
    await broken.write(['1']);
    expect(await rejection(broken.close())).toMatchObject({ code: 'ENOENT' });
  });
});

describe('the one CSV value writer and the spreadsheet', () => {
  it('prefixes formula-like text with a quote in both dialects and leaves numbers, negative ones too, as numbers', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('=1+1', DANISH_EXCEL_CSV)).toBe("'=1+1");
    for (const start of ['+', '-', '@', '\t']) expect(csvField(`${start}x`, DANISH_EXCEL_CSV)).toBe(`'${start}x`);
    expect(csvField('\rx')).toBe(`"'\rx"`);
    expect(csvField('-1.5')).toBe("'-1.5");
    expect(csvField(-1.5)).toBe('-1.5');
    expect(csvField(-1.5, DANISH_EXCEL_CSV)).toBe('-1,5');
    expect(csvRecord(['Vest; Syd', -0.25, ' x'], DANISH_EXCEL_CSV)).toBe('"Vest; Syd";-0,25;" x"');
  });

  it('restored undoes neutralised exactly, also for text that starts with a quote', () => {
    const texts = ['=A1', "'=A1", "''+1", "'tekst", 'tekst', '', "'", '-', "'-", '@navn', 'Nørrebro'];
    for (const text of texts) expect(restored(neutralised(text))).toBe(text);
    expect(neutralised("'=A1")).toBe("''=A1");
    expect(restored("'tekst")).toBe("'tekst");
  });
});
