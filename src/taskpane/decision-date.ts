/**
 * The decision's date as typed in the pane: a real calendar date, day/month/year as Vietnamese
 * documents write it ("15/01/2022"; "5/1/2022", "05-01-2022" and "05.01.2022" are read the same).
 * Checking never throws.
 */

export type DateCheck =
  /** Nothing typed: the appendix leaves dots to fill in by hand. */
  | { state: 'empty' }
  /** A real date, written back as dd/mm/yyyy. */
  | { state: 'valid'; text: string }
  | { state: 'invalid' };

const DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

function daysIn(month: number, year: number): number {
  // Day 0 of the next month is the last day of this one (the Gregorian calendar, leap years included).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function checkDecisionDate(typed: string): DateCheck {
  const text = typed.trim();
  if (text === '') return { state: 'empty' };
  const m = DATE.exec(text);
  if (!m) return { state: 'invalid' };
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) return { state: 'invalid' };
  const two = (n: number) => String(n).padStart(2, '0');
  return { state: 'valid', text: `${two(day)}/${two(month)}/${year}` };
}
