/**
 * Reads a zip archive's central directory (the table of contents at its end) without unpacking
 * anything, and checks that it accounts for every byte before it: the streaming unzipper that
 * reads workbooks walks the local headers from the start, so an entry hidden between two listed
 * ones would otherwise escape the size checks made from the directory.
 */
import type { FileHandle } from 'node:fs/promises';

/** One member of the archive as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Where the member's data starts (after its local header). */
  readonly dataOffset: number;
}

/** Why an archive cannot be used; the caller turns it into an `InputError`. */
export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Zip64 marks sizes it moved elsewhere with all ones; a workbook that needs zip64 is far over any limit. */
const ZIP64_MARK = 0xffffffff;

/**
 * The members of the zip behind `handle` (`size` bytes), in file order, at most `maxEntries`.
 * @example const entries = await readZipDirectory(handle, (await handle.stat()).size, 10_000);
 */
export async function readZipDirectory(handle: FileHandle, size: number, maxEntries: number): Promise<ZipEntry[]> {
  const end = await readEnd(handle, size);
  if (end.count > maxEntries) throw new ZipFormatError(`the archive has ${end.count} members (at most ${maxEntries})`);
  if (end.offset + end.length > size) throw new ZipFormatError('the central directory lies outside the file');
  const directory = await readAt(handle, end.offset, end.length);
  const listed = parseDirectory(directory, end.count);
  const entries: ZipEntry[] = [];
  let expected = 0;
  for (const item of [...listed].sort((a, b) => a.localOffset - b.localOffset)) {
    if (!isContiguous(item.localOffset, expected)) throw new ZipFormatError('the archive has data the directory does not list');
    const entry = await withLocalHeader(handle, item);
    entries.push(entry);
    expected = entry.dataOffset + entry.compressedSize;
  }
  if (!isContiguous(end.offset, expected)) throw new ZipFormatError('the archive has data the directory does not list');
  return entries;
}

/** A member may be followed by a data descriptor (12 or 16 bytes), nothing else. */
function isContiguous(offset: number, expected: number): boolean {
  const gap = offset - expected;
  return gap === 0 || gap === 12 || gap === 16;
}

interface EndRecord {
  count: number;
  length: number;
  offset: number;
}

async function readEnd(handle: FileHandle, size: number): Promise<EndRecord> {
  const tailLength = Math.min(size, END_SIZE + MAX_COMMENT);
  const tail = await readAt(handle, size - tailLength, tailLength);
  for (let i = tail.length - END_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== END_SIGNATURE) continue;
    const count = tail.readUInt16LE(i + 10);
    const length = tail.readUInt32LE(i + 12);
    const offset = tail.readUInt32LE(i + 16);
    if (count === 0xffff || length === ZIP64_MARK || offset === ZIP64_MARK) throw new ZipFormatError('zip64 archives are not accepted');
    return { count, length, offset };
  }
  throw new ZipFormatError('the archive has no central directory');
}

interface ListedEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

function parseDirectory(directory: Buffer, count: number): ListedEntry[] {
  const entries: ListedEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new ZipFormatError('the central directory is damaged');
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const entry: ListedEntry = {
      method: directory.readUInt16LE(at + 10),
      compressedSize: directory.readUInt32LE(at + 20),
      uncompressedSize: directory.readUInt32LE(at + 24),
      localOffset: directory.readUInt32LE(at + 42),
      name: directory.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (entry.compressedSize === ZIP64_MARK || entry.uncompressedSize === ZIP64_MARK || entry.localOffset === ZIP64_MARK) {
      throw new ZipFormatError('zip64 archives are not accepted');
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

async function withLocalHeader(handle: FileHandle, item: ListedEntry): Promise<ZipEntry> {
  const header = await readAt(handle, item.localOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new ZipFormatError('a member of the archive is damaged');
  const nameLength = header.readUInt16LE(26);
  const extraLength = header.readUInt16LE(28);
  const name = (await readAt(handle, item.localOffset + 30, nameLength)).toString('utf8');
  if (name !== item.name) throw new ZipFormatError('a member of the archive is damaged');
  return {
    name: item.name,
    method: item.method,
    compressedSize: item.compressedSize,
    uncompressedSize: item.uncompressedSize,
    dataOffset: item.localOffset + 30 + nameLength + extraLength,
  };
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}
