/**
 * Checks of the manifest beyond its element order: string lengths, resource references, and that
 * every URL it names is a file of the build (icons of the declared size).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { descendants, type XmlElement } from './xml';

export const SHORT = 125;
export const LONG = 250;
export const URL_MAX = 2048;
export const RESOURCE_ID_MAX = 32;

function values(el: XmlElement): string[] {
  const own = el.attrs.DefaultValue !== undefined ? [el.attrs.DefaultValue] : [];
  return [...own, ...el.children.filter((c) => c.local === 'Override').map((c) => c.attrs.Value ?? '')];
}

function resourceSection(root: XmlElement, section: string): XmlElement[] {
  return descendants(root).filter((e) => e.local === section).flatMap((e) => e.children);
}

/** Every length limit of the schema that applies to this manifest. */
export function lengthProblems(root: XmlElement): string[] {
  const problems: string[] = [];
  const limit = (what: string, text: string, max: number) => {
    if (text.length < 1 || text.length > max) problems.push(`${what} is ${text.length} characters (1..${max}): "${text}"`);
  };
  for (const el of root.children) {
    if (el.local === 'DisplayName') values(el).forEach((v) => limit('DisplayName', v, SHORT));
    if (el.local === 'Description') values(el).forEach((v) => limit('Description', v, LONG));
    if (el.local === 'ProviderName') limit('ProviderName', el.text.trim(), SHORT);
  }
  for (const s of resourceSection(root, 'ShortStrings')) values(s).forEach((v) => limit(`ShortStrings ${s.attrs.id}`, v, SHORT));
  for (const s of resourceSection(root, 'LongStrings')) values(s).forEach((v) => limit(`LongStrings ${s.attrs.id}`, v, LONG));
  for (const el of descendants(root)) {
    for (const [name, value] of Object.entries(el.attrs)) {
      if (/^https?:/.test(value)) limit(`URL in <${el.name} ${name}>`, value, URL_MAX);
    }
    if (el.attrs.id !== undefined && ['Image', 'Url', 'String'].includes(el.local)) limit(`resource id`, el.attrs.id, RESOURCE_ID_MAX);
    if (el.attrs.id !== undefined && ['Group', 'Control', 'OfficeTab'].includes(el.local)) limit(`<${el.local}> id`, el.attrs.id, SHORT);
    if (el.local === 'TaskpaneId') limit('TaskpaneId', el.text.trim(), SHORT);
  }
  return problems;
}

const RESOURCE_KIND: Record<string, string> = {
  Image: 'Images', SourceLocation: 'Urls', LearnMoreUrl: 'Urls', FunctionFile: 'Urls',
  Label: 'ShortStrings', Title: 'ShortStrings', Description: 'LongStrings',
};

/** Every resid names a resource of the right kind. */
export function referenceProblems(root: XmlElement): string[] {
  const problems: string[] = [];
  for (const el of descendants(root)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    const kind = RESOURCE_KIND[el.local];
    if (!kind) {
      problems.push(`<${el.name} resid="${resid}"> is not a known reference`);
      continue;
    }
    if (!resourceSection(root, kind).some((r) => r.attrs.id === resid)) problems.push(`<${el.name} resid="${resid}"> names no ${kind} resource`);
  }
  return problems;
}

/** Width and height of a PNG file, from its IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } | undefined {
  const head = fs.readFileSync(file).subarray(0, 24);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (head.length < 24 || !head.subarray(0, 8).equals(signature) || head.toString('ascii', 12, 16) !== 'IHDR') return undefined;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

/** Every http(s) URL the manifest names, with where it is named and, for icons, the size wanted. */
export function manifestUrls(root: XmlElement): { url: string; where: string; size?: number }[] {
  const out: { url: string; where: string; size?: number }[] = [];
  const images = new Map(resourceSection(root, 'Images').map((i) => [i.attrs.id, i]));
  const sizesOf = new Map<string, Set<number>>();
  for (const el of descendants(root)) {
    if (el.local === 'Image' && el.attrs.resid !== undefined && el.attrs.size !== undefined) {
      const set = sizesOf.get(el.attrs.resid) ?? new Set<number>();
      set.add(Number(el.attrs.size));
      sizesOf.set(el.attrs.resid, set);
    }
  }
  for (const el of descendants(root)) {
    for (const [name, value] of Object.entries(el.attrs)) {
      // Namespace names look like URLs but are never fetched.
      if (!/^https?:/.test(value) || name === 'xmlns' || name.startsWith('xmlns:')) continue;
      const where = `<${el.name}${el.attrs.id ? ` id="${el.attrs.id}"` : ''} ${name}>`;
      let size: number | undefined;
      if (el.local === 'IconUrl') size = 32;
      if (el.local === 'HighResolutionIconUrl') size = 64;
      if (el.local === 'Image' && images.get(el.attrs.id) === el) {
        const sizes = sizesOf.get(el.attrs.id);
        if (sizes && sizes.size === 1) size = [...sizes][0];
      }
      out.push({ url: value, where, size });
    }
  }
  return out;
}

/** URLs that are not files of the build under `baseUrl`, and icons of the wrong size. */
export function buildProblems(root: XmlElement, baseUrl: string, distDir: string): string[] {
  const problems: string[] = [];
  for (const { url, where, size } of manifestUrls(root)) {
    if (!url.startsWith(baseUrl)) {
      problems.push(`${where}: ${url} is not under ${baseUrl}`);
      continue;
    }
    const relative = decodeURIComponent(url.slice(baseUrl.length).split(/[?#]/)[0]);
    const file = path.join(distDir, relative === '' ? 'index.html' : relative);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      problems.push(`${where}: ${relative} is missing from the build`);
      continue;
    }
    if (size !== undefined) {
      const dims = pngSize(file);
      if (!dims) problems.push(`${where}: ${relative} is not a PNG`);
      else if (dims.width !== size || dims.height !== size) problems.push(`${where}: ${relative} is ${dims.width}x${dims.height}, expected ${size}x${size}`);
    }
  }
  return problems;
}

/** Every element of the manifest that users read: DisplayName, Description and the ribbon's strings. */
export function localizedElements(root: XmlElement): XmlElement[] {
  return [
    ...root.children.filter((c) => c.local === 'DisplayName' || c.local === 'Description'),
    ...resourceSection(root, 'ShortStrings'),
    ...resourceSection(root, 'LongStrings'),
  ];
}

/**
 * Locale overrides: each text users read has an Override for every locale of `locales`, no other,
 * and the same value for all of them (the English text, in every English locale).
 */
export function localeProblems(root: XmlElement, locales: string[]): string[] {
  const problems: string[] = [];
  for (const el of localizedElements(root)) {
    const what = `<${el.name}${el.attrs.id ? ` id="${el.attrs.id}"` : ''}>`;
    const overrides = el.children.filter((c) => c.local === 'Override');
    const seen = overrides.map((o) => o.attrs.Locale ?? '');
    for (const locale of locales) if (!seen.includes(locale)) problems.push(`${what} has no Override for ${locale}`);
    for (const locale of seen) {
      if (!locales.includes(locale)) problems.push(`${what} has an Override for ${locale}, not one of ${locales.join(', ')}`);
      if (seen.indexOf(locale) !== seen.lastIndexOf(locale)) problems.push(`${what} has more than one Override for ${locale}`);
    }
    const values = new Set(overrides.map((o) => o.attrs.Value));
    if (values.size > 1) problems.push(`${what} has different texts for ${locales.join(', ')}: ${[...values].join(' | ')}`);
    if (overrides.some((o) => o.attrs.Value === el.attrs.DefaultValue)) problems.push(`${what} overrides with its default (Vietnamese) text`);
  }
  return [...new Set(problems)];
}
