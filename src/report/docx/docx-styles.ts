/**
 * The Word document's look: Arial (Liberation Sans on Linux has the same metrics), the report's
 * blue headings on Word's own Heading 1 and Heading 2 styles — so the table of contents and the
 * navigation pane work — and the colours of the tones.
 */
import type { IStylesOptions } from 'docx';
import type { Tone } from '../model/index.ts';

export const FONT = 'Arial';
export const ACCENT = '0B3A6E';
export const MUTED = '505A64';
export const RULE = 'C9D1D9';
export const BAND = 'F2F5F8';

/** Run colour (and weight) of a tone. */
export function toneRun(tone: Tone | undefined): { color?: string; bold?: boolean; italics?: boolean } {
  switch (tone) {
    case 'good':
      return { color: '1B5E20', bold: true };
    case 'bad':
      return { color: '9B1C1C', bold: true };
    case 'muted':
      return { color: MUTED, italics: true };
    case 'neutral':
    case undefined:
      return {};
  }
}

/** Half-points, as Word counts font sizes. */
export const SIZE = { body: 21, small: 17, table: 17, detail: 15, h1: 36, h2: 26, cover: 56, subtitle: 28 } as const;

/** The styles, with the document's language (`da-DK`, `en-GB`) for spelling and hyphenation. */
export function documentStyles(language: string): IStylesOptions {
  return {
    default: {
      document: { run: { font: FONT, size: SIZE.body, language: { value: language } }, paragraph: { spacing: { after: 120, line: 288 } } },
      heading1: {
        run: { font: FONT, size: SIZE.h1, bold: true, color: ACCENT },
        paragraph: { spacing: { before: 0, after: 200 }, keepNext: true, keepLines: true },
      },
      heading2: {
        run: { font: FONT, size: SIZE.h2, bold: true, color: ACCENT },
        paragraph: { spacing: { before: 280, after: 100 }, keepNext: true, keepLines: true },
      },
    },
    paragraphStyles: [
      {
        id: 'Caption',
        name: 'Caption',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: SIZE.small, color: MUTED },
        paragraph: { spacing: { before: 60, after: 200 } },
      },
      {
        id: 'TableCaption',
        name: 'Table Caption',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: SIZE.small, bold: true },
        paragraph: { spacing: { before: 200, after: 60 }, keepNext: true },
      },
    ],
  };
}
