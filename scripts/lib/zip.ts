// A reproducible zip writer: the same files give the same bytes, whoever builds them and when.
// Entries are sorted by name, every timestamp is the zip epoch (1980-01-01 00:00), every file is
// mode 0644 owned by no one, and nothing else varies (no extra fields, no comments, no
// directory entries). That is what lets a store reviewer, or our test, rebuild a package and
// compare it byte for byte. Plain PKZIP 2.0 (deflate or stored), which every browser store reads.
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive, with forward slashes. */
  name: string;
  data: Buffer;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION = 20; // PKZIP 2.0: deflate, no zip64
const MADE_BY_UNIX = (3 << 8) | VERSION;
const UTF8_NAMES = 0x0800;
const STORED = 0;
const DEFLATED = 8;
const DOS_TIME = 0; // 00:00:00
const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01, the earliest a zip can say
const REGULAR_FILE_0644 = (0o100644 << 16) >>> 0;
const MAX_32 = 0xffffffff;

export function zip(entries: readonly ZipEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  checkNames(sorted);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of sorted) {
    const record = compress(entry);
    const local = localHeader(record);
    centrals.push(centralHeader(record, offset));
    locals.push(local, record.body);
    offset += local.length + record.body.length;
  }
  const central = Buffer.concat(centrals);
  if (offset > MAX_32 || sorted.length > 0xffff) throw new Error('zip: too large for a zip without zip64');
  return Buffer.concat([...locals, central, endOfCentralDirectory(sorted.length, central.length, offset)]);
}

interface Compressed {
  name: Buffer;
  method: number;
  crc: number;
  size: number;
  body: Buffer;
}

function compress(entry: ZipEntry): Compressed {
  const deflated = deflateRawSync(entry.data, { level: 9 });
  // Small or already-compressed files (PNG icons) can grow when deflated: store them as they are.
  const useDeflate = deflated.length < entry.data.length;
  if (entry.data.length > MAX_32) throw new Error(`zip: ${entry.name} is too large`);
  return {
    name: Buffer.from(entry.name, 'utf8'),
    method: useDeflate ? DEFLATED : STORED,
    crc: crc32(entry.data),
    size: entry.data.length,
    body: useDeflate ? deflated : entry.data,
  };
}

function localHeader(r: Compressed): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(LOCAL_HEADER, 0);
  h.writeUInt16LE(VERSION, 4);
  h.writeUInt16LE(UTF8_NAMES, 6);
  h.writeUInt16LE(r.method, 8);
  h.writeUInt16LE(DOS_TIME, 10);
  h.writeUInt16LE(DOS_DATE, 12);
  h.writeUInt32LE(r.crc, 14);
  h.writeUInt32LE(r.body.length, 18);
  h.writeUInt32LE(r.size, 22);
  h.writeUInt16LE(r.name.length, 26);
  h.writeUInt16LE(0, 28); // no extra field
  return Buffer.concat([h, r.name]);
}

function centralHeader(r: Compressed, localOffset: number): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(CENTRAL_HEADER, 0);
  h.writeUInt16LE(MADE_BY_UNIX, 4);
  h.writeUInt16LE(VERSION, 6);
  h.writeUInt16LE(UTF8_NAMES, 8);
  h.writeUInt16LE(r.method, 10);
  h.writeUInt16LE(DOS_TIME, 12);
  h.writeUInt16LE(DOS_DATE, 14);
  h.writeUInt32LE(r.crc, 16);
  h.writeUInt32LE(r.body.length, 20);
  h.writeUInt32LE(r.size, 24);
  h.writeUInt16LE(r.name.length, 28);
  // extra field length, comment length, disk number, internal attributes: all 0
  h.writeUInt32LE(REGULAR_FILE_0644, 38);
  h.writeUInt32LE(localOffset, 42);
  return Buffer.concat([h, r.name]);
}

function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const h = Buffer.alloc(22);
  h.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  h.writeUInt16LE(count, 8);
  h.writeUInt16LE(count, 10);
  h.writeUInt32LE(size, 12);
  h.writeUInt32LE(offset, 16);
  return h;
}

/** Names a store would refuse or an unzip could misplace: absolute, backslashes, "..", twice. */
function checkNames(entries: readonly ZipEntry[]): void {
  const seen = new Set<string>();
  for (const { name } of entries) {
    if (!name || name.startsWith('/') || name.includes('\\') || name.split('/').some((p) => p === '..' || p === '' || p === '.')) {
      throw new Error(`zip: unsafe entry name "${name}"`);
    }
    if (seen.has(name)) throw new Error(`zip: "${name}" twice`);
    seen.add(name);
  }
}
