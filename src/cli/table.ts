/** The ranking tables printed on the terminal, one per ranking group, in rank order (ties by name). */
import type { ScoreResult } from '../engine/types';
import { formatFixed, formatNumber } from '../i18n/format';

const LABELS = {
  vi: { rank: 'Hạng', unit: 'Đơn vị', score: 'Điểm', index: 'Chỉ số (%)', grade: 'Xếp loại', group: 'Khối', of: 'đơn vị', noName: 'Chưa đặt tên' },
  en: { rank: 'Rank', unit: 'Unit', score: 'Score', index: 'Index (%)', grade: 'Grade', group: 'Group', of: 'units', noName: 'Unnamed' },
};

const width = (s: string): number => [...s.normalize('NFC')].length;
const pad = (s: string, w: number, right = false): string => {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
};

/** Every group's table; with several groups each under its name ("== Khối xã =="). */
export function renderRankingTables(groups: readonly { name: string | null; result: ScoreResult }[]): string {
  if (groups.length === 1) return renderRankingTable(groups[0].result);
  return groups.map(({ name, result }) => `== ${name ?? LABELS[result.options.lang].noName} ==\n${renderRankingTable(result)}`).join('\n');
}

export function renderRankingTable(result: ScoreResult): string {
  const lang = result.options.lang;
  const L = LABELS[lang];
  const d = result.options.decimals;
  const fixed = (x: number): string => formatFixed(x, d, lang);
  const lines: string[] = [];
  for (const group of result.groups) {
    const units = result.units
      .filter((u) => u.group === group)
      .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'vi'));
    if (group !== null) lines.push(`${L.group}: ${group}`);
    const rows = units.map((u) => [
      `${u.rank}/${u.rankLevels}`, u.name, `${fixed(u.total)}/${formatNumber(u.max, lang)}`, fixed(u.index),
      lang === 'vi' ? u.grade : u.gradeEn,
    ]);
    const head = [L.rank, L.unit, L.score, L.index, L.grade];
    const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
    const rightAligned = [true, false, true, true, false];
    const fmt = (r: string[]): string => r.map((c, i) => pad(c, widths[i], rightAligned[i])).join('  ');
    lines.push(fmt(head));
    lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of rows) lines.push(fmt(r));
    lines.push(`(${units.length} ${L.of})`);
    lines.push('');
  }
  return lines.join('\n');
}
