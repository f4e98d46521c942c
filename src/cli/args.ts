/** Command-line arguments: `score [input.xlsx] [--sheet NAME]... [--layout KIND ...] [--out FILE] [--json FILE|-] ...`. */
import type { LayoutKind } from '../engine/model';
import type { DecisionInfo, Lang, NotApplicablePolicy, RankingMethod } from '../engine/types';
import type { StatedLayout } from '../readers';
import { StatedFlags } from './layout-flags';
import { UsageError } from './usage-error';

export interface CliArgs {
  input?: string;
  /** `--sheet`, repeatable: the sheets read (one: that sheet only). */
  sheets: string[];
  /** The layout stated with `--layout` and its flags; undefined: detected. */
  layout?: StatedLayout;
  out?: string;
  json?: string;
  /** `--docx FILE`: also the appendix as a Word document (a name ending in .docx). */
  docx?: string;
  ranking: RankingMethod;
  notApplicable: NotApplicablePolicy;
  lang: Lang;
  previous?: string;
  /** Decision details for the appendix heading. */
  decision: DecisionInfo;
  help: boolean;
  /** Also print the technical detail of a failure (a library's own words). */
  verbose: boolean;
}

export { UsageError } from './usage-error';

const CHOICES = {
  '--ranking': ['dense', 'competition'],
  '--not-applicable': ['full', 'exclude'],
  '--lang': ['vi', 'en'],
  '--layout': ['criteria-as-rows', 'units-as-rows', 'sheet-per-unit'],
  '--ranked': ['appraised', 'self'],
} as const;

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { sheets: [], ranking: 'dense', notApplicable: 'full', lang: 'vi', decision: {}, help: false, verbose: false };
  const positional: string[] = [];
  const stated = new StatedFlags();
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    if (raw === '-h' || raw === '--help') { args.help = true; continue; }
    if (raw === '--verbose') { args.verbose = true; continue; }
    if (!raw.startsWith('--') || raw === '-') { positional.push(raw); continue; }
    const eq = raw.indexOf('=');
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const take = (): string => {
      if (eq > 0) return raw.slice(eq + 1);
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) throw new UsageError(`${flag} cần một giá trị / needs a value`);
      i++;
      return next;
    };
    switch (flag) {
      case '--sheet': args.sheets.push(take()); break;
      case '--layout': stated.kind = choose(flag, take()) as LayoutKind; break;
      case '--header-row': stated.given.headerRow = stated.row(flag, take()); break;
      case '--max-row': stated.given.maxRow = stated.row(flag, take()); break;
      case '--code-column': stated.given.codeColumn = stated.column(flag, take()); break;
      case '--max-column': stated.given.maxColumn = stated.column(flag, take()); break;
      case '--unit-name-column': stated.given.unitNameColumn = stated.column(flag, take()); break;
      case '--unit-columns': stated.given.unitColumns = stated.columns(flag, take()); break;
      case '--component-columns': stated.given.componentColumns = stated.columns(flag, take()); break;
      case '--ranked': stated.given.rankedScore = stated.ranked(flag, choose(flag, take())); break;
      case '--out': args.out = take(); break;
      case '--json': args.json = take(); break;
      case '--docx': {
        const file = take();
        if (!/\.docx$/i.test(file)) throw new UsageError(`--docx: "${file}" phải có đuôi .docx / must end in .docx`);
        args.docx = file;
        break;
      }
      case '--previous': args.previous = take(); break;
      case '--ranking': args.ranking = choose(flag, take()); break;
      case '--not-applicable': args.notApplicable = choose(flag, take()); break;
      case '--lang': args.lang = choose(flag, take()); break;
      case '--issuing-body': args.decision.issuingBody = take(); break;
      case '--decision-number': args.decision.number = take(); break;
      case '--decision-date': args.decision.date = take(); break;
      case '--ranked-group': args.decision.rankedGroup = take(); break;
      case '--year': {
        const text = take();
        const year = Number(text);
        if (!/^\d{4}$/.test(text) || year < 1990 || year > 2100) throw new UsageError(`--year: "${text}" không phải là năm / is not a year`);
        args.decision.year = year;
        break;
      }
      default: throw new UsageError(`Tuỳ chọn không hợp lệ / unknown option: ${flag}`);
    }
  }
  if (positional.length > 1) throw new UsageError(`Chỉ nhận một tệp đầu vào / only one input file, got: ${positional.join(', ')}`);
  args.input = positional[0];
  const layout = stated.layout();
  if (layout) args.layout = layout;
  return args;
}

function choose<F extends keyof typeof CHOICES>(flag: F, value: string): (typeof CHOICES)[F][number] {
  const allowed = CHOICES[flag] as readonly string[];
  if (!allowed.includes(value)) throw new UsageError(`${flag}: "${value}" — chọn một trong / choose one of: ${allowed.join(', ')}`);
  return value as (typeof CHOICES)[F][number];
}

export const USAGE = `Cách dùng / Usage:
  npm run score -- [input.xlsx] [--sheet NAME]... [--out FILE.xlsx] [--json FILE|-] [--docx FILE.docx]
                   [--ranking dense|competition] [--not-applicable full|exclude] [--lang vi|en]
                   [--previous LAST-YEAR.xlsx] [--verbose]
                   [--issuing-body "UBND HUYỆN ..."] [--decision-number "123/QĐ-UBND"]
                   [--decision-date "15/01/2022"] [--year 2021] [--ranked-group "UBND các xã, thị trấn"]

Các tuỳ chọn quyết định điền tiêu đề phụ lục / the decision options fill the appendix heading.
--docx ghi thêm phụ lục thành văn bản Word (.docx) theo Nghị định 30/2020/NĐ-CP /
--docx also writes the appendix as a Word document (.docx) laid out per Decree 30/2020/ND-CP.

Không có --sheet: mọi sheet có bảng chấm điểm được đọc (mỗi sheet hoặc nhóm phiếu là một khối xếp
hạng). --sheet (có thể lặp lại) chỉ đọc các sheet nêu tên.
Without --sheet: every sheet holding a scoring table is read (each sheet or set of forms is a
ranking group). --sheet (repeatable) reads only the sheets named.

Khai báo bố cục khi không tự nhận ra / state the layout when it is not recognised:
  --layout criteria-as-rows|units-as-rows|sheet-per-unit
  --header-row 4  --code-column A  --ranked appraised|self
  tiêu chí theo hàng / criteria as rows:  --max-column C  --unit-columns D:P (hoặc / or D,F,H)
  đơn vị theo hàng / units as rows:       --unit-name-column B  --component-columns C:I  --max-row 6
  mỗi sheet một đơn vị / sheet per unit:  --max-column C  (--sheet cho từng phiếu / for each form)
Dòng đếm từ 1 và cột bằng chữ, như Excel hiển thị / rows from 1 and columns as letters, as Excel shows them.

Không có tệp đầu vào: chấm bảng mẫu đi kèm (samples/thanh-tri-2021.xlsx).
Without an input file: scores the bundled sample (samples/thanh-tri-2021.xlsx).

Mã thoát / exit codes: 0 đã chấm / scored (warnings allowed); 1 bảng điểm có lỗi / the sheet has
errors (nothing written); 2 sai cách dùng hoặc không đọc được tệp / usage error or unreadable file.`;
