/**
 * Every command answers a person's mistake the same way: a non-zero exit, the message in Danish
 * and in English, and no stack trace (an "Intern fejl" with `at …` lines is only ever a bug). One
 * mistake per command at least, run as a user would (`node bin/indikator.js`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPool, runCli, useTempDir } from './helpers.ts';

const temp = useTempDir('indikator-user-errors');
const env = { dataDir: temp.path('data') };
const pool = createPool(2);

const population = temp.path('befolkning.csv');
writeFileSync(population, 'person_id;birth_date;sex;birth_country;citizenship\nP000001;2001-02-03;M;DK;DK\nP000002;2001-02-30;K;DK;DK\n');
const onePerson = temp.path('en-person.csv');
writeFileSync(onePerson, 'person_id;birth_date;sex;birth_country;citizenship\nP000001;2001-02-03;M;DK;DK\n');
const delivery = temp.path('levering.csv');
writeFileSync(delivery, 'indicator;period;group;breakdown;numerator;denominator\nnonsense;2025;target;;3;10\n');

interface Mistake {
  readonly command: string;
  readonly args: readonly string[];
  /** A piece of the Danish message and of the English one. */
  readonly da: string;
  readonly en: string;
  readonly code?: number;
  readonly threshold?: string;
}

const MISTAKES: readonly Mistake[] = [
  {
    command: 'report',
    args: ['report', '--format', 'html', '--out', temp.path('x.html'), '--period', 'banana'],
    da: '»banana« er ikke en periode',
    en: '"banana" is not a period',
  },
  {
    command: 'report',
    args: ['report', '--format', 'html', '--out', temp.path('x.html'), '--departments', 'Nonexistent'],
    da: 'ingen indikator har en ansvarlig, der matcher Nonexistent',
    en: 'no indicator has an owner matching Nonexistent',
  },
  {
    command: 'report',
    args: ['report', '--format', 'odt', '--out', temp.path('x.odt')],
    da: '--format skal være html, docx eller pdf',
    en: '--format must be html, docx or pdf',
  },
  {
    command: 'import',
    args: ['import', delivery],
    da: 'række 2, kolonne A (indicator): ugyldig værdi "nonsense": ukendt indikator',
    en: 'unknown indicator; known ones are',
  },
  { command: 'import', args: ['import', temp.path('findes-ikke.csv')], da: 'filen findes ikke', en: 'the file does not exist' },
  {
    command: 'aggregate',
    args: ['aggregate', '--indicator', 'nope', '--population', onePerson, '--period', '2025', '--out', temp.path('a.csv')],
    da: "ukendt indikator 'nope'",
    en: "unknown indicator 'nope'",
  },
  {
    command: 'aggregate',
    args: ['aggregate', '--indicator', 'selvforsoergelse', '--population', onePerson, '--period', 'banana', '--out', temp.path('a.csv')],
    da: '»banana« er ikke en periode',
    en: '"banana" is not a period',
  },
  {
    command: 'classify',
    args: ['classify', population, '--out', temp.path('c.csv')],
    da: 'række 3, kolonne B (birth_date): ugyldig værdi "2001-02-30": datoen findes ikke',
    en: 'no such date',
  },
  {
    command: 'classify',
    args: ['classify', population, '--out', temp.path('c.csv'), '--definition', 'religion'],
    da: '--definition skal være origin eller citizenship',
    en: '--definition must be origin or citizenship',
  },
  {
    command: 'statbank',
    args: ['statbank', 'fetch', '--municipality', '12', '--offline'],
    da: 'kommunekoden skal have tre cifre',
    en: 'the municipality code has three digits',
  },
  {
    command: 'statbank',
    args: ['statbank', 'fetch', '--municipality', '101', '--timeout', 'soon'],
    da: '--timeout skal være et antal millisekunder',
    en: '--timeout must be milliseconds',
  },
  { command: 'user', args: ['user', 'add', 'bob', '--role', 'king'], da: 'ukendt rolle king', en: 'unknown role king' },
  { command: 'user', args: ['user', 'role', 'nobody', 'admin'], da: 'ingen bruger hedder nobody', en: 'no user is called nobody' },
  // Commander's own mistakes (exit code 1, Commander's), in Danish too.
  { command: 'import', args: ['import'], code: 1, da: "fejl: mangler argumentet 'file'", en: "error: missing required argument 'file'" },
  { command: 'import', args: ['import', delivery, '--bad'], code: 1, da: "fejl: ukendt tilvalg '--bad'", en: "error: unknown option '--bad'" },
  {
    command: 'user',
    args: ['user', 'add', 'bob'],
    code: 1,
    da: "fejl: tilvalget '--role <role>' skal angives",
    en: "error: required option '--role <role>' not specified",
  },
  {
    command: 'catalogue',
    args: ['catalogue', 'a', 'b'],
    code: 1,
    da: "fejl: for mange argumenter til 'catalogue': ventede 0, fik 2",
    en: "error: too many arguments for 'catalogue'",
  },
  {
    command: 'catalogue',
    args: ['catalogue'],
    threshold: 'abc',
    da: 'miljøvariablen INDIKATOR_SUPPRESSION_THRESHOLD er ugyldig',
    en: 'the environment variable INDIKATOR_SUPPRESSION_THRESHOLD is invalid',
  },
];

describe('the suppression threshold on the command line', () => {
  it('a report made with INDIKATOR_SUPPRESSION_THRESHOLD=10 says 1 til 9 personer, never 5 or 1 til 4', async () => {
    const out = temp.path('rapport-10.html');
    const result = await pool(() => runCli(['report', '--format', 'html', '--out', out], { ...env, threshold: '10' }));
    expect(result.code, result.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('1 til 9 personer');
    expect(html).not.toMatch(/1 til 4|færre end 5\b/);
  });
});

describe('a user mistake on the command line', () => {
  it.each(MISTAKES.map((m) => [`${m.command}: ${m.args.slice(1).join(' ').replaceAll(`${temp.dir}/`, '')}`, m] as const))('%s', async (_name, mistake) => {
    const result = await pool(() => runCli(mistake.args, { ...env, ...(mistake.threshold === undefined ? {} : { threshold: mistake.threshold }) }));
    expect(result.code).toBe(mistake.code ?? 2);
    expect(result.stderr).toContain(mistake.da);
    expect(result.stderr).toContain(mistake.en);
    expect(result.stderr).not.toContain('Intern fejl');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('the help', () => {
  it('has its headings and the help option in Danish and English', async () => {
    const result = await pool(() => runCli(['import', '--help'], env));
    expect(result.code).toBe(0);
    for (const words of ['Brug / usage: indikator import', 'Argumenter / arguments:', 'Tilvalg / options:', '-h, --help       vis hjælp / display help'])
      expect(result.stdout).toContain(words);
    expect(result.stdout).not.toMatch(/^Usage:|^Options:|display help for command/m);
  });
});
