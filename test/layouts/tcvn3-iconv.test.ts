/**
 * The readers' TCVN3 table checked byte by byte against glibc's TCVN5712-1 converter (`iconv`,
 * part of libc-bin, on every Debian system): the upper half 0xA1–0xFE, which the VN3 fonts use.
 */
import { spawnSync } from 'child_process';
import { tcvn3Char } from '../../src/readers/legacy-tables';

it('every byte 0xA1–0xFE decodes as iconv -f TCVN5712-1 does', () => {
  const bytes = Buffer.from(Array.from({ length: 0xfe - 0xa1 + 1 }, (_, i) => 0xa1 + i));
  const run = spawnSync('iconv', ['-f', 'TCVN5712-1', '-t', 'UTF-8'], { input: bytes });
  if (run.error || run.status !== 0) throw new Error(`iconv failed (Debian package libc-bin): ${run.error?.message ?? run.stderr.toString()}`);
  const expected = [...run.stdout.toString('utf8')];
  const ours = [...bytes].map((b) => tcvn3Char(b));
  expect(ours.map((c, i) => `${(0xa1 + i).toString(16)}=${c}`)).toEqual(expected.map((c, i) => `${(0xa1 + i).toString(16)}=${c}`));
});
