/**
 * The StatBank client against a local server: the RECORDED answers in fixtures/recorded (from ../shared/fixtures/statbank)
 * (subjects, tables, tableinfo in Danish and English, data as CSV and as JSON-stat), a BUILT error
 * answer in StatBank's documented shape, a server that never answers, and no server at all.
 */
import { describe, expect, it } from 'vitest';
import { createStatbankClient, StatbankHttpError, StatbankNetworkError, StatbankResponseError, StatbankTimeoutError } from '../../src/statbank-client/index.ts';
import { builtError } from './built.ts';
import { startFixtureServer } from './fixture-server.ts';
import { clientFor, serve } from './helpers.ts';
import { recordedResponder } from './recorded.ts';

const STRAF42_SELECTION = [
  { code: 'HERKOMST1', values: ['00'] },
  { code: 'TID', values: ['2023'] },
];

describe('the client against recorded StatBank answers', () => {
  it('lists the root subjects (recorded subjects_da_0)', async () => {
    const server = await serve(recordedResponder());
    const subjects = await clientFor(server).subjects();
    expect(subjects.map((s) => s.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '19']);
    expect(subjects[0]).toEqual({ id: '1', description: 'Borgere', active: true, hasSubjects: true, subjects: [] });
    expect(server.exchanges[0]).toEqual({ method: 'POST', endpoint: 'subjects', params: { lang: 'da', format: 'json' } });
  });

  it('lists the tables of a subject with their updated stamps (recorded tables_subject_crime_0)', async () => {
    const server = await serve(recordedResponder());
    const tables = await clientFor(server).tables({ subjects: ['4'], lang: 'en' });
    const strafna9 = tables.find((t) => t.id === 'STRAFNA9');
    expect(strafna9).toEqual({
      id: 'STRAFNA9',
      text: 'Persons guilty in crimes',
      unit: 'Number',
      updated: '2024-12-09T08:00:00',
      firstPeriod: '2000',
      latestPeriod: '2023',
      active: true,
      variables: ['sex', 'age', 'ancestry', 'time'],
    });
    expect(tables.find((t) => t.id === 'STRAFNA6')?.variables).toEqual(['region', 'sex', 'age', 'national origin', 'time']);
  });

  it('reads a table description in Danish and in English (recorded table_info_straf42_*)', async () => {
    const server = await serve(recordedResponder());
    const client = clientFor(server);
    const da = await client.tableInfo('STRAF42');
    const en = await client.tableInfo('STRAF42', { lang: 'en' });
    expect(da.variables.map((v) => v.id)).toEqual(['HERKOMST1', 'OVERTRÆD', 'AFGØRELSE', 'ALDER', 'KØN', 'Tid']);
    expect(en.variables.map((v) => v.id)).toEqual(da.variables.map((v) => v.id));
    expect(da.updated).toBe('2025-03-25T08:00:00');
    expect(da.text).toBe('Strafferetlige afgørelser');
    expect(en.text).toBe('Decisions, total');
    const tid = da.variables.find((v) => v.id === 'Tid');
    expect(tid?.time).toBe(true);
    expect(tid?.values).toHaveLength(30);
    expect(tid?.values[0]).toEqual({ id: '1995', text: '1995' });
    expect(tid?.values[29]).toEqual({ id: '2024', text: '2024' });
    expect(da.variables[0]?.values.map((v) => v.id)).toEqual(['00', '80', '81', '82', '83', '84', '85']);
    expect(da.documentationUrl).toBe('https://www.dst.dk/statistikdokumentation/3806026b-3f64-451f-9836-c7a442da922f');
    expect(server.exchanges[0]?.params).toEqual({ table: 'STRAF42', lang: 'da', format: 'json' });
  });

  it('parses the CSV answer: BOM, ";", CRLF, header of variables plus INDHOLD (recorded data_straf42_csv_0)', async () => {
    const server = await serve(recordedResponder());
    const data = await clientFor(server).data({ table: 'STRAF42', lang: 'en', format: 'CSV', valuePresentation: 'Default', variables: STRAF42_SELECTION });
    expect(data.columns).toEqual(['HERKOMST1', 'TID']);
    // valuePresentation Default gives texts: "Total" is code 00.
    expect(data.rows).toEqual([{ keys: { HERKOMST1: 'Total', TID: '2023' }, value: 233454 }]);
    expect(server.exchanges[0]).toMatchObject({ method: 'POST', endpoint: 'data' });
  });

  it('parses the JSON-stat answer into the same row shape, with codes and labels (recorded data_straf42_json_0)', async () => {
    const server = await serve(recordedResponder());
    const client = clientFor(server);
    const json = await client.data({ table: 'STRAF42', lang: 'en', format: 'JSONSTAT', variables: STRAF42_SELECTION });
    const csv = await client.data({ table: 'STRAF42', lang: 'en', format: 'CSV', valuePresentation: 'Default', variables: STRAF42_SELECTION });
    expect(json.columns).toEqual(['HERKOMST1', 'TID']);
    expect(json.rows).toEqual([{ keys: { HERKOMST1: '00', TID: '2023' }, value: 233454 }]);
    expect(json.labels.HERKOMST1).toEqual({ '00': 'Total' });
    expect(json.rows[0]?.value).toBe(csv.rows[0]?.value);
  });

  it('sends no variables for the default selection (recorded data_straf42_all_0)', async () => {
    const server = await serve(recordedResponder());
    const data = await clientFor(server).data({ table: 'STRAF42', lang: 'en', format: 'JSONSTAT', variables: [] });
    // ContentsCode (a metric of size one) is the table's figure, not a variable, as in CSV.
    expect(data.rows).toEqual([{ keys: { TID: '2024' }, value: 227774 }]);
  });

  it('is answered only for the recorded request (the fixture server compares parameters)', async () => {
    const server = await serve(recordedResponder());
    const other = [
      { code: 'HERKOMST1', values: ['80'] },
      { code: 'TID', values: ['2023'] },
    ];
    await expect(clientFor(server).data({ table: 'STRAF42', lang: 'en', format: 'CSV', valuePresentation: 'Default', variables: other })).rejects.toMatchObject(
      {
        kind: 'http',
        status: 404,
      },
    );
  });

  it('uses an injected fetch', async () => {
    const seen: string[] = [];
    const fakeFetch: typeof fetch = async (input, init) => {
      seen.push(`${String(input)} ${String(init?.body)}`);
      return new Response('\uFEFFTID;INDHOLD\r\n2024;..\r\n', { status: 200 });
    };
    const client = createStatbankClient({ baseUrl: 'https://statbank.invalid/v1/', fetch: fakeFetch });
    const data = await client.data({ table: 'FOLK1E', format: 'CSV', variables: [{ code: 'Tid', values: ['2024'] }] });
    expect(data.rows).toEqual([{ keys: { TID: '2024' }, value: null }]);
    expect(seen).toEqual([
      'https://statbank.invalid/v1/data {"table":"FOLK1E","lang":"da","format":"csv","valuePresentation":"Code","variables":[{"code":"Tid","values":["2024"]}]}',
    ]);
  });
});

describe('the client when StatBank fails', () => {
  it("turns StatBank's JSON error into a StatbankHttpError with status and message (built error fixture)", async () => {
    const server = await serve(() => ({ status: 400, contentType: 'text/json; charset=utf-8', body: builtError() }));
    const error = await clientFor(server)
      .tableInfo('FOLK1X')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StatbankHttpError);
    expect(error).toMatchObject({
      kind: 'http',
      status: 400,
      errorTypeCode: 'EXTRACT-NOTFOUND',
      apiMessage: 'Tabellen FOLK1X findes ikke.',
      endpoint: 'tableinfo',
    });
    expect((error as StatbankHttpError).unavailable).toBe(false);
    expect((error as Error).message).toContain('Tabellen FOLK1X findes ikke.');
  });

  it('keeps the text of a non-JSON error and treats a 5xx as unavailable', async () => {
    const server = await serve(() => ({ status: 503, contentType: 'text/html', body: '<h1>Service Unavailable</h1>' }));
    const error = await clientFor(server)
      .subjects()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'http', status: 503, apiMessage: '<h1>Service Unavailable</h1>', errorTypeCode: null });
    expect((error as StatbankHttpError).unavailable).toBe(true);
  });

  it('aborts a request that gets no answer within the timeout (200 ms)', async () => {
    // The server never answers, so only the client's own time limit can end the request: without
    // it the test runs into vitest's limit and fails. No clock is read — elapsed-time asserts fail
    // on a busy machine for reasons that are not the client's.
    const server = await serve(() => 'hang');
    const client = createStatbankClient({ baseUrl: server.url, timeoutMs: 200 });
    const error = await client.tableInfo('FOLK1E').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StatbankTimeoutError);
    expect(error).toMatchObject({ kind: 'timeout', timeoutMs: 200, endpoint: 'tableinfo' });
  });

  it('reports a refused connection as a network error', async () => {
    const server = await startFixtureServer([]);
    const url = server.url;
    await server.close();
    const error = await createStatbankClient({ baseUrl: url, timeoutMs: 2_000 })
      .subjects()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StatbankNetworkError);
    expect((error as StatbankNetworkError).unavailable).toBe(true);
  });

  it('refuses a 200 answer that is not what the API documents', async () => {
    const server = await serve((e) =>
      e.endpoint === 'tableinfo'
        ? { status: 200, contentType: 'text/json', body: '{"id":"FOLK1E"}' }
        : { status: 200, contentType: 'text/csv', body: '\uFEFFOMRÅDE;TID\r\n101;2025K3\r\n' },
    );
    const client = clientFor(server);
    await expect(client.tableInfo('FOLK1E')).rejects.toBeInstanceOf(StatbankResponseError);
    await expect(client.data({ table: 'FOLK1E', format: 'CSV', variables: [] })).rejects.toThrow(/does not end with INDHOLD/);
  });
});
