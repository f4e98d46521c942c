/**
 * Pure helpers of the ownership scheme described in src/workbook/ownership.md: how a result sheet
 * is marked as ours (a workbook-scoped defined name per plan key) and how a free sheet name is
 * chosen. No Office or ExcelJS imports, so both adapters can share them.
 */

export const OWNED_NAME_PREFIX = 'CCHC_OWNED.';
export const OWNED_NAME_COMMENT = 'CCHC add-in result sheet; do not delete';
/** Excel keeps at most 255 characters of a name's comment. */
const MAX_COMMENT = 255;

/**
 * The comment of a mark: the fixed text, plus the names of the charts the adapter put on the
 * sheet ("; charts: [...]") so that a re-run can delete them without first asking Excel for them.
 */
export function ownedComment(chartNames: readonly string[]): string {
  const withCharts = `${OWNED_NAME_COMMENT}; charts: ${JSON.stringify(chartNames)}`;
  return withCharts.length <= MAX_COMMENT ? withCharts : OWNED_NAME_COMMENT;
}

/** The chart names a mark's comment lists, or undefined when it lists none (unknown). */
export function chartsFromComment(comment: string): string[] | undefined {
  const m = /; charts: (\[.*\])$/.exec(comment);
  if (!m) return undefined;
  try {
    const parsed: unknown = JSON.parse(m[1]);
    return Array.isArray(parsed) && parsed.every((x) => typeof x === 'string') ? (parsed as string[]) : undefined;
  } catch {
    // Not our JSON (edited by hand): the charts are unknown and will be asked for.
    return undefined;
  }
}
export const MAX_SHEET_NAME_LENGTH = 31;

/** Defined name that marks the result sheet of a plan key. One-to-one and case-safe. */
export function ownedNameForKey(key: string): string {
  let out = OWNED_NAME_PREFIX;
  for (let i = 0; i < key.length; i++) {
    const ch = key[i];
    if (/[a-z0-9]/.test(ch)) out += ch;
    else out += '_' + key.charCodeAt(i).toString(16).padStart(4, '0');
  }
  return out;
}

/** Plan key encoded in a defined name, or undefined when the name is not one of our marks. */
export function keyFromOwnedName(name: string): string | undefined {
  if (name.length <= OWNED_NAME_PREFIX.length) return undefined;
  if (name.slice(0, OWNED_NAME_PREFIX.length).toUpperCase() !== OWNED_NAME_PREFIX.toUpperCase()) {
    return undefined;
  }
  const body = name.slice(OWNED_NAME_PREFIX.length);
  let key = '';
  for (let i = 0; i < body.length; ) {
    const ch = body[i];
    if (ch === '_') {
      const hex = body.slice(i + 1, i + 5);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
      key += String.fromCharCode(parseInt(hex, 16));
      i += 5;
    } else if (/[a-zA-Z0-9]/.test(ch)) {
      // Excel may hand the name back in another case; keys are lower-case where kept literally.
      key += ch.toLowerCase();
      i += 1;
    } else {
      return undefined;
    }
  }
  return key;
}

/** Sheet name quoted for a formula the way Excel writes it: 'It''s'. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Formula a mark refers to: ='Sheet name'!$A$1. */
export function ownedNameFormula(sheetName: string): string {
  return `=${quoteSheetName(sheetName)}!$A$1`;
}

/**
 * Sheet named by a single-sheet reference formula (=Sheet1!$A$1, ='Xếp hạng (2)'!$A$1:$B$2), or
 * undefined when the formula is not one (#REF!, a constant, several areas).
 */
export function sheetOfReference(formula: string): string | undefined {
  const text = formula.startsWith('=') ? formula.slice(1) : formula;
  let sheet: string;
  let rest: string;
  if (text.startsWith("'")) {
    let i = 1;
    sheet = '';
    for (;;) {
      if (i >= text.length) return undefined;
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          sheet += "'";
          i += 2;
          continue;
        }
        break;
      }
      sheet += text[i];
      i += 1;
    }
    rest = text.slice(i + 1);
  } else {
    const bang = text.indexOf('!');
    if (bang <= 0) return undefined;
    sheet = text.slice(0, bang);
    if (/[\s'!#]/.test(sheet)) return undefined;
    rest = text.slice(bang);
  }
  if (!/^!\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/.test(rest)) return undefined;
  return sheet;
}

/** Excel compares sheet names without case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/**
 * First free sheet name: `wanted` if no other sheet has it, else "wanted (2)", "wanted (3)" ...,
 * the base shortened so the name stays within 31 characters.
 */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const isTaken = (n: string): boolean => taken.some((t) => sameSheetName(t, n));
  const base0 = wanted.slice(0, MAX_SHEET_NAME_LENGTH);
  if (!isTaken(base0)) return base0;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base0.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd() + suffix;
    if (!isTaken(candidate)) return candidate;
  }
}
