/**
 * Output files are written beside their final name and renamed into place when complete, so a
 * crash or a validation error never leaves half a file where a script expects a whole one.
 */
import { rm, rename } from 'node:fs/promises';
import { createCsvWriter, type CsvValue } from '../ingest/index.ts';

export interface CsvOutput {
  write(values: readonly CsvValue[]): Promise<void> | undefined;
  /** Finishes the file and moves it into place. */
  commit(): Promise<void>;
  /** Removes the partial file. */
  abort(): Promise<void>;
}

/** Where an output is written until it is whole: beside its final name, this process's own. */
export function partialPath(path: string): string {
  return `${path}.partial-${process.pid}`;
}

export function createCsvOutput(path: string, header: readonly string[]): CsvOutput {
  const partial = partialPath(path);
  const writer = createCsvWriter(partial, header);
  return {
    write: (values) => writer.write(values),
    async commit() {
      await writer.close();
      await rename(partial, path);
    },
    async abort() {
      await writer.close().catch(() => undefined);
      await rm(partial, { force: true });
    },
  };
}

/** Writes all rows to `path` atomically. */
export async function writeCsvFile(path: string, header: readonly string[], rows: Iterable<readonly CsvValue[]>): Promise<void> {
  const out = createCsvOutput(path, header);
  try {
    for (const row of rows) {
      const full = out.write(row);
      if (full) await full;
    }
    await out.commit();
  } catch (error) {
    await out.abort();
    throw error;
  }
}
