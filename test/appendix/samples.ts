/**
 * Hand-made results the plan tests share. Expected figures are worked out in the comments.
 */
import type { ScoreOptions } from '../../src/engine/types';
import { makeResult } from './fixture';

/**
 * Six communes, three components (15 + 5 + 80 = 100 points).
 *
 *   unit                  I      II     III      total (exact)     index  grade       rank
 *   Xã Đồng Tâm           11.84  4.75   71.157   87.75 (87.747)    87.75  Tốt         2
 *   Xã An Đức             13     3.5    70       86.5              86.5   Tốt         3
 *   Xã Bình Minh          11.84  5      70.907   87.75 (87.747)    87.75  Tốt         2
 *   Thị trấn Ninh Giang   15     3      74       92                92     Xuất sắc    1
 *   Xã Ánh Sáng           12.5   4.75   70.5     87.75             87.75  Tốt         2
 *   Xã Eo Gió             10     2      57.75    69.75             69.75  Trung bình  4
 *
 * Dense ranks: I 15>13>12.5>11.84>10 (5 levels); II 5>4.75>3.5>3>2 (5 levels);
 * III 74>71.157>70.907>70.5>70>57.75 (6 levels); total 92>87.75>86.5>69.75 (4 levels).
 * Rank order, ties by Vietnamese name (Á < B < Đ): Ninh Giang, Ánh Sáng, Bình Minh, Đồng Tâm,
 * An Đức, Eo Gió. Mean total 511.5 / 6 = 85.25.
 */
export function communes(options: Partial<ScoreOptions> = {}) {
  return makeResult({
    components: [
      { code: 'I', name: 'Công tác chỉ đạo, điều hành CCHC', max: 15 },
      { code: 'II', name: 'Cải cách thể chế', max: 5 },
      { code: 'III', name: 'Cải cách thủ tục hành chính', max: 80 },
    ],
    units: [
      { name: 'Xã Đồng Tâm', scores: [11.84, 4.75, 71.157] },
      { name: 'Xã An Đức', scores: [13, 3.5, 70] },
      { name: 'Xã Bình Minh', scores: [11.84, 5, 70.907] },
      { name: 'Thị trấn Ninh Giang', scores: [15, 3, 74] },
      { name: 'Xã Ánh Sáng', scores: [12.5, 4.75, 70.5] },
      { name: 'Xã Eo Gió', scores: [10, 2, 57.75] },
    ],
    options,
  });
}

/**
 * Two ranking groups and last year's result (40 + 60 = 100 points).
 *
 *   unit            group              I   II  total  rank  last year (rank, index)  change
 *   Phòng Tư pháp   Phòng chuyên môn   30  50  80     2     7, 70                    up 5, +10
 *   Xã A            UBND xã            35  50  85     1     1, 85                    same, 0
 *   Phòng Nội vụ    Phòng chuyên môn   38  52  90     1     2, 85.5                  up 1, +4.5
 *   Xã B            UBND xã            30  40  70     2     1, 72.25                 down 1, -2.25
 *   Xã C            UBND xã            40  45  85     1     -                        -
 *
 * Means: Phòng chuyên môn (90 + 80) / 2 = 85; UBND xã (85 + 70 + 85) / 3 = 80.
 */
export function groupedWithPrevious(options: Partial<ScoreOptions> = {}) {
  return makeResult({
    components: [
      { code: 'I', name: 'Chỉ đạo điều hành', max: 40 },
      { code: 'II', name: 'Thủ tục hành chính', max: 60 },
    ],
    units: [
      { name: 'Phòng Tư pháp', group: 'Phòng chuyên môn', scores: [30, 50], previous: { rank: 7, index: 70 } },
      { name: 'Xã A', group: 'UBND xã', scores: [35, 50], previous: { rank: 1, index: 85 } },
      { name: 'Phòng Nội vụ', group: 'Phòng chuyên môn', scores: [38, 52], previous: { rank: 2, index: 85.5 } },
      { name: 'Xã B', group: 'UBND xã', scores: [30, 40], previous: { rank: 1, index: 72.25 } },
      { name: 'Xã C', group: 'UBND xã', scores: [40, 45] },
    ],
    options,
  });
}

/**
 * Self-assessed and appraised scores on leaf criteria (5 + 5 = 10 points).
 *
 *   unit   1.1 self/appr  1.2 self/appr  2.1 self/appr  2.2 self/appr   I s/a   II s/a     total s/a
 *   Xã A   2 / 2          3 / 2.5        2 / 1.5        3 / 2.75        5/4.5   5/4.25     10/8.75   (+1.25)
 *   Xã B   2 / 1          3 / 3          2 / 2          2.75 / 2.25     5/4     4.75/4.25  9.75/8.25 (+1.5)
 *   Xã C   2 / 2          3 / 3          1.5 / 2        3 / 3           5/5     4.5/5      9.5/10    (-0.5)
 *
 * Ranks by appraised total: C 10 (1), A 8.75 (2), B 8.25 (3).
 * Points lost per criterion (positive differences only): 1.1: 1 (B); 2.2: 0.25 + 0.5 = 0.75 (A, B);
 * 1.2: 0.5 (A); 2.1: 0.5 (A; C's -0.5 is a gain, not a deduction).
 */
export function selfAssessed(options: Partial<ScoreOptions> = {}) {
  return makeResult({
    components: [
      { code: 'I', name: 'Cải cách thể chế', max: 5, leaves: [['1.1', 'Ban hành văn bản', 2], ['1.2', 'Kiểm tra văn bản', 3]] },
      { code: 'II', name: 'Cải cách TTHC', max: 5, leaves: [['2.1', 'Công khai TTHC', 2], ['2.2', 'Giải quyết hồ sơ', 3]] },
    ],
    units: [
      { name: 'Xã A', scores: [[2, 2.5], [1.5, 2.75]], self: [[2, 3], [2, 3]] },
      { name: 'Xã B', scores: [[1, 3], [2, 2.25]], self: [[2, 3], [2, 2.75]] },
      { name: 'Xã C', scores: [[2, 3], [2, 3]], self: [[2, 3], [1.5, 3]] },
    ],
    options,
  });
}
