/**
 * The two data formats parsed into one row shape: StatBank's CSV (BOM, `;`, CRLF, `INDHOLD`, `..`,
 * decimal comma or point, quoted texts) and JSON-stat (StatBank's 1.x bundle and 2.0, dense and
 * sparse values, row-major order).
 */
import { describe, expect, it } from 'vitest';
import { parseJsonStat, parseStatbankCsv, StatbankResponseError } from '../../src/statbank-client/index.ts';

describe('parseStatbankCsv', () => {
  it('reads codes and figures, with missing figures as null', () => {
    const text = '\uFEFFOMRÅDE;HERKOMST;TID;INDHOLD\r\n101;25;2025K3;1234\r\n101;34;2025K3;..\r\n';
    expect(parseStatbankCsv(text, 'FOLK1E')).toEqual({
      table: 'FOLK1E',
      format: 'CSV',
      columns: ['OMRÅDE', 'HERKOMST', 'TID'],
      rows: [
        { keys: { OMRÅDE: '101', HERKOMST: '25', TID: '2025K3' }, value: 1234 },
        { keys: { OMRÅDE: '101', HERKOMST: '34', TID: '2025K3' }, value: null },
      ],
      labels: {},
    });
  });

  it('reads a decimal comma (Danish answers) and a decimal point (English answers) alike', () => {
    const rows = parseStatbankCsv('HERKOMST;INDHOLD\n25;74,1\n35;74.1\n0;-0,5\n', 'RAS200').rows;
    expect(rows.map((r) => r.value)).toEqual([74.1, 74.1, -0.5]);
  });

  it('keeps a quoted text with a semicolon in one field', () => {
    const rows = parseStatbankCsv('\uFEFFSOGN;TID;INDHOLD\r\n"7001 Vor Frue; indre by";2025;12\r\n"Say ""hi""";2025;3\r\n', 'KMSTA001').rows;
    expect(rows.map((r) => r.keys.SOGN)).toEqual(['7001 Vor Frue; indre by', 'Say "hi"']);
  });

  it('refuses a header without INDHOLD last, a short line and a figure that is not a number', () => {
    expect(() => parseStatbankCsv('INDHOLD;TID\r\n1;2025\r\n', 'X')).toThrow(StatbankResponseError);
    expect(() => parseStatbankCsv('TID;INDHOLD\r\n2025\r\n', 'X')).toThrow(/line 2 has 1 fields/);
    expect(() => parseStatbankCsv('TID;INDHOLD\r\n2025;1.234,5\r\n', 'X')).toThrow(/figure "1.234,5"/);
    expect(() => parseStatbankCsv('', 'X')).toThrow(/empty CSV/);
  });
});

describe('parseJsonStat', () => {
  it('walks a 2 × 3 cube in row-major order (the last dimension varies fastest)', () => {
    const json = {
      dataset: {
        dimension: {
          OMRÅDE: { category: { index: { '101': 0, '000': 1 } } },
          HERKOMST: { category: { index: ['1', '25', '35'], label: { '1': 'Dansk', '25': 'IV indv.', '35': 'IV efterk.' } } },
          id: ['OMRÅDE', 'HERKOMST'],
          size: [2, 3],
        },
        value: [10, 11, 12, 20, 21, null],
      },
    };
    const data = parseJsonStat(json, 'FOLK1E');
    expect(data.columns).toEqual(['OMRÅDE', 'HERKOMST']);
    expect(data.rows[3]).toEqual({ keys: { OMRÅDE: '000', HERKOMST: '1' }, value: 20 });
    expect(data.rows[5]).toEqual({ keys: { OMRÅDE: '000', HERKOMST: '35' }, value: null });
    expect(data.labels.HERKOMST?.['25']).toBe('IV indv.');
  });

  it('reads JSON-stat 2.0 with sparse values, and keeps a metric dimension with several contents', () => {
    const json = {
      version: '2.0',
      class: 'dataset',
      id: ['ContentsCode', 'Tid'],
      size: [2, 2],
      role: { metric: ['ContentsCode'] },
      dimension: {
        ContentsCode: { category: { index: { BFK: 0, EFK: 1 } } },
        Tid: { category: { index: { '2022': 0, '2023': 1 } } },
      },
      value: { '1': 74.1, '3': 77.5 },
    };
    expect(parseJsonStat(json, 'RAS200').rows).toEqual([
      { keys: { CONTENTSCODE: 'BFK', TID: '2022' }, value: null },
      { keys: { CONTENTSCODE: 'BFK', TID: '2023' }, value: 74.1 },
      { keys: { CONTENTSCODE: 'EFK', TID: '2022' }, value: null },
      { keys: { CONTENTSCODE: 'EFK', TID: '2023' }, value: 77.5 },
    ]);
  });

  it('refuses what is not a dataset, and a dimension whose categories do not match its size', () => {
    expect(() => parseJsonStat({ hello: 1 }, 'X')).toThrow(StatbankResponseError);
    const wrong = { dataset: { dimension: { Tid: { category: { index: ['2024'] } }, id: ['Tid'], size: [2] }, value: [1, 2] } };
    expect(() => parseJsonStat(wrong, 'X')).toThrow(/lists 1 categories, its size is 2/);
  });
});
