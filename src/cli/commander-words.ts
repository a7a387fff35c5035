/**
 * Commander's own words — the help's headings and its error messages — in Danish and English, like
 * every other text of the command line (Commander writes them in English only).
 */

/** The help's headings, by Commander's English title. */
export const HELP_TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'Brug / usage:',
  'Options:': 'Tilvalg / options:',
  'Commands:': 'Kommandoer / commands:',
  'Arguments:': 'Argumenter / arguments:',
  'Global Options:': 'Fælles tilvalg / global options:',
};

/** Commander's own mistakes (`error: unknown option '--x'`), with the Danish first, like every other message. */
const COMMANDER_ERRORS: readonly [RegExp, (...parts: string[]) => string][] = [
  [/^error: missing required argument '(.+)'/, (name) => `mangler argumentet '${name}'`],
  [/^error: unknown command '(.+)'/, (name) => `ukendt kommando '${name}'`],
  [/^error: unknown option '(.+)'/, (name) => `ukendt tilvalg '${name}'`],
  [/^error: option '(.+)' argument missing/, (name) => `tilvalget '${name}' mangler sin værdi`],
  [/^error: required option '(.+)' not specified/, (name) => `tilvalget '${name}' skal angives`],
  [
    /^error: too many arguments for '(.+)'\. Expected (\d+) arguments? but got (\d+)/,
    (name, expected, got) => `for mange argumenter til '${name}': ventede ${expected}, fik ${got}`,
  ],
  [/^error: too many arguments/, () => 'for mange argumenter'],
];

/** The message in Danish and English: `fejl: … / error: …`; an unknown one as Commander wrote it. */
export function bilingualCommanderError(text: string): string {
  for (const [pattern, danish] of COMMANDER_ERRORS) {
    const match = pattern.exec(text);
    if (match !== null) return `fejl: ${danish(...match.slice(1))} / ${text}`;
  }
  return text;
}
