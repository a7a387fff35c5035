/**
 * Builds hostile XLSX workbooks in memory: a small file whose one sheet inflates to hundreds of
 * megabytes (one huge cell, a million rows), without ever holding the inflated text. The deflate
 * stream of a repeated unit is made once with a full flush, which makes it independent of what
 * came before, and then concatenated; a final empty block ends it.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** A part of the zip: plain text, or `head` + `unit` × `repeat` + `tail`, deflated. */
export type Part = string | { readonly head: string; readonly unit: string; readonly repeat: number; readonly tail: string };

const FINAL_EMPTY_BLOCK = Buffer.from([0x03, 0x00]);

function deflated(part: Part): { data: Buffer; size: number; crc: number } {
  if (typeof part === 'string') {
    const plain = Buffer.from(part);
    return { data: deflateRawSync(plain), size: plain.length, crc: crc32(plain) };
  }
  const flush = { finishFlush: constants.Z_FULL_FLUSH, level: 9 };
  const head = Buffer.from(part.head);
  const unit = Buffer.from(part.unit);
  const tail = Buffer.from(part.tail);
  const unitBlock = deflateRawSync(unit, flush);
  const blocks = [deflateRawSync(head, flush), ...Array.from({ length: part.repeat }, () => unitBlock), deflateRawSync(tail, flush), FINAL_EMPTY_BLOCK];
  // The checksum is not worth computing over the inflated size; the limits must refuse before any reader checks it.
  return { data: Buffer.concat(blocks), size: (head.length + unit.length * part.repeat + tail.length) % 2 ** 32, crc: 0 };
}

/** A zip whose members are deflated (method 8). */
export function deflatedZip(files: Readonly<Record<string, Part>>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, part] of Object.entries(files)) {
    const nameBytes = Buffer.from(name);
    const { data, size, crc } = deflated(part);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

/** A workbook of one sheet `Data` whose XML is `sheet`. */
export function workbook(sheet: Part): Buffer {
  return deflatedZip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml':
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': sheet,
  });
}

/** One inline-string cell of `megabytes` MB of 'a' (the 300 MB attack, or smaller). */
export function hugeCellWorkbook(megabytes: number): Buffer {
  return workbook({
    head: `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>`,
    unit: 'a'.repeat(1024 * 1024),
    repeat: megabytes,
    tail: `</t></is></c></row>${SHEET_TAIL}`,
  });
}

/** Units are deflated a thousand at a time: a full flush per short unit would compress poorly. */
const GROUP = 1000;

/** `rows` rows of one small cell each (a multiple of 1,000 plus any rest). */
export function manyRowsWorkbook(rows: number): Buffer {
  const unit = '<row><c t="inlineStr"><is><t>x</t></is></c></row>';
  return workbook({ head: SHEET_HEAD + unit.repeat(rows % GROUP), unit: unit.repeat(GROUP), repeat: Math.floor(rows / GROUP), tail: SHEET_TAIL });
}

/** One row of `cells` empty cells. */
export function manyCellsWorkbook(cells: number): Buffer {
  return workbook({
    head: `${SHEET_HEAD}<row r="1">${'<c/>'.repeat(cells % GROUP)}`,
    unit: '<c/>'.repeat(GROUP),
    repeat: Math.floor(cells / GROUP),
    tail: `</row>${SHEET_TAIL}`,
  });
}

/** A normal small workbook of inline texts (at most 26 columns). */
export function plainWorkbook(rows: readonly (readonly string[])[]): Buffer {
  const cell = (v: string, c: number, r: number) => `<c r="${String.fromCharCode(65 + c)}${r + 1}" t="inlineStr"><is><t>${v}</t></is></c>`;
  const xml = rows.map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cell(v, c, r)).join('')}</row>`).join('');
  return workbook(`${SHEET_HEAD}${xml}${SHEET_TAIL}`);
}
