/**
 * Excel's column width unit is the width of one digit of the default font (Calibri 11: 7 pixels,
 * plus 5 pixels of padding); Office.js sets widths in points (0.75 point per pixel at 96 dpi).
 */
const DIGIT_PX = 7;
const PADDING_PX = 5;
const PT_PER_PX = 0.75;

export function charsToPoints(chars: number): number {
  return Math.round((chars * DIGIT_PX + PADDING_PX) * PT_PER_PX * 100) / 100;
}

export function pointsToChars(points: number): number {
  return Math.round(((points / PT_PER_PX - PADDING_PX) / DIGIT_PX) * 100) / 100;
}

/** Inches to points, for page margins given in inches. */
export function inchesToPoints(inches: number): number {
  return inches * 72;
}
