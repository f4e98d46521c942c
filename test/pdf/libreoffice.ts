/**
 * Printing a workbook to PDF with LibreOffice, headless, under a chosen locale, and reading each
 * page back with poppler (pdfinfo for its size, pdftotext for its text).
 *
 * The locale: LibreOffice takes it from its profile's setting "Locale setting" (Tools › Options ›
 * Language Settings › Languages), /org.openoffice.Setup/L10N/ooSetupSystemLocale; left empty it
 * follows the system's (LC_ALL/LANG, only when that locale is installed: a CI machine may have
 * only C.UTF-8). So each locale gets a fresh profile whose registrymodifications.xcu sets it,
 * and LANG/LC_ALL name it too. General-formatted numbers then print with that locale's decimal
 * separator ("1234,5" in vi-VN, "1234.5" in en-US): the control the tests check first.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';

export interface PrintedPage {
  width: number;
  height: number;
  text: string;
}

export type PrintLocale = 'en-US' | 'vi-VN';

const REGISTRY = (locale: PrintLocale) => `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>
</oor:items>
`;

/** Converts `xlsx` to PDF in `dir` under `locale` (a fresh profile each time) and returns its pages. */
export function printPages(xlsx: string, dir: string, locale?: PrintLocale): PrintedPage[] {
  const name = locale ?? 'default';
  const profile = path.join(dir, `lo-profile-${name}`);
  const outdir = path.join(dir, `pdf-${name}`);
  fs.mkdirSync(outdir, { recursive: true });
  const env = { ...process.env };
  if (locale) {
    fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
    fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), REGISTRY(locale));
    env.LANG = env.LC_ALL = `${locale.replace('-', '_')}.UTF-8`;
  }
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outdir, xlsx],
    { stdio: 'pipe', timeout: 180_000, env });
  const pdf = path.join(outdir, path.basename(xlsx).replace(/\.xlsx$/, '.pdf'));
  const info = execFileSync('pdfinfo', ['-l', '1000', pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  return sizes.map(([width, height], i) => ({
    width,
    height,
    text: execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }),
  }));
}

/** A4 portrait or landscape, within a point. */
export function isA4(page: PrintedPage, orientation: 'portrait' | 'landscape'): boolean {
  const [w, h] = orientation === 'portrait' ? [595.3, 841.9] : [841.9, 595.3];
  return Math.abs(page.width - w) < 2 && Math.abs(page.height - h) < 2;
}
