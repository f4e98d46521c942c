/**
 * A number of the plan as its sheet shows it: the cell's Excel number format code ("General",
 * "0", "0.00", "0.###", "+0.00;-0.00;0.00", "@", "0%") read for its decimals, sign sections and
 * literal text, the digits written in the document's convention (src/i18n/format.ts: decimal
 * comma in Vietnamese, point in English, no thousands separator). Text cells are never touched.
 */
import type { Lang } from '../engine/types';
import { formatFixed, formatNumber } from '../i18n/format';
import type { PlanValue } from '../appendix/types';

/** Decimals "General" shows at most for the figures of a plan (published values have at most 3). */
const GENERAL_DECIMALS = 6;

/** One section of a format code: literal text around a digit placeholder. */
interface Section {
  before: string;
  after: string;
  /** Decimals always shown (0s after the point) and more shown when not zero (#s after the point). */
  fixed: number;
  optional: number;
  percent: boolean;
  /** No digit placeholder: General (or text) in this section. */
  general: boolean;
}

/** Literal text of a code: quoted strings unquoted, escapes and padding (_x, *x) resolved. */
function literal(text: string): string {
  return text
    .replace(/"([^"]*)"/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/_./g, ' ')
    .replace(/\*./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

function parseSection(code: string): Section {
  // Quoted text may hold placeholder characters: mask it before looking for the number.
  const masked = code.replace(/"[^"]*"/g, (q) => 'x'.repeat(q.length)).replace(/\\./g, 'xx');
  const match = /[0#?][0#?,]*(\.[0#?]*)?|\.[0#?]+/.exec(masked);
  const percent = masked.includes('%');
  if (match === null || /^general$/i.test(code.trim())) {
    return { before: '', after: '', fixed: 0, optional: GENERAL_DECIMALS, percent, general: true };
  }
  const decimals = match[0].includes('.') ? match[0].slice(match[0].indexOf('.') + 1) : '';
  return {
    before: literal(code.slice(0, match.index)),
    after: literal(code.slice(match.index + match[0].length)),
    fixed: (decimals.match(/0/g) ?? []).length,
    optional: (decimals.match(/[#?]/g) ?? []).length,
    percent,
    general: false,
  };
}

/** The digits of |value| with `fixed` decimals and up to `optional` more. */
function digits(value: number, fixed: number, optional: number, lang: Lang): string {
  if (optional === 0) return formatFixed(value, fixed, lang);
  const shortest = formatNumber(value, lang, fixed + optional);
  if (fixed === 0) return shortest;
  const sep = lang === 'vi' ? ',' : '.';
  const [whole, frac = ''] = shortest.split(sep);
  return `${whole}${sep}${frac.padEnd(fixed, '0')}`;
}

/** A number as a cell of this format shows it, in the language's convention. */
export function formatCode(value: number, code: string | undefined, lang: Lang): string {
  if (!Number.isFinite(value)) return String(value);
  if (code === undefined || code === '' || code === '@') return formatNumber(value, lang, GENERAL_DECIMALS);
  const sections = code.split(';');
  // Excel's sections: positive;negative;zero. A negative section writes its own sign.
  let section = sections[0];
  let shown = value;
  if (value < 0 && sections.length >= 2) { section = sections[1]; shown = -value; }
  else if (value === 0 && sections.length >= 3) section = sections[2];
  const s = parseSection(section);
  const scaled = s.percent ? shown * 100 : shown;
  if (s.general) return `${s.before}${formatNumber(scaled, lang, GENERAL_DECIMALS)}${s.after}`;
  return `${s.before}${digits(scaled, s.fixed, s.optional, lang)}${s.after}`;
}

/** A plan value as the cell shows it: text as it is, a number in its format, nothing as "". */
export function cellText(value: PlanValue, code: string | undefined, lang: Lang): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  return formatCode(value, code, lang);
}
