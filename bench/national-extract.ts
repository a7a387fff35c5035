/**
 * Synthetic national extracts for benches and tests: the country's 98 municipalities (Statistics
 * Denmark's three-digit codes) with sizes that fall off like the real ones (København about 40 times
 * Læsø), assigned to persons by the demo's seeded generator. Nothing here is a real person.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createRandom } from '../src/demo/random.ts';

/** Statistics Denmark's 98 municipality codes (kommunekoder), in code order. */
export const MUNICIPALITY_CODES: readonly string[] = [
  '101',
  '147',
  '151',
  '153',
  '155',
  '157',
  '159',
  '161',
  '163',
  '165',
  '167',
  '169',
  '173',
  '175',
  '183',
  '185',
  '187',
  '190',
  '201',
  '210',
  '217',
  '219',
  '223',
  '230',
  '240',
  '250',
  '253',
  '259',
  '260',
  '265',
  '269',
  '270',
  '306',
  '316',
  '320',
  '326',
  '329',
  '330',
  '336',
  '340',
  '350',
  '360',
  '370',
  '376',
  '390',
  '400',
  '410',
  '420',
  '430',
  '440',
  '450',
  '461',
  '479',
  '480',
  '482',
  '492',
  '510',
  '530',
  '540',
  '550',
  '561',
  '563',
  '573',
  '575',
  '580',
  '607',
  '615',
  '621',
  '630',
  '657',
  '661',
  '665',
  '671',
  '706',
  '707',
  '710',
  '727',
  '730',
  '740',
  '741',
  '746',
  '751',
  '756',
  '760',
  '766',
  '773',
  '779',
  '787',
  '791',
  '810',
  '813',
  '820',
  '825',
  '840',
  '846',
  '849',
  '851',
  '860',
];

/**
 * A seeded draw of a municipality code, the i-th code weighted by 1 / (1 + (i × 7919 mod 98) / 3):
 * a few large municipalities and a long tail of small ones, spread over the code list.
 */
export function municipalityPicker(seed: number, codes: readonly string[] = MUNICIPALITY_CODES): () => string {
  const random = createRandom(seed);
  const weights = codes.map((_, i) => 1 / (1 + ((i * 7919) % codes.length) / 3));
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) {
    sum += w;
    cumulative.push(sum);
  }
  return () => {
    const x = random.next() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return codes[lo] as string;
  };
}

/**
 * Turns a demo population extract (comma-separated, `municipality` its last column) into a
 * national one: every person gets a municipality drawn from `codes`.
 */
export async function nationalisePopulation(file: string, seed: number, codes: readonly string[] = MUNICIPALITY_CODES): Promise<void> {
  const pick = municipalityPicker(seed, codes);
  const temporary = `${file}.national`;
  const out = createWriteStream(temporary);
  let first = true;
  let block = '';
  // Streamed: a national extract is larger than the longest string V8 will hold.
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY })) {
    if (first) {
      if (!line.endsWith(',municipality')) throw new Error(`${file}: expected municipality as the last column`);
      block += `${line}\n`;
      first = false;
    } else if (line !== '') {
      block += `${line.slice(0, line.lastIndexOf(','))},${pick()}\n`;
    }
    if (block.length > 1 << 16) {
      if (!out.write(block)) await once(out, 'drain');
      block = '';
    }
  }
  out.end(block);
  await once(out, 'finish');
  await rename(temporary, file);
}
