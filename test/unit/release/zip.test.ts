// The zip writer behind the release packages: readable by another implementation (adm-zip),
// and the same bytes for the same files whatever order they come in.
import AdmZip from 'adm-zip';
import { describe, expect, it } from 'vitest';
import { zip } from '../../../scripts/lib/zip.ts';

const files = [
  { name: 'manifest.json', data: Buffer.from('{"manifest_version":3}\n'.repeat(20)) },
  { name: 'icons/icon-16.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) },
  { name: 'src/popup/index.html', data: Buffer.from('<!doctype html><p>Dose Guard</p>') },
  { name: 'ü/naïve.txt', data: Buffer.from('names in UTF-8') },
  { name: 'empty.txt', data: Buffer.alloc(0) },
];

describe('zip', () => {
  it('writes an archive another reader extracts to the same files', () => {
    const read = new AdmZip(zip(files));
    const got = read.getEntries().map((e) => [e.entryName, e.getData().toString('base64')]);
    expect(got).toEqual(files.map((f) => [f.name, f.data.toString('base64')]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));
  });

  it('gives the same bytes for the same files in any order', () => {
    expect(zip([...files].reverse()).equals(zip(files))).toBe(true);
  });

  it('changes when one byte of one file changes', () => {
    const changed = files.map((f) => (f.name === 'empty.txt' ? { ...f, data: Buffer.from('x') } : f));
    expect(zip(changed).equals(zip(files))).toBe(false);
  });

  it('stamps every entry 1980-01-01 00:00 and mode 0644, with no directory entries', () => {
    const entries = new AdmZip(zip(files)).getEntries();
    for (const e of entries) {
      expect(e.header.time.getFullYear(), e.entryName).toBe(1980);
      expect([e.header.time.getMonth(), e.header.time.getDate(), e.header.time.getHours(), e.header.time.getMinutes()]).toEqual([0, 1, 0, 0]);
      expect((e.header.attr >>> 16) & 0o777, e.entryName).toBe(0o644);
      expect(e.isDirectory).toBe(false);
    }
  });

  it('refuses names that would unpack outside the folder or twice', () => {
    const data = Buffer.from('x');
    for (const name of ['/etc/passwd', '../up.txt', 'a/../../b', 'a\\b.js', '', 'a//b']) {
      expect(() => zip([{ name, data }]), name).toThrow(/unsafe entry name/);
    }
    expect(() => zip([{ name: 'a.js', data }, { name: 'a.js', data }])).toThrow(/twice/);
  });
});
