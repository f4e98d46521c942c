/** Number formatting for what users read: Vietnamese uses a decimal comma (11,84), English a point. */
import type { Lang } from '../engine/types';

export function formatNumber(value: number, lang: Lang, maxDecimals = 3): string {
  if (!Number.isFinite(value)) return String(value);
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(value * factor) / factor;
  let text = String(rounded);
  if (/e/i.test(text)) text = rounded.toFixed(maxDecimals).replace(/\.?0+$/, '');
  return lang === 'vi' ? text.replace('.', ',') : text;
}
