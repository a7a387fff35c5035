/**
 * A table that StatBank has changed stops the fetch with a `StatbankSchemaError` naming the table
 * and the variable — a new or renamed variable, a new origin code, a code the requests need, the
 * parish texts — and nothing is stored. Also the answer's own columns and codes are checked.
 */
import { describe, expect, it } from 'vitest';
import { fetchContext } from '../../src/services/statbank.ts';
import { checkRows, checkTableInfo, parseTableInfo, STATBANK_TABLE_IDS, StatbankSchemaError, type StatbankTableId } from '../../src/statbank-client/index.ts';
import { type BuiltTable, builtInfo, builtResponder, type InfoJson } from './built.ts';
import { clientFor, serve, sqliteStore, tickingClock } from './helpers.ts';

function info(table: BuiltTable, change: (i: InfoJson) => void = () => {}) {
  const json = builtInfo(table);
  change(json);
  return parseTableInfo(JSON.stringify(json));
}

function variable(i: InfoJson, id: string) {
  const found = i.variables.find((v) => v.id === id);
  if (found === undefined) throw new Error(`no ${id}`);
  return found;
}

function schemaError(fn: () => void): StatbankSchemaError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StatbankSchemaError) return error;
    throw error;
  }
  throw new Error('no StatbankSchemaError');
}

describe('checkTableInfo', () => {
  it('accepts every table as the origin mapping and the table specs describe it', () => {
    for (const table of STATBANK_TABLE_IDS) expect(() => checkTableInfo(table, info(table))).not.toThrow();
  });

  it('names a new origin code that the mapping does not know', () => {
    const error = schemaError(() =>
      checkTableInfo(
        'FOLK1E',
        info('FOLK1E', (i) => variable(i, 'HERKOMST').values.push({ id: '26', text: 'Indvandrere fra MENAPT-lande' })),
      ),
    );
    expect(error).toMatchObject({ kind: 'schema', table: 'FOLK1E', variable: 'HERKOMST' });
    expect(error.message).toContain('26 (Indvandrere fra MENAPT-lande)');
  });

  it('names an origin code the mapping needs that has gone', () => {
    const error = schemaError(() =>
      checkTableInfo(
        'KMSTA001',
        info('KMSTA001', (i) => variable(i, 'HERKOMST').values.pop()),
      ),
    );
    expect(error).toMatchObject({ table: 'KMSTA001', variable: 'HERKOMST' });
    expect(error.message).toContain('lacks the code 35');
  });

  it('names a renamed variable as new, and a removed one as missing', () => {
    const renamed = schemaError(() =>
      checkTableInfo(
        'STRAFNA9',
        info('STRAFNA9', (i) => Object.assign(variable(i, 'KOEN'), { id: 'KØN' })),
      ),
    );
    expect(renamed).toMatchObject({ table: 'STRAFNA9', variable: 'KØN' });
    const removed = schemaError(() =>
      checkTableInfo(
        'EB4',
        info('EB4', (i) => i.variables.splice(3, 1)),
      ),
    );
    expect(removed).toMatchObject({ table: 'EB4', variable: 'IELAND' });
    expect(removed.message).toContain('is missing');
  });

  it('names a code the requests select that has gone, and a time variable that is not one', () => {
    const age = schemaError(() =>
      checkTableInfo(
        'RAS200',
        info('RAS200', (i) => variable(i, 'ALDER').values.splice(0, 1)),
      ),
    );
    expect(age).toMatchObject({ table: 'RAS200', variable: 'ALDER' });
    expect(age.message).toContain('16-64');
    const time = schemaError(() =>
      checkTableInfo(
        'STRFNA11',
        info('STRFNA11', (i) => Object.assign(variable(i, 'Tid'), { time: false })),
      ),
    );
    expect(time).toMatchObject({ table: 'STRFNA11', variable: 'Tid' });
  });
});

describe('checkRows', () => {
  const request = {
    table: 'RAS200',
    format: 'CSV' as const,
    variables: [
      { code: 'HERKOMST', values: ['0', '25'] },
      { code: 'Tid', values: ['2023'] },
    ],
  };

  it('accepts an answer with the requested variables and codes', () => {
    const data = {
      table: 'RAS200',
      format: 'CSV' as const,
      columns: ['HERKOMST', 'TID'],
      rows: [{ keys: { HERKOMST: '25', TID: '2023' }, value: 55.2 }],
      labels: {},
    };
    expect(() => checkRows('RAS200', request, data)).not.toThrow();
  });

  it('names a code that was not asked for, a missing column and an extra one', () => {
    const base = { table: 'RAS200', format: 'CSV' as const, labels: {} };
    const code = schemaError(() =>
      checkRows('RAS200', request, { ...base, columns: ['HERKOMST', 'TID'], rows: [{ keys: { HERKOMST: '26', TID: '2023' }, value: 1 }] }),
    );
    expect(code).toMatchObject({ table: 'RAS200', variable: 'HERKOMST' });
    const missing = schemaError(() => checkRows('RAS200', request, { ...base, columns: ['TID'], rows: [] }));
    expect(missing).toMatchObject({ variable: 'HERKOMST' });
    const extra = schemaError(() => checkRows('RAS200', request, { ...base, columns: ['HERKOMST', 'KØN', 'TID'], rows: [] }));
    expect(extra).toMatchObject({ variable: 'KØN' });
  });
});

describe('fetchContext when a table has changed', () => {
  async function fetchWith(change: (table: BuiltTable, i: InfoJson) => InfoJson, tables?: StatbankTableId[]) {
    const server = await serve(builtResponder({ tableInfo: change }));
    const store = await sqliteStore();
    const deps = { client: clientFor(server), store, threshold: 5, now: tickingClock(), actor: 'test' };
    const error = await fetchContext({ municipality: '825', ...(tables ? { tables } : {}) }, deps).catch((e: unknown) => e);
    return { error, store, server };
  }

  it('fails on a changed variable list, naming the table and the variable, and stores nothing', async () => {
    const { error, store, server } = await fetchWith((table, i) =>
      table === 'RAS200'
        ? {
            ...i,
            variables: [...i.variables, { id: 'CIVILSTAND', text: 'civilstand', elimination: true, time: false, values: [{ id: 'TOT', text: 'I alt' }] }],
          }
        : i,
    );
    expect(error).toBeInstanceOf(StatbankSchemaError);
    expect(error).toMatchObject({ table: 'RAS200', variable: 'CIVILSTAND' });
    expect(await store.listContext()).toEqual([]);
    expect(server.count('data')).toBe(0);
  });

  it('fails when the parish texts no longer name their municipality in brackets', async () => {
    const { error } = await fetchWith(
      (table, i) => {
        if (table === 'KMSTA001') for (const v of variable(i, 'SOGN').values) v.text = v.text.replace(/\s*\(.*\)$/, '');
        return i;
      },
      ['KMSTA001'],
    );
    expect(error).toMatchObject({ kind: 'schema', table: 'KMSTA001', variable: 'SOGN' });
  });

  it('fails when a table no longer lists the municipality', async () => {
    const { error } = await fetchWith(
      (table, i) => {
        if (table === 'STRAFNA6') variable(i, 'OMRÅDE').values = variable(i, 'OMRÅDE').values.filter((v) => v.id !== '825');
        return i;
      },
      ['STRAFNA6'],
    );
    expect(error).toMatchObject({ kind: 'schema', table: 'STRAFNA6', variable: 'OMRÅDE' });
  });
});
