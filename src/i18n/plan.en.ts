/** Labels of the result sheets in English. */
import type { PlanLabels } from './plan-labels';
import { roman } from './roman';

export const en: PlanLabels = {
  sheetNames: {
    overall: 'Overall ranking',
    components: 'Component ranking',
    statistics: 'Statistics',
    units: 'Unit results',
    self: 'Self vs appraisal',
  },
  placeholder: '....',
  numberPlaceholder: '..../QĐ-UBND',
  appendix: 'APPENDIX',
  title: (p) => ['ADMINISTRATIVE REFORM INDEX RESULTS', p.year, `OF ${p.rankedGroup}`],
  attachedTo: (p) => [`(Attached to Decision No. ${p.number}`, `dated ${p.date}`, `of ${p.issuingBody})`],
  groupHeading: (i, g) => `${roman(i)}. ${g}`,
  noGroup: 'No group',
  partAppendix: (i) => `APPENDIX ${roman(i)}`,
  partSheetName: (name, i) => `${name} (${roman(i)})`,

  no: 'No.',
  unit: 'Unit',
  max: 'Max points',
  score: 'Score',
  index: 'Index (%)',
  rank: 'Rank',
  grade: 'Grade',
  mean: 'Mean',
  meanRow: 'Average of the units',
  rankNote: (m) =>
    m === 'dense'
      ? 'Note: rank "r/L" is rank r of L rank levels; equal results share a rank, the next unit takes the next rank (1, 1, 2).'
      : 'Note: rank "r/L" is rank r of L ranked units; equal results share a rank, the next unit skips the shared ranks (1, 1, 3).',
  previousRank: 'Rank last year',
  rankChange: 'Change',
  indexChange: 'Index change (%)',
  rankUp: (n) => `up ${n}`,
  rankDown: (n) => `down ${n}`,
  rankSame: 'unchanged',

  componentsTitle: (p) => ['RANKING BY COMPONENT', p.year, `OF ${p.rankedGroup}`],
  componentMax: (max) => `Max: ${max}`,
  scoreShort: 'Score',
  rankShort: 'Rank',
  total: 'Total',
  totalWithMax: (max) => `Total (Max: ${max})`,
  overallRank: 'Overall rank',

  statisticsTitle: (p) => ['ADMINISTRATIVE REFORM INDEX STATISTICS', p.year, `OF ${p.rankedGroup}`],
  component: 'Component',
  highest: 'Highest',
  highestUnits: 'Highest units',
  andOthers: (n) => `and ${n.toLocaleString('en-US')} other units`,
  lowest: 'Lowest',
  lowestUnits: 'Lowest units',
  rankLevels: 'Rank levels',
  gradeCounts: 'Units by grade',
  unitCount: 'Units',
  share: 'Share (%)',
  summary: 'Summary',
  gradeCountText: (c, of, g) => `${c}/${of} units graded ${g}`,
  belowThreshold: "Units below 75% of a component's max",
  noneBelowThreshold: "No unit is below 75% of a component's max.",
  chartData: 'Totals in rank order',
  chartTitle: (g) => (g ? `Unit totals - ${g}` : 'Unit totals'),

  unitsTitle: (p) => ['ADMINISTRATIVE REFORM INDEX RESULTS', `BY UNIT ${p.year}`, `(${p.rankedGroup})`],
  componentLine: (name, s, m, r, l) => `${name}: ${s}/${m} points, rank ${r}/${l}`,
  componentNotArisenLine: (name) => `${name}: not applicable`,
  adjustmentLine: (p) => {
    const parts = [p.bonus !== undefined ? `bonus ${p.bonus}` : '', p.deduction !== undefined ? `deduction ${p.deduction}` : ''];
    const text = parts.filter((x) => x !== '').join('; ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)} (included in the total)`;
  },
  totalLine: (p) => `Total: ${p.score}/${p.max} points, index ${p.index}%, rank ${p.rank}/${p.levels}, grade ${p.grade}`,
  previousLine: (p) => `Compared with last year: rank ${p.rank} (${p.change}), index ${p.index}% (${p.indexChange})`,
  weakLine: (items) => `Components below 75% of max: ${items.join('; ')}`,
  weakItem: (n, s, m, i) => `${n} (${s}/${m} points, ${i}%)`,
  noWeak: 'No component below 75% of max.',

  selfTitle: (p) => ['SELF-ASSESSMENT VS APPRAISAL', `ADMINISTRATIVE REFORM INDEX ${p.year}`, `OF ${p.rankedGroup}`],
  selfScore: 'Self',
  appraised: 'Appraised',
  difference: 'Difference',
  deductionsTitle: 'Criteria with the largest deductions (self minus appraised, summed over units)',
  code: 'Code',
  criterion: 'Criterion',
  deducted: 'Points deducted',
  unitsDeducted: 'Units deducted',
  noDeductions: 'No criterion lost points.',

  footer: 'Page &P of &N',
};
