/**
 * A synthetic population extract of any size for benchmarks: a realistic mix of origins, about a
 * fifth of the persons linked to a mother (and some to a father) by id as rows of the same extract.
 * Ids are obviously fake (`B0000001`), never CPR-shaped.
 */
import { createWriteStream } from 'node:fs';
import { createRandom } from '../src/demo/random.ts';

const COUNTRIES = ['DK', 'DK', 'DK', 'DK', 'DK', 'DK', 'DK', 'DK', 'TR', 'Syrien', 'IQ', 'PL', 'DE', 'SOM', 'Afghanistan', 'SE', 'PK', 'IR', 'US', 'VN'];

export interface SyntheticOptions {
  /** Adds a `municipality` column with a code drawn for each person (a national extract). */
  municipality?: () => string;
  /** Also writes a voter file (`person_id;voted`) for everyone born before 2008, to this path. */
  votesFile?: string;
}

export async function writeSyntheticPopulation(path: string, persons: number, seed = 1, options: SyntheticOptions = {}): Promise<void> {
  const rand = createRandom(seed).next;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const out = createWriteStream(path);
  const votes = options.votesFile === undefined ? null : createWriteStream(options.votesFile);
  votes?.write('person_id;voted\n');
  let ballots = '';
  out.write(
    `person_id;birth_date;sex;birth_country;citizenship;mother_id;father_id;mother_birth_country;mother_citizenship;father_birth_country;father_citizenship;refugee;area${options.municipality ? ';municipality' : ''}\n`,
  );
  let block = '';
  for (let i = 1; i <= persons; i++) {
    const id = `B${String(i).padStart(7, '0')}`;
    const year = 1930 + Math.floor(rand() * 94);
    const born = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    const country = pick(COUNTRIES);
    const abroad = country !== 'DK' && rand() < 0.7;
    const linked = i > 1000 && rand() < 0.2;
    const mother = linked ? `B${String(Math.floor(rand() * (i - 1)) + 1).padStart(7, '0')}` : '';
    const father = linked && rand() < 0.5 ? `B${String(Math.floor(rand() * (i - 1)) + 1).padStart(7, '0')}` : '';
    const parentCountry = linked ? '' : country;
    block += `${id};${born};${rand() < 0.5 ? 'M' : 'K'};${abroad ? country : 'DK'};${country === 'DK' || rand() < 0.4 ? 'DK' : country};${mother};${father};${parentCountry};${parentCountry};${parentCountry};${parentCountry};${abroad && rand() < 0.3 ? 1 : 0};${String(101 + Math.floor(rand() * 10)).padStart(4, '0')}${options.municipality ? `;${options.municipality()}` : ''}\n`;
    if (votes !== null && year < 2008) ballots += `${id};${rand() < (abroad ? 0.55 : 0.8) ? 1 : 0}\n`;
    if (i % 10_000 === 0) {
      if (!out.write(block)) await new Promise<void>((r) => out.once('drain', () => r()));
      if (votes !== null && !votes.write(ballots)) await new Promise<void>((r) => votes.once('drain', () => r()));
      block = '';
      ballots = '';
    }
  }
  out.end(block);
  votes?.end(ballots);
  await Promise.all([out, ...(votes ? [votes] : [])].map((s) => new Promise<void>((r) => s.on('finish', () => r()))));
}
