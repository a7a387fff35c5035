/**
 * The JSON bodies the client POSTs, built in one place so that the client, the cache and the tests
 * agree on them. StatBank reads the same parameters from a GET query string; it recommends POST.
 */
import type { Lang } from '../language/index.ts';
import type { DataRequest, StatbankParams } from './types.ts';

/** Body of `tableinfo` for one table. */
export function tableInfoParams(tableId: string, lang: Lang): StatbankParams {
  return { table: tableId, lang, format: 'json' };
}

/** Body of `subjects`: the root subjects, or the children of the given ones. */
export function subjectsParams(lang: Lang, subjects?: readonly string[]): StatbankParams {
  return { lang, format: 'json', ...(subjects && subjects.length > 0 ? { subjects } : {}) };
}

/** Body of `tables`: every active table, or those under the given subjects. */
export function tablesParams(lang: Lang, subjects?: readonly string[]): StatbankParams {
  return { lang, format: 'json', ...(subjects && subjects.length > 0 ? { subjects } : {}) };
}

/**
 * Body of `data`. The format is written in lower case (`csv`, `jsonstat`), as StatBank's own
 * console does; CSV asks for codes unless the request says otherwise. No variables: the table's
 * default selection (StatBank eliminates what it can).
 */
export function dataParams(request: DataRequest, defaultLang: Lang): StatbankParams {
  return {
    table: request.table,
    lang: request.lang ?? defaultLang,
    format: request.format.toLowerCase(),
    valuePresentation: request.valuePresentation ?? (request.format === 'CSV' ? 'Code' : 'Default'),
    ...(request.variables.length > 0 ? { variables: request.variables.map((v) => ({ code: v.code, values: [...v.values] })) } : {}),
  };
}
