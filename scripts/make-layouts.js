#!/usr/bin/env node
/**
 * Makes the inputs of the layout fixtures (test/fixtures/layouts/<case>/input.xlsx): the scoring
 * sheets districts really bring (units as rows, one sheet per unit, several ranking groups, group
 * rows A/B, rows below the total, bonus and deduction, not-applicable dashes and "Không áp dụng",
 * a criterion scored as a whole, TCVN3 and VNI text), made the way users make them: this script
 * writes each workbook as a flat ODF spreadsheet (`source.fods`, kept beside the result) with
 * title blocks, merged captions, note columns, fonts and formulas WITHOUT results, and LibreOffice
 * (`soffice --headless --convert-to xlsx`, its own throw-away profile) calculates the formulas and
 * saves the .xlsx, so every formula carries the value LibreOffice cached.
 *
 * Text of the TCVN3 and VNI cases is written in Unicode below and encoded here by the font of its
 * cell (.VnTime / .VnTimeH → TCVN3, VNI-Times → VNI), with tables written for this script (see
 * the comments on TCVN3_ROWS and VNI_ROWS), independent of the project's code.
 *
 * The expected.json of each case is written by hand, not by this script.
 *
 *   node scripts/make-layouts.js            # every case
 *   node scripts/make-layouts.js tcvn3      # the cases whose name contains "tcvn3"
 */
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const LAYOUTS = path.join(__dirname, '..', 'test', 'fixtures', 'layouts');

// ------------------------------------------------------------------ legacy Vietnamese encodings

/**
 * TCVN3 ("ABC", TCVN 5712:1993 VN3), the 8-bit encoding of the .VnTime / .VnArial fonts: each
 * Vietnamese letter is one byte, shown in a Unicode file as the Latin-1 character of that byte
 * (ấ is byte 0xCA, so the cell holds "Ê"). Pairs: Unicode letters (no tone, sắc, huyền, hỏi, ngã,
 * nặng) and their TCVN3 characters. Source: the upper half (0xA1–0xFE) of TCVN 5712:1993 as
 * glibc's TCVN5712-1 converter maps it (checked byte by byte with `iconv -f TCVN5712-1`), which
 * the VN3 subset shares, and the byte tables of the Unikey / vietnamese-conversion converters.
 * VN3 has no capital letters with a tone mark: the capitals-only font (.VnTimeH) shows the
 * lower-case codes as capitals, so a title typed in .VnTimeH holds lower-case codes
 * ("UBND HUYÖN" is "UBND HUYỆN"). Note ư is 0xAD, the soft hyphen.
 */
const TCVN3_ROWS = [
  ['a á à ả ã ạ', 'a ¸ µ ¶ · ¹'],
  ['ă ắ ằ ẳ ẵ ặ', '¨ ¾ » ¼ ½ Æ'],
  ['â ấ ầ ẩ ẫ ậ', '© Ê Ç È É Ë'],
  ['e é è ẻ ẽ ẹ', 'e Ð Ì Î Ï Ñ'],
  ['ê ế ề ể ễ ệ', 'ª Õ Ò Ó Ô Ö'],
  ['i í ì ỉ ĩ ị', 'i Ý × Ø Ü Þ'],
  ['o ó ò ỏ õ ọ', 'o ã ß á â ä'],
  ['ô ố ồ ổ ỗ ộ', '« è å æ ç é'],
  ['ơ ớ ờ ở ỡ ợ', '¬ í ê ë ì î'],
  ['u ú ù ủ ũ ụ', 'u ó ï ñ ò ô'],
  ['ư ứ ừ ử ữ ự', '\u00AD ø õ ö ÷ ù'],
  ['y ý ỳ ỷ ỹ ỵ', 'y ý ú û ü þ'],
  ['đ Ă Â Ê Ô Ơ Ư Đ', '® ¡ ¢ £ ¤ ¥ ¦ §'],
];

/**
 * VNI (the VNI-Times font family, "VNI Windows"): a letter with marks is the base letter followed
 * by one character per mark (vowel mark, then tone; the two merged in one character after â, ê, ô
 * and ă), all in the Latin-1 range: "Điểm" is "Ñieåm". ơ, ư, đ and the i with a tone are single
 * characters. Pairs as above (no tone, sắc, huyền, hỏi, ngã, nặng). Source: the VNI tables of
 * xvnkb (vni.h) and of the vietnamese-conversion package, which agree.
 */
const VNI_ROWS = [
  ['a á à ả ã ạ', 'a aù aø aû aõ aï'],
  ['â ấ ầ ẩ ẫ ậ', 'aâ aá aà aå aã aä'],
  ['ă ắ ằ ẳ ẵ ặ', 'aê aé aè aú aü aë'],
  ['e é è ẻ ẽ ẹ', 'e eù eø eû eõ eï'],
  ['ê ế ề ể ễ ệ', 'eâ eá eà eå eã eä'],
  ['i í ì ỉ ĩ ị', 'i í ì æ ó ò'],
  ['o ó ò ỏ õ ọ', 'o où oø oû oõ oï'],
  ['ô ố ồ ổ ỗ ộ', 'oâ oá oà oå oã oä'],
  ['ơ ớ ờ ở ỡ ợ', 'ô ôù ôø ôû ôõ ôï'],
  ['u ú ù ủ ũ ụ', 'u uù uø uû uõ uï'],
  ['ư ứ ừ ử ữ ự', 'ö öù öø öû öõ öï'],
  ['y ý ỳ ỷ ỹ ỵ', 'y yù yø yû yõ î'],
  ['A Á À Ả Ã Ạ', 'A AÙ AØ AÛ AÕ AÏ'],
  ['Â Ấ Ầ Ẩ Ẫ Ậ', 'AÂ AÁ AÀ AÅ AÃ AÄ'],
  ['Ă Ắ Ằ Ẳ Ẵ Ặ', 'AÊ AÉ AÈ AÚ AÜ AË'],
  ['E É È Ẻ Ẽ Ẹ', 'E EÙ EØ EÛ EÕ EÏ'],
  ['Ê Ế Ề Ể Ễ Ệ', 'EÂ EÁ EÀ EÅ EÃ EÄ'],
  ['I Í Ì Ỉ Ĩ Ị', 'I Í Ì Æ Ó Ò'],
  ['O Ó Ò Ỏ Õ Ọ', 'O OÙ OØ OÛ OÕ OÏ'],
  ['Ô Ố Ồ Ổ Ỗ Ộ', 'OÂ OÁ OÀ OÅ OÃ OÄ'],
  ['Ơ Ớ Ờ Ở Ỡ Ợ', 'Ô ÔÙ ÔØ ÔÛ ÔÕ ÔÏ'],
  ['U Ú Ù Ủ Ũ Ụ', 'U UÙ UØ UÛ UÕ UÏ'],
  ['Ư Ứ Ừ Ử Ữ Ự', 'Ö ÖÙ ÖØ ÖÛ ÖÕ ÖÏ'],
  ['Y Ý Ỳ Ỷ Ỹ Ỵ', 'Y YÙ YØ YÛ YÕ Î'],
  ['đ Đ', 'ñ Ñ'],
];

function table(rows) {
  const map = new Map();
  for (const [u, l] of rows) {
    const us = u.split(' ');
    const ls = l.split(' ');
    if (us.length !== ls.length) throw new Error(`table row lengths differ: ${u}`);
    us.forEach((c, i) => { if (c.length !== 1) throw new Error(`not one letter: ${c}`); map.set(c, ls[i]); });
  }
  return map;
}
const TCVN3 = table(TCVN3_ROWS);
const VNI = table(VNI_ROWS);

/** Unicode text as typed in TCVN3; `capitals` for the .VnTimeH font (capitals shown from lower-case codes). */
function toTcvn3(text, capitals) {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (TCVN3.has(ch)) out += TCVN3.get(ch);
    else if (ch.charCodeAt(0) < 0x80) out += ch;
    else if (capitals && TCVN3.has(ch.toLowerCase())) out += TCVN3.get(ch.toLowerCase());
    else throw new Error(`"${ch}" cannot be typed in TCVN3 with this font: ${text}`);
  }
  return out;
}

/** Unicode text as typed in VNI. */
function toVni(text) {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (VNI.has(ch)) out += VNI.get(ch);
    else if (ch.charCodeAt(0) < 0x80) out += ch;
    else throw new Error(`"${ch}" has no VNI spelling: ${text}`);
  }
  return out;
}

/** The text a cell in this font holds. */
function encodeFor(font, text) {
  if (font === '.VnTime' || font === '.VnArial') return toTcvn3(text, false);
  if (font === '.VnTimeH' || font === '.VnArialH') return toTcvn3(text, true);
  if (font === 'VNI-Times') return toVni(text);
  return text;
}

// ------------------------------------------------------------------ flat ODF spreadsheet

const xml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function parseA1(a) {
  const m = /^([A-Z]+)(\d+)$/.exec(a);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function colLetter(c) {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function cellsOf(range) {
  const [a, b] = range.split(':').map(parseA1);
  const end = b ?? a;
  const out = [];
  for (let r = a.row; r <= end.row; r++) for (let c = a.col; c <= end.col; c++) out.push([r, c]);
  return out;
}

/** An Excel-style formula ("SUM(D5:D6)", "ROUND(F6/$F$5*100,2)") in OpenFormula. */
function openFormula(f) {
  const body = f
    .replace(/(?<![A-Za-z.$])(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?/g, (_, a, b) => (b ? `[.${a}:.${b}]` : `[.${a}]`))
    .replace(/,/g, ';');
  return `of:=${body}`;
}

/** A number as a Vietnamese user sees it typed (decimal comma). */
const shown = (v) => String(v).replace('.', ',');

/**
 * A flat ODF spreadsheet. Each sheet: `rows` of values ("text", numbers, null), `formulas` by A1
 * cell (Excel syntax, no results: LibreOffice calculates them), `merges`, `hiddenRows` (1-based),
 * `widths` (cm per column), `font` (the sheet's font) and `styles`: [{ range, font, bold, italic,
 * center, wrap, border }] applied in order. Text is stored in the encoding of its cell's font.
 */
function fods(sheets) {
  const fonts = new Set();
  const cellStyles = new Map();
  const colStyles = new Map();
  const styleName = (p) => {
    fonts.add(p.font);
    const key = JSON.stringify(p);
    if (!cellStyles.has(key)) cellStyles.set(key, { name: `ce${cellStyles.size + 1}`, p });
    return cellStyles.get(key).name;
  };
  const colStyle = (w) => {
    const key = `${w}`;
    if (!colStyles.has(key)) colStyles.set(key, `co${colStyles.size + 1}`);
    return colStyles.get(key);
  };
  const tables = sheets.map((s) => {
    const formulas = new Map(Object.entries(s.formulas ?? {}).map(([a, f]) => { const p = parseA1(a); return [`${p.row},${p.col}`, f]; }));
    const height = Math.max(s.rows.length, ...Object.keys(s.formulas ?? {}).map((a) => parseA1(a).row + 1));
    const width = Math.max(...s.rows.map((r) => r.length), ...Object.keys(s.formulas ?? {}).map((a) => parseA1(a).col + 1));
    const props = new Map();
    for (const st of s.styles ?? []) {
      const { range, ...p } = st;
      for (const [r, c] of cellsOf(range)) props.set(`${r},${c}`, { ...(props.get(`${r},${c}`) ?? {}), ...p });
    }
    const spans = new Map();
    const covered = new Set();
    for (const m of s.merges ?? []) {
      const [a, b] = m.split(':').map(parseA1);
      spans.set(`${a.row},${a.col}`, { rows: b.row - a.row + 1, cols: b.col - a.col + 1 });
      for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) if (r !== a.row || c !== a.col) covered.add(`${r},${c}`);
    }
    const hiddenRows = new Set((s.hiddenRows ?? []).map((n) => n - 1));
    const columns = Array.from({ length: width }, (_, c) => `<table:table-column table:style-name="${colStyle((s.widths ?? [])[c] ?? 2.2)}" table:default-cell-style-name="Default"/>`).join('');
    const rows = [];
    for (let r = 0; r < height; r++) {
      const row = s.rows[r] ?? [];
      const cells = [];
      for (let c = 0; c < width; c++) {
        const key = `${r},${c}`;
        const p = { font: s.font, bold: false, italic: false, center: false, wrap: false, border: false, ...(props.get(key) ?? {}) };
        const style = ` table:style-name="${styleName(p)}"`;
        if (covered.has(key)) { cells.push(`<table:covered-table-cell${style}/>`); continue; }
        const span = spans.get(key);
        const attrs = style + (span ? ` table:number-columns-spanned="${span.cols}" table:number-rows-spanned="${span.rows}"` : '');
        const formula = formulas.get(key);
        const v = row[c];
        if (formula) cells.push(`<table:table-cell${attrs} table:formula="${xml(openFormula(formula))}"/>`);
        else if (typeof v === 'number') cells.push(`<table:table-cell${attrs} office:value-type="float" office:value="${v}"><text:p>${shown(v)}</text:p></table:table-cell>`);
        else if (typeof v === 'string' && v !== '') {
          const text = encodeFor(p.font, v);
          cells.push(`<table:table-cell${attrs} office:value-type="string"><text:p>${xml(text)}</text:p></table:table-cell>`);
        } else cells.push(`<table:table-cell${attrs}/>`);
      }
      rows.push(`<table:table-row${hiddenRows.has(r) ? ' table:visibility="collapse"' : ''}>${cells.join('')}</table:table-row>`);
    }
    return `<table:table table:name="${xml(s.name)}">${columns}\n${rows.join('\n')}\n</table:table>`;
  });
  const fontDecls = [...fonts].map((f) => `<style:font-face style:name="${xml(f)}" svg:font-family="${xml(f.includes(' ') ? `'${f}'` : f)}" style:font-family-generic="roman" style:font-pitch="variable"/>`).join('\n');
  const autoStyles = [
    ...[...colStyles].map(([w, name]) => `<style:style style:name="${name}" style:family="table-column"><style:table-column-properties style:column-width="${w}cm"/></style:style>`),
    ...[...cellStyles.values()].map(({ name, p }) => [
      `<style:style style:name="${name}" style:family="table-cell" style:parent-style-name="Default">`,
      `<style:table-cell-properties style:vertical-align="middle"${p.wrap ? ' fo:wrap-option="wrap"' : ''}${p.border ? ' fo:border="0.06pt solid #000000"' : ''}/>`,
      p.center ? '<style:paragraph-properties fo:text-align="center"/>' : '',
      `<style:text-properties style:font-name="${xml(p.font)}" fo:font-size="12pt"${p.bold ? ' fo:font-weight="bold"' : ''}${p.italic ? ' fo:font-style="italic"' : ''}/>`,
      '</style:style>',
    ].join('')),
  ].join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls>
${fontDecls}
</office:font-face-decls>
<office:automatic-styles>
${autoStyles}
</office:automatic-styles>
<office:body><office:spreadsheet>
${tables.join('\n')}
</office:spreadsheet></office:body></office:document>
`;
}

// ------------------------------------------------------------------ sheet builders

const TNR = 'Times New Roman';

/** The rows of a criteria tree in sheet order: { node, depth, parent }. */
function flatten(tree) {
  const out = [];
  const walk = (nodes, depth, parent) => {
    for (const node of nodes) {
      out.push({ node, depth, parent });
      if (node.children) walk(node.children, depth + 1, node);
    }
  };
  walk(tree, 0, null);
  return out;
}

const isLeaf = (n) => !n.children || n.children.length === 0;
/** Whether a value (number or marker) is given for the node or any node under it. */
const hasAny = (node, values) => values[node.code] !== undefined || (node.children ?? []).some((c) => hasAny(c, values));

/**
 * A sheet whose rows are the criteria (the standard layout, and the one-sheet-per-unit form).
 *
 * `top`: the rows above the body (title block, header rows, numbering row), as given.
 * `columns`: one entry per column: 'code', 'name', 'max', { scores } (a score column: values by
 * criterion code, numbers or markers; a parent with no value of its own and a value below it gets
 * a formula summing its children, the total row one summing the top rows; `noTotal` leaves the
 * total cell blank), { text } (notes by code), or null. `totalLabel`: the total row's name.
 * `maxFormulas`: parents' maxima as formulas too. The total max leaves out bonus and deduction.
 * Returns the sheet and, as `totalRow`, the 1-based row of the total.
 */
function criteriaSheet({ name, font = TNR, top, topMerges = [], columns, tree, totalLabel, maxFormulas = false, widths, headerRows, numberingRow, extraStyles = [] }) {
  const rows = top.map((r) => [...r]);
  const formulas = {};
  const flat = flatten(tree);
  const first = rows.length + 1;
  const rowOf = new Map(flat.map((f, i) => [f.node.code, first + i]));
  const width = columns.length;
  const sumOf = (node, letter) => {
    const kids = node.children;
    const rs = kids.map((k) => rowOf.get(k.code));
    const contiguous = kids.every(isLeaf) && rs.every((r, i) => i === 0 || r === rs[i - 1] + 1);
    return contiguous && kids.length > 1 ? `SUM(${letter}${rs[0]}:${letter}${rs[rs.length - 1]})` : rs.map((r) => `${letter}${r}`).join('+');
  };
  for (const { node } of flat) {
    const r = rowOf.get(node.code);
    const row = [];
    columns.forEach((col, c) => {
      const letter = colLetter(c);
      if (col === 'code') row[c] = node.code;
      else if (col === 'name') row[c] = node.name;
      else if (col === 'max') {
        if (!isLeaf(node) && maxFormulas) formulas[`${letter}${r}`] = sumOf(node, letter);
        else row[c] = node.max;
      } else if (col && col.scores) {
        const v = col.scores[node.code];
        if (v !== undefined) row[c] = v;
        else if (!isLeaf(node) && hasAny(node, col.scores)) formulas[`${letter}${r}`] = sumOf(node, letter);
      } else if (col && col.text) {
        if (col.text[node.code] !== undefined) row[c] = col.text[node.code];
      }
    });
    rows.push(row);
  }
  const totalRow = first + flat.length;
  const total = [];
  const counted = tree.filter((n) => n.kind !== 'bonus' && n.kind !== 'deduction');
  columns.forEach((col, c) => {
    const letter = colLetter(c);
    if (col === 'name') total[c] = totalLabel;
    else if (col === 'max') {
      if (maxFormulas) formulas[`${letter}${totalRow}`] = counted.map((n) => `${letter}${rowOf.get(n.code)}`).join('+');
      else total[c] = counted.reduce((s, n) => s + n.max, 0);
    } else if (col && col.scores && !col.noTotal && tree.some((n) => hasAny(n, col.scores))) {
      formulas[`${letter}${totalRow}`] = tree.filter((n) => hasAny(n, col.scores)).map((n) => `${letter}${rowOf.get(n.code)}`).join('+');
    }
  });
  rows.push(total);
  const last = colLetter(width - 1);
  const styles = [
    { range: `A1:${last}${first - 1}`, center: true, bold: true, wrap: true },
    { range: `A${headerRows[0]}:${last}${totalRow}`, border: true, wrap: true },
    { range: `A${headerRows[0]}:${last}${headerRows[headerRows.length - 1]}`, bold: true, center: true },
    ...(numberingRow ? [{ range: `A${numberingRow}:${last}${numberingRow}`, bold: false, italic: true, center: true }] : []),
    ...flat.filter((f) => f.depth === 0).map((f) => ({ range: `A${rowOf.get(f.node.code)}:${last}${rowOf.get(f.node.code)}`, bold: true })),
    { range: `A${totalRow}:${last}${totalRow}`, bold: true },
    ...extraStyles,
  ];
  return { sheet: { name, font, rows, formulas, merges: [...topMerges], styles, widths }, totalRow, rowOf, first };
}

/** "(1)", "(2)" … for a numbering row of n columns. */
const numbering = (n) => Array.from({ length: n }, (_, i) => `(${i + 1})`);

/** The title block of a unit's self-assessment form: unit (or nothing) left, national motto right, the form's name. */
function formTitle(unitTitle, formName, width) {
  const last = colLetter(width - 1);
  return {
    rows: [
      [unitTitle, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      [unitTitle ? 'Số:      /BC-UBND' : null, null, null, 'Độc lập - Tự do - Hạnh phúc'],
      [formName],
      [],
    ],
    merges: [`A1:B1`, `D1:${last}1`, `A2:B2`, `D2:${last}2`, `A3:${last}3`],
  };
}

const FORM_HEADER = ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Tài liệu kiểm chứng', 'Giải trình'];
const FORM_WIDTHS = [1.3, 8, 2, 2.2, 2.2, 5, 4];

/**
 * One unit's self-assessment form (one sheet per unit): title block (`unitTitle` top left, or
 * none), header row 5, numbering row 6, the criteria with self-assessed and appraised scores,
 * evidence and explanation columns, and the total row. `titleFont` sets the title block's font
 * (.VnTimeH in TCVN3 forms). Rows below the total and signatures are added by the caller.
 */
function formSheet({ name, unitTitle, formName = 'BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024', tree, self, appraised, evidence = {}, explain = {}, totalLabel = 'Tổng cộng', font = TNR, header = FORM_HEADER, numberRow = numbering(7), selfTotal = true, maxFormulas = false, titleFont }) {
  const title = formTitle(unitTitle, formName, header.length);
  const top = [...title.rows, header, numberRow];
  const made = criteriaSheet({
    name, font, top, topMerges: title.merges, tree, totalLabel, maxFormulas, widths: FORM_WIDTHS,
    headerRows: [5], numberingRow: 6,
    columns: ['code', 'name', 'max', { scores: self, noTotal: !selfTotal }, { scores: appraised }, { text: evidence }, { text: explain }],
    extraStyles: titleFont ? [{ range: 'A1:G3', font: titleFont }] : [],
  });
  return made;
}

/** Signature block under a form or a summary ("NGƯỜI LẬP BIỂU" … "CHỦ TỊCH"). */
function signature(s, leftCol, rightCol, lead = 'TM. ỦY BAN NHÂN DÂN', role = 'CHỦ TỊCH') {
  const r = s.sheet.rows.length + 2;
  const put = (row, c, v) => { const a = (s.sheet.rows[row - 1] ??= []); a[c] = v; };
  for (let i = s.sheet.rows.length; i < r + 5; i++) s.sheet.rows[i] ??= [];
  put(r, leftCol, 'NGƯỜI LẬP BIỂU');
  put(r, rightCol, lead);
  put(r + 1, rightCol, role);
  put(r + 5, leftCol, 'Nguyễn Thị Hoa');
  put(r + 5, rightCol, 'Trần Văn Bình');
  // Capitals with tone marks: TCVN3 sheets type them in the capitals font.
  const capitals = s.sheet.font === '.VnTime' ? { font: '.VnTimeH' } : {};
  s.sheet.styles.push({ range: `A${r}:${colLetter(rightCol + 1)}${r + 1}`, bold: true, center: true, ...capitals });
  return s;
}

/**
 * A summary table with the units as rows. `header`: one or two header rows; `maxRow`: the row
 * "Điểm tối đa" (or null); `units`: [name, score per component …]; the total column sums the
 * component columns (`totalOf` says which), optional index, rank, grade and note columns.
 */
function unitsSheet({ name, font = TNR, title, titleMerges, header, headerMerges = [], maxima, units, components, totalOf, indexCol, rankCol, gradeCol, noteCol, notes = {}, ranks, grades, maxTotalRef, widths, maxLabel = 'Điểm tối đa' }) {
  const rows = [...title.map((r) => [...r]), ...header.map((r) => [...r])];
  const formulas = {};
  const headerStart = title.length + 1;
  const headerEnd = rows.length;
  const firstComp = 2;
  const totalCol = firstComp + components;
  const L = colLetter;
  const sumFormula = (r) => {
    const [a, b] = totalOf ?? [firstComp, totalCol - 1];
    return `SUM(${L(a)}${r}:${L(b)}${r})`;
  };
  let maxRow = null;
  if (maxima) {
    maxRow = rows.length + 1;
    const row = [null, maxLabel, ...maxima];
    rows.push(row);
    formulas[`${L(totalCol)}${maxRow}`] = maxima.totalFormula ?? sumFormula(maxRow);
  }
  const firstUnit = rows.length + 1;
  units.forEach((u, i) => {
    const r = firstUnit + i;
    const [unitName, ...scores] = u;
    rows.push([i + 1, unitName, ...scores]);
    formulas[`${L(totalCol)}${r}`] = sumFormula(r);
    if (indexCol) formulas[`${L(indexCol)}${r}`] = `ROUND(${L(totalCol)}${r}/${maxTotalRef ?? `$${L(totalCol)}$${maxRow}`}*100,2)`;
    if (rankCol) {
      if (ranks === 'RANK') formulas[`${L(rankCol)}${r}`] = `RANK(${L(totalCol)}${r},$${L(totalCol)}$${firstUnit}:$${L(totalCol)}$${firstUnit + units.length - 1})`;
      else rows[r - 1][rankCol] = ranks[i];
    }
    if (gradeCol) rows[r - 1][gradeCol] = grades[i];
    if (noteCol && notes[unitName]) rows[r - 1][noteCol] = notes[unitName];
  });
  const lastRow = firstUnit + units.length - 1;
  const width = Math.max(...rows.map((r) => r.length), (noteCol ?? 0) + 1);
  const last = L(width - 1);
  const styles = [
    { range: `A1:${last}${title.length}`, bold: true, center: true },
    { range: `A${headerStart}:${last}${lastRow}`, border: true, wrap: true },
    { range: `A${headerStart}:${last}${headerEnd}`, bold: true, center: true },
    ...(maxRow ? [{ range: `A${maxRow}:${last}${maxRow}`, bold: true }] : []),
    { range: `C${firstUnit}:${last}${lastRow}`, center: true },
  ];
  return { sheet: { name, font, rows, formulas, merges: [...titleMerges, ...headerMerges], styles, widths }, firstUnit, maxRow, totalCol };
}

// ------------------------------------------------------------------ the cases

const CASES = {};

// ---- units as rows

CASES['units-as-rows-max-row'] = () => {
  const s = unitsSheet({
    name: 'Tổng hợp 2023',
    title: [
      ['UBND HUYỆN NINH GIANG', null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['HỘI ĐỒNG THẨM ĐỊNH CCHC', null, null, null, 'Độc lập - Tự do - Hạnh phúc'],
      ['BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CÁC XÃ, THỊ TRẤN NĂM 2023'],
    ],
    titleMerges: ['A1:C1', 'E1:I1', 'A2:C2', 'E2:I2', 'A3:I3'],
    header: [['STT', 'Tên đơn vị', 'I. Công tác chỉ đạo, điều hành CCHC', 'II. Cải cách thể chế', 'III. Cải cách thủ tục hành chính', 'Tổng điểm', 'Chỉ số (%)', 'Xếp hạng', 'Ghi chú']],
    maxima: [8, 5, 7],
    components: 3,
    units: [
      ['Xã Đồng Tâm', 7.5, 4, 6.25],
      ['Xã An Đức', 6, 4.5, 5.5],
      ['Xã Hồng Phong', 7.5, 3.75, 6.5],
      ['Xã Ứng Hòe', 8, 4.25, 6.75],
      ['Thị trấn Ninh Giang', 5.25, 5, 4.5],
    ],
    indexCol: 6, rankCol: 7, ranks: [2, 3, 2, 1, 4], noteCol: 8,
    notes: { 'Xã Hồng Phong': 'Bằng điểm Xã Đồng Tâm', 'Thị trấn Ninh Giang': 'Chậm gửi báo cáo' },
    widths: [1.2, 5, 3.2, 3.2, 3.2, 2.2, 2.2, 2, 4],
  });
  return [s.sheet];
};

CASES['units-as-rows-two-header-rows'] = () => {
  const s = unitsSheet({
    name: 'Bảng tổng hợp',
    title: [
      ['UBND THÀNH PHỐ HẢI DƯƠNG'],
      ['KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CÁC PHƯỜNG, XÃ NĂM 2022'],
      ['(Kèm theo Báo cáo số 45/BC-HĐTĐ ngày 20/01/2023)'],
    ],
    titleMerges: ['A1:D1', 'A2:I2', 'A3:I3'],
    header: [
      ['STT', 'Tên đơn vị', 'Điểm đạt được theo từng lĩnh vực', null, null, null, 'Tổng điểm', 'Xếp loại', 'Ghi chú'],
      [null, null, 'I. Công tác chỉ đạo, điều hành', 'II. Cải cách thể chế', 'III. Cải cách TTHC', 'IV. Cải cách tổ chức bộ máy'],
    ],
    headerMerges: ['A4:A5', 'B4:B5', 'C4:F4', 'G4:G5', 'H4:H5', 'I4:I5'],
    maxima: [6, 4, 6, 4],
    components: 4,
    units: [
      ['Phường Tân Bình', 5.5, 3.5, 5.25, 3.75],
      ['Phường Thanh Bình', 4.75, 4, 5.5, 3],
      ['Xã Thạch Khôi', 6, 3.25, 4.5, 3.5],
      ['Phường Ngọc Châu', 5, 2.75, 6, 4],
    ],
    gradeCol: 7, grades: ['Xuất sắc', 'Tốt', 'Tốt', 'Tốt'], noteCol: 8,
    notes: { 'Xã Thạch Khôi': 'Sáp nhập vào phường từ 2023' },
    widths: [1.2, 5, 3.2, 3.2, 3.2, 3.2, 2.2, 2.2, 4],
  });
  return [s.sheet];
};

CASES['units-as-rows-max-in-headers'] = () => {
  const s = unitsSheet({
    name: 'KQ CCHC 2024',
    title: [
      ['UBND HUYỆN ĐÔNG ANH'],
      ['PHÒNG NỘI VỤ'],
      ['BẢNG TỔNG HỢP ĐIỂM CHỈ SỐ CCHC CÁC CƠ QUAN CHUYÊN MÔN NĂM 2024'],
      [],
    ],
    titleMerges: ['A1:C1', 'A2:C2', 'A3:H3'],
    header: [['TT', 'Đơn vị', 'I. Chỉ đạo, điều hành (10 điểm)', 'II (8 điểm)', 'III. Thủ tục hành chính (12 điểm)', 'Tổng điểm', 'Xếp hạng', 'Ghi chú']],
    components: 3,
    units: [
      ['Phòng Nội vụ', 9.5, 7, 11],
      ['Phòng Tư pháp', 8.75, 7.5, 10.25],
      ['Phòng Tài chính - Kế hoạch', 9, 6.5, 11.5],
      ['Văn phòng HĐND và UBND', 9.5, 7.25, 10.5],
      ['Phòng Y tế', 8, 6, 9.75],
    ],
    rankCol: 6, ranks: 'RANK', noteCol: 7,
    notes: { 'Phòng Y tế': 'Thành lập lại năm 2024' },
    widths: [1.2, 6, 3.5, 2.5, 3.5, 2.2, 2, 4],
  });
  return [s.sheet];
};

CASES['units-as-rows-caption-max-in-headers'] = () => {
  const s = unitsSheet({
    name: 'Chỉ số CCHC',
    title: [
      ['UBND HUYỆN ĐAN PHƯỢNG', null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['BẢNG TỔNG HỢP KẾT QUẢ THẨM ĐỊNH CHỈ SỐ CCHC CÁC XÃ NĂM 2023'],
    ],
    titleMerges: ['A1:C1', 'E1:I1', 'A2:I2'],
    header: [
      ['STT', 'Tên đơn vị', 'Điểm thẩm định theo lĩnh vực', null, null, 'Tổng điểm', 'Chỉ số CCHC (%)', 'Xếp hạng', 'Ghi chú'],
      [null, null, 'I. Công tác chỉ đạo điều hành (9 điểm)', 'II. Xây dựng chính quyền số (7 điểm)', 'III. Cải cách tài chính công (9 điểm)'],
    ],
    headerMerges: ['A3:A4', 'B3:B4', 'C3:E3', 'F3:F4', 'G3:G4', 'H3:H4', 'I3:I4'],
    components: 3,
    units: [
      ['Xã Liên Mạc', 8.5, 6, 7.25],
      ['Xã Thạch Đà', 7.75, 6.5, 8],
      ['Xã Tiến Thịnh', 8.5, 5.5, 7.75],
      ['Xã Chu Phan', 9, 6.25, 8.5],
    ],
    indexCol: 6, maxTotalRef: '25', rankCol: 7, ranks: [3, 2, 3, 1], noteCol: 8,
    widths: [1.2, 5, 3.5, 3.5, 3.5, 2.2, 2.4, 2, 4],
  });
  return [s.sheet];
};

// ---- one sheet per unit

const TREE_FORM_15 = [
  { code: 'I', name: 'Công tác chỉ đạo, điều hành cải cách hành chính', max: 5, children: [
    { code: '1.1', name: 'Ban hành kế hoạch CCHC năm đúng thời hạn', max: 1 },
    { code: '1.2', name: 'Mức độ thực hiện kế hoạch CCHC', max: 2 },
    { code: '1.3', name: 'Kiểm tra công tác CCHC', max: 2, children: [
      { code: 'a', name: 'Tỷ lệ cơ quan, đơn vị được kiểm tra', max: 1 },
      { code: 'b', name: 'Xử lý các vấn đề phát hiện qua kiểm tra', max: 1 },
    ] },
  ] },
  { code: 'II', name: 'Cải cách thủ tục hành chính', max: 6, children: [
    { code: '2.1', name: 'Công khai thủ tục hành chính', max: 2 },
    { code: '2.2', name: 'Tỷ lệ hồ sơ giải quyết đúng hạn', max: 3 },
    { code: '2.3', name: 'Tiếp nhận, xử lý phản ánh, kiến nghị', max: 1 },
  ] },
  { code: 'III', name: 'Hiện đại hóa hành chính', max: 4, children: [
    { code: '3.1', name: 'Ứng dụng công nghệ thông tin', max: 2 },
    { code: '3.2', name: 'Cung cấp dịch vụ công trực tuyến', max: 2 },
  ] },
];

/** Scores by code from a flat list in the order of the leaves given. */
const byCodes = (codes, values) => Object.fromEntries(codes.map((c, i) => [c, values[i]]).filter(([, v]) => v !== null && v !== undefined));
const LEAVES_15 = ['1.1', '1.2', 'a', 'b', '2.1', '2.2', '2.3', '3.1', '3.2'];

const EVIDENCE_15 = {
  '1.1': 'Kế hoạch số 05/KH-UBND ngày 10/01/2024',
  '1.2': 'Báo cáo số 210/BC-UBND ngày 15/12/2024',
  a: 'Kế hoạch kiểm tra số 18/KH-UBND',
  b: 'Thông báo kết luận kiểm tra',
  '2.1': 'Ảnh chụp bảng niêm yết TTHC',
  '2.2': 'Số liệu trên Hệ thống thông tin giải quyết TTHC',
  '2.3': 'Sổ theo dõi phản ánh, kiến nghị',
  '3.1': 'Báo cáo ứng dụng CNTT năm 2024',
  '3.2': 'Số liệu Cổng dịch vụ công',
};

CASES['sheet-per-unit-title'] = () => {
  const units = [
    { sheet: 'YL', title: 'UBND XÃ YÊN LẠC', self: [1, 2, 1, 1, 2, 3, 1, 2, 1.5], appraised: [1, 1.75, 1, 0.5, 2, 2.5, 1, 1.5, 1.25], explain: { b: 'Chưa xử lý dứt điểm 01 kiến nghị', '2.2': 'Còn 03 hồ sơ trễ hạn' } },
    { sheet: 'Tiền Phong', title: 'UBND XÃ TIỀN PHONG', self: [1, 2, 1, 1, 2, 3, 1, 2, 2], appraised: [1, 2, 0.75, 1, 1.5, 2.75, 0.5, 2, 1.5], explain: { '2.1': 'Niêm yết chưa đầy đủ' } },
    { sheet: 'Kẻ Sặt', title: 'UBND THỊ TRẤN KẺ SẶT', self: [1, 2, 1, 1, 2, 3, 1, 2, 1.5], appraised: [0.5, 1.75, 1, 1, 2, 3, 1, 1.75, 1.25], explain: { '1.1': 'Ban hành chậm 05 ngày' } },
  ];
  return units.map((u) => signature(formSheet({
    name: u.sheet, unitTitle: u.title, tree: TREE_FORM_15,
    self: byCodes(LEAVES_15, u.self), appraised: byCodes(LEAVES_15, u.appraised), evidence: EVIDENCE_15, explain: u.explain,
  }), 1, 4).sheet);
};

const TREE_FORM_10 = [
  { code: 'I', name: 'Công tác chỉ đạo, điều hành CCHC', max: 4, children: [
    { code: '1.1', name: 'Kế hoạch CCHC năm', max: 1 },
    { code: '1.2', name: 'Báo cáo CCHC định kỳ', max: 1.5 },
    { code: '1.3', name: 'Tuyên truyền CCHC', max: 1.5 },
  ] },
  { code: 'II', name: 'Cải cách thể chế', max: 3, children: [
    { code: '2.1', name: 'Xây dựng, ban hành văn bản QPPL', max: 1 },
    { code: '2.2', name: 'Rà soát, kiểm tra văn bản', max: 2 },
  ] },
  { code: 'III', name: 'Xây dựng và phát triển chính quyền số', max: 3, children: [
    { code: '3.1', name: 'Hồ sơ công việc xử lý trên môi trường mạng', max: 1.5 },
    { code: '3.2', name: 'Sử dụng chữ ký số', max: 1.5 },
  ] },
];
const LEAVES_10 = ['1.1', '1.2', '1.3', '2.1', '2.2', '3.1', '3.2'];

CASES['sheet-per-unit-sheet-name'] = () => {
  const units = [
    { sheet: 'Xã Đồng Tâm', self: [1, 1.5, 1.5, 1, 2, 1.5, 1.5], appraised: [1, 1.5, 1.25, 1, 1.5, 1.5, 1] },
    { sheet: 'Xã An Đức', self: [1, 1.5, 1.5, 1, 2, 1.5, 1.5], appraised: [0.75, 1.5, 1.5, 1, 2, 1, 1.25] },
    { sheet: 'Xã Hồng Phong', self: [1, 1.5, 1.5, 1, 2, 1.5, 1.5], appraised: [1, 1, 1.5, 0.5, 2, 1.5, 1.5] },
    { sheet: 'Thị trấn Ninh Giang', self: [1, 1.5, 1.5, 1, 2, 1.5, 1.5], appraised: [1, 1.5, 1.5, 1, 1.75, 1.25, 1.5] },
  ];
  const header = ['TT', 'Nội dung tiêu chí', 'Điểm tối đa', 'Tự chấm', 'Điểm thẩm định', 'Tài liệu kiểm chứng', 'Ghi chú'];
  return units.map((u) => {
    const s = criteriaSheet({
      name: u.sheet, top: [
        ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
        ['Độc lập - Tự do - Hạnh phúc'],
        ['PHIẾU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023'],
        header,
        [1, 2, 3, 4, 5, 6, 7],
      ],
      topMerges: ['A1:G1', 'A2:G2', 'A3:G3'], headerRows: [4], numberingRow: 5, widths: FORM_WIDTHS,
      tree: TREE_FORM_10, totalLabel: 'Tổng điểm',
      columns: ['code', 'name', 'max', { scores: byCodes(LEAVES_10, u.self) }, { scores: byCodes(LEAVES_10, u.appraised) }, { text: { '1.1': 'KH số 03/KH-UBND', '2.2': 'Báo cáo rà soát văn bản' } }, { text: {} }],
    });
    return signature(s, 1, 4).sheet;
  });
};

// ---- several ranking groups

CASES['two-groups-two-sheets'] = () => {
  const treePhong = [
    { code: 'I', name: 'Công tác chỉ đạo, điều hành', max: 4, children: [
      { code: '1.1', name: 'Kế hoạch CCHC của cơ quan', max: 2 },
      { code: '1.2', name: 'Báo cáo CCHC đúng hạn', max: 2 },
    ] },
    { code: 'II', name: 'Cải cách thể chế', max: 3, children: [
      { code: '2.1', name: 'Tham mưu ban hành văn bản', max: 1 },
      { code: '2.2', name: 'Tự kiểm tra, rà soát văn bản', max: 2 },
    ] },
    { code: 'III', name: 'Cải cách tổ chức bộ máy', max: 3, children: [
      { code: '3.1', name: 'Thực hiện quy định về vị trí việc làm', max: 3 },
    ] },
  ];
  const phongLeaves = ['1.1', '1.2', '2.1', '2.2', '3.1'];
  const phong = criteriaSheet({
    name: 'Khối phòng',
    top: [
      ['UBND HUYỆN MÊ LINH'],
      ['KẾT QUẢ CHẤM ĐIỂM CHỈ SỐ CCHC CÁC CƠ QUAN CHUYÊN MÔN NĂM 2023'],
      [],
      ['STT', 'Nội dung', 'Điểm tối đa', 'Phòng Nội vụ', 'Phòng Tư pháp', 'Phòng Văn hóa và Thông tin', 'Ghi chú'],
    ],
    topMerges: ['A1:C1', 'A2:G2'], headerRows: [4], widths: [1.2, 7, 2, 2.6, 2.6, 2.6, 4],
    tree: treePhong, totalLabel: 'Tổng cộng',
    columns: ['code', 'name', 'max',
      { scores: byCodes(phongLeaves, [2, 1.5, 1, 1.5, 2.5]) },
      { scores: byCodes(phongLeaves, [1.5, 2, 1, 2, 2.25]) },
      { scores: byCodes(phongLeaves, [2, 2, 0.5, 1.5, 2.5]) },
      { text: { '2.1': 'Phòng VH&TT chưa tham mưu đúng hạn' } }],
  });
  const treeXa = [
    { code: 'I', name: 'Công tác chỉ đạo, điều hành', max: 5, children: [
      { code: '1.1', name: 'Kế hoạch CCHC năm', max: 2 },
      { code: '1.2', name: 'Thực hiện kế hoạch CCHC', max: 3 },
    ] },
    { code: 'II', name: 'Cải cách thủ tục hành chính', max: 7, children: [
      { code: '2.1', name: 'Công khai TTHC', max: 3 },
      { code: '2.2', name: 'Giải quyết hồ sơ đúng hạn', max: 4 },
    ] },
    { code: 'III', name: 'Hiện đại hóa hành chính', max: 4, children: [
      { code: '3.1', name: 'Ứng dụng CNTT', max: 2 },
      { code: '3.2', name: 'Dịch vụ công trực tuyến', max: 2 },
    ] },
    { code: 'IV', name: 'Cải cách tài chính công', max: 4, children: [
      { code: '4.1', name: 'Thực hiện cơ chế tự chủ tài chính', max: 4 },
    ] },
  ];
  const xaLeaves = ['1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '4.1'];
  const xa = criteriaSheet({
    name: 'Khối xã',
    top: [
      ['UBND HUYỆN MÊ LINH'],
      ['KẾT QUẢ CHẤM ĐIỂM CHỈ SỐ CCHC UBND CÁC XÃ NĂM 2023'],
      [],
      ['STT', 'Nội dung', 'Điểm tối đa', 'Xã Tráng Việt', 'Xã Tiền Phong', 'Xã Văn Khê', 'Xã Chu Phan', 'Ghi chú'],
    ],
    topMerges: ['A1:C1', 'A2:H2'], headerRows: [4], widths: [1.2, 7, 2, 2.4, 2.4, 2.4, 2.4, 4],
    tree: treeXa, totalLabel: 'Tổng cộng',
    columns: ['code', 'name', 'max',
      { scores: byCodes(xaLeaves, [2, 2.5, 3, 3.5, 1.5, 2, 3.5]) },
      { scores: byCodes(xaLeaves, [1.5, 3, 2.5, 4, 2, 2, 3]) },
      { scores: byCodes(xaLeaves, [2, 3, 2.75, 3.25, 1.75, 1.5, 4]) },
      { scores: byCodes(xaLeaves, [1, 2.5, 3, 3, 1.5, 1.5, 3.25]) },
      { text: {} }],
  });
  return [phong.sheet, xa.sheet];
};

CASES['two-groups-three-sheets-guide'] = () => {
  const guide = {
    name: 'Hướng dẫn', font: TNR,
    rows: [
      ['HƯỚNG DẪN CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2022'],
      [],
      ['TT', 'Tiêu chí', 'Điểm tối đa', 'Tài liệu kiểm chứng'],
      ['I', 'Công tác chỉ đạo, điều hành CCHC', 8, 'Kế hoạch, báo cáo CCHC'],
      ['II', 'Cải cách thủ tục hành chính', 6, 'Số liệu một cửa điện tử'],
      ['III', 'Hiện đại hóa hành chính', 6, 'Báo cáo ứng dụng CNTT'],
      [null, 'Tổng cộng', 20],
      [],
      ['Ghi chú: khối phòng chấm theo bộ tiêu chí riêng (I, II), tổng 10 điểm.'],
    ],
    merges: ['A1:D1', 'A9:D9'],
    styles: [{ range: 'A1:D1', bold: true, center: true }, { range: 'A3:D7', border: true, wrap: true }, { range: 'A3:D3', bold: true, center: true }],
    widths: [1.2, 8, 2.2, 6],
  };
  const xa = unitsSheet({
    name: 'Xã, thị trấn',
    title: [['UBND HUYỆN THUẬN THÀNH'], ['KẾT QUẢ CHỈ SỐ CCHC CÁC XÃ, THỊ TRẤN NĂM 2022'], []],
    titleMerges: ['A1:C1', 'A2:H2'],
    header: [['STT', 'Tên đơn vị', 'I. Chỉ đạo, điều hành CCHC', 'II. Cải cách TTHC', 'III. Hiện đại hóa hành chính', 'Tổng điểm', 'Chỉ số (%)', 'Ghi chú']],
    maxima: [8, 6, 6], components: 3,
    units: [
      ['Xã Đại Đồng', 7, 5.5, 5],
      ['Xã Tân Tiến', 6.5, 5, 5.25],
      ['Thị trấn Như Quỳnh', 7.5, 5.5, 5.5],
      ['Xã Lạc Hồng', 7, 4.75, 5.75],
    ],
    indexCol: 6, noteCol: 7, widths: [1.2, 5, 3.2, 3.2, 3.2, 2.2, 2.2, 4],
  });
  const phong = unitsSheet({
    name: 'Phòng ban',
    title: [['UBND HUYỆN THUẬN THÀNH'], ['KẾT QUẢ CHỈ SỐ CCHC CÁC PHÒNG CHUYÊN MÔN NĂM 2022'], []],
    titleMerges: ['A1:C1', 'A2:G2'],
    header: [['STT', 'Tên đơn vị', 'I. Chỉ đạo, điều hành CCHC', 'II. Cải cách TTHC', 'Tổng điểm', 'Chỉ số (%)', 'Ghi chú']],
    maxima: [6, 4], components: 2,
    units: [
      ['Phòng Kinh tế', 5.5, 3.5],
      ['Phòng Nội vụ', 5, 3.75],
      ['Phòng Giáo dục và Đào tạo', 5.75, 3],
    ],
    indexCol: 5, noteCol: 6, notes: { 'Phòng Nội vụ': 'Cơ quan thường trực CCHC' }, widths: [1.2, 6, 3.2, 3.2, 2.2, 2.2, 4],
  });
  return [guide, xa.sheet, phong.sheet];
};

// ---- group rows A/B above the components

CASES['group-rows-ab'] = () => {
  const tree = [
    { code: 'A', name: 'ĐIỂM ĐÁNH GIÁ, THẨM ĐỊNH (I đến II)', max: 12, children: [
      { code: 'I', name: 'Công tác chỉ đạo, điều hành CCHC', max: 6, children: [
        { code: '1.1', name: 'Kế hoạch CCHC năm', max: 3 },
        { code: '1.2', name: 'Kiểm tra công tác CCHC', max: 3 },
      ] },
      { code: 'II', name: 'Cải cách thủ tục hành chính', max: 6, children: [
        { code: '2.1', name: 'Công khai TTHC', max: 2 },
        { code: '2.2', name: 'Giải quyết hồ sơ đúng hạn', max: 4 },
      ] },
    ] },
    { code: 'B', name: 'ĐIỂM ĐIỀU TRA XÃ HỘI HỌC', max: 8, children: [
      { code: 'III', name: 'Mức độ hài lòng của người dân, tổ chức', max: 8, children: [
        { code: '3.1', name: 'Hài lòng về tiếp cận dịch vụ', max: 4 },
        { code: '3.2', name: 'Hài lòng về kết quả giải quyết', max: 4 },
      ] },
    ] },
  ];
  const leaves = ['1.1', '1.2', '2.1', '2.2', '3.1', '3.2'];
  const s = criteriaSheet({
    name: 'Chấm điểm 2024',
    top: [
      ['UBND HUYỆN GIA LÂM', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['KẾT QUẢ THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CÁC XÃ NĂM 2024'],
      [],
      ['STT', 'Lĩnh vực/Tiêu chí', 'Điểm tối đa', 'Xã Bát Tràng', 'Xã Kim Lan', 'Xã Đa Tốn', 'Ghi chú'],
    ],
    topMerges: ['A1:B1', 'D1:G1', 'A2:G2'], headerRows: [4], widths: [1.2, 8, 2, 2.4, 2.4, 2.4, 4],
    tree, totalLabel: 'TỔNG CỘNG (A+B)', maxFormulas: true,
    columns: ['code', 'name', 'max',
      { scores: byCodes(leaves, [2.5, 3, 2, 3.5, 3.25, 3.5]) },
      { scores: byCodes(leaves, [3, 2, 1.5, 4, 3.5, 3.75]) },
      { scores: byCodes(leaves, [3, 2.75, 2, 3, 3, 3.25]) },
      { text: { B: 'Số liệu do Sở Nội vụ cung cấp' } }],
    extraStyles: [{ range: 'A5:G5', bold: true }, { range: 'A12:G12', bold: true }],
  });
  return [s.sheet];
};

CASES['group-rows-ab-sheet-per-unit'] = () => {
  const tree = [
    { code: 'A', name: 'ĐIỂM TỰ ĐÁNH GIÁ, THẨM ĐỊNH (I đến III)', max: 14, children: [
      { code: 'I', name: 'Công tác chỉ đạo, điều hành CCHC', max: 4, children: [
        { code: '1.1', name: 'Kế hoạch CCHC năm', max: 2 },
        { code: '1.2', name: 'Báo cáo CCHC', max: 2 },
      ] },
      { code: 'II', name: 'Cải cách tổ chức bộ máy', max: 4, children: [
        { code: '2.1', name: 'Sắp xếp tổ chức bộ máy', max: 2 },
        { code: '2.2', name: 'Thực hiện biên chế được giao', max: 2 },
      ] },
      { code: 'III', name: 'Cải cách chế độ công vụ', max: 6, children: [
        { code: '3.1', name: 'Bố trí công chức theo vị trí việc làm', max: 3 },
        { code: '3.2', name: 'Kỷ luật, kỷ cương hành chính', max: 3 },
      ] },
    ] },
    { code: 'B', name: 'ĐIỂM ĐIỀU TRA XÃ HỘI HỌC', max: 6, children: [
      { code: 'IV', name: 'Sự hài lòng của người dân, tổ chức', max: 6, children: [
        { code: '4.1', name: 'Hài lòng về thái độ phục vụ', max: 3 },
        { code: '4.2', name: 'Hài lòng về kết quả giải quyết', max: 3 },
      ] },
    ] },
  ];
  const leaves = ['1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2'];
  const units = [
    { sheet: 'P.Quang Trung', title: 'UBND PHƯỜNG QUANG TRUNG', self: [2, 2, 2, 2, 3, 3, 3, 3], appraised: [2, 1.5, 2, 1.75, 2.5, 3, 2.5, 2.75] },
    { sheet: 'P.Trần Phú', title: 'UBND PHƯỜNG TRẦN PHÚ', self: [2, 2, 2, 2, 3, 3, 3, 3], appraised: [1.75, 2, 1.5, 2, 3, 2.5, 2.75, 2.5] },
    { sheet: 'P.Lê Lợi', title: 'UBND PHƯỜNG LÊ LỢI', self: [2, 2, 2, 2, 3, 3, 2.5, 2.5], appraised: [2, 2, 2, 2, 2.75, 2.75, 2.25, 2.5] },
  ];
  return units.map((u) => signature(formSheet({
    name: u.sheet, unitTitle: u.title, tree, totalLabel: 'TỔNG CỘNG (A+B)',
    self: byCodes(leaves, u.self), appraised: byCodes(leaves, u.appraised),
    evidence: { '1.1': 'Kế hoạch số 02/KH-UBND', '3.2': 'Báo cáo công tác kỷ luật' },
    formName: 'BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023',
  }), 1, 4).sheet);
};

// ---- rows below the total

CASES['rows-below-total'] = () => {
  const tree = [
    { code: 'I', name: 'Công tác chỉ đạo, điều hành', max: 6, children: [
      { code: '1.1', name: 'Kế hoạch CCHC', max: 2 },
      { code: '1.2', name: 'Báo cáo CCHC', max: 2 },
      { code: '1.3', name: 'Tuyên truyền CCHC', max: 2 },
    ] },
    { code: 'II', name: 'Cải cách thủ tục hành chính', max: 8, children: [
      { code: '2.1', name: 'Công khai TTHC', max: 3 },
      { code: '2.2', name: 'Giải quyết hồ sơ đúng hạn', max: 5 },
    ] },
    { code: 'III', name: 'Cải cách tài chính công', max: 6, children: [
      { code: '3.1', name: 'Quản lý, sử dụng ngân sách', max: 6 },
    ] },
  ];
  const leaves = ['1.1', '1.2', '1.3', '2.1', '2.2', '3.1'];
  const s = criteriaSheet({
    name: 'Thẩm định',
    top: [
      ['UBND HUYỆN TAM DƯƠNG'],
      ['HỘI ĐỒNG THẨM ĐỊNH CHỈ SỐ CCHC'],
      ['BẢNG TỔNG HỢP KẾT QUẢ THẨM ĐỊNH CHỈ SỐ CCHC NĂM 2023'],
      [],
      ['STT', 'Nội dung', 'Điểm tối đa', 'Xã Hợp Thịnh', 'Xã Đạo Tú', 'Xã Hướng Đạo', 'Thị trấn Hợp Hòa', 'Ghi chú'],
    ],
    topMerges: ['A1:C1', 'A2:C2', 'A3:H3'], headerRows: [5], widths: [1.2, 7, 2, 2.4, 2.4, 2.4, 2.4, 4],
    tree, totalLabel: 'Tổng điểm',
    columns: ['code', 'name', 'max',
      { scores: byCodes(leaves, [2, 1.5, 2, 3, 4, 5]) },
      { scores: byCodes(leaves, [1.5, 2, 1.75, 2.5, 4.5, 5.5]) },
      { scores: byCodes(leaves, [2, 2, 1, 2.75, 3.75, 4.75]) },
      { scores: byCodes(leaves, [2, 1.75, 2, 3, 4.75, 5.25]) },
      { text: {} }],
  });
  const t = s.totalRow; // 15
  s.sheet.rows.push([null, 'Chỉ số CCHC (%)', null, null, null, 82.5], [null, 'Xếp hạng'], [null, 'Xếp loại', null, 'Tốt', 'Tốt', 'Tốt', 'Xuất sắc']);
  for (const c of ['D', 'E', 'G']) s.sheet.formulas[`${c}${t + 1}`] = `ROUND(${c}${t}/$C$${t}*100,2)`;
  for (const c of ['D', 'E', 'F', 'G']) s.sheet.formulas[`${c}${t + 2}`] = `RANK(${c}${t},$D$${t}:$G$${t})`;
  s.sheet.styles.push({ range: `A${t + 1}:H${t + 3}`, border: true, italic: true });
  return [signature(s, 1, 5, 'TM. HỘI ĐỒNG THẨM ĐỊNH', 'CHỦ TỊCH HỘI ĐỒNG').sheet];
};

CASES['rows-below-total-sheet-per-unit'] = () => {
  const tree = [
    { code: 'I', name: 'Công tác chỉ đạo, điều hành CCHC', max: 5, children: [
      { code: '1.1', name: 'Kế hoạch CCHC năm', max: 2 },
      { code: '1.2', name: 'Thực hiện kế hoạch CCHC', max: 3 },
    ] },
    { code: 'II', name: 'Cải cách thủ tục hành chính', max: 5, children: [
      { code: '2.1', name: 'Công khai TTHC', max: 2 },
      { code: '2.2', name: 'Giải quyết hồ sơ đúng hạn', max: 3 },
    ] },
  ];
  const leaves = ['1.1', '1.2', '2.1', '2.2'];
  const units = [
    { sheet: 'Xã Đức Giang', self: [2, 3, 2, 3], appraised: [2, 2.5, 1.5, 3], grade: 'Xuất sắc' },
    { sheet: 'Xã Yên Viên', self: [2, 3, 2, 2.5], appraised: [1.5, 3, 2, 2], grade: 'Tốt', statedIndex: 87.5 },
    { sheet: 'Xã Ninh Hiệp', self: [2, 3, 2, 3], appraised: [2, 2.75, 2, 2.5], grade: 'Xuất sắc' },
  ];
  return units.map((u) => {
    const s = formSheet({
      name: u.sheet, unitTitle: null, tree, self: byCodes(leaves, u.self), appraised: byCodes(leaves, u.appraised),
      evidence: { '1.1': 'Kế hoạch số 01/KH-UBND', '2.2': 'Thống kê một cửa điện tử' },
      formName: 'BÁO CÁO KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2024',
    });
    const t = s.totalRow; // 13
    s.sheet.rows.push([null, 'Chỉ số CCHC (%)', null, null, u.statedIndex ?? null], [null, 'Điểm tối đa của đơn vị', null, null, 10], [null, 'Xếp loại', null, null, u.grade]);
    s.sheet.formulas[`D${t + 1}`] = `ROUND(D${t}/C${t}*100,2)`;
    if (u.statedIndex === undefined) s.sheet.formulas[`E${t + 1}`] = `ROUND(E${t}/C${t}*100,2)`;
    s.sheet.styles.push({ range: `A${t + 1}:G${t + 3}`, border: true, italic: true });
    return signature(s, 1, 4).sheet;
  });
};

// ---- bonus and deduction

CASES['bonus-deduction'] = () => {
  const tree = [
    { code: 'I', name: 'Công tác chỉ đạo, điều hành CCHC', max: 8, children: [
      { code: '1.1', name: 'Kế hoạch CCHC', max: 4 },
      { code: '1.2', name: 'Kiểm tra CCHC', max: 4 },
    ] },
    { code: 'II', name: 'Cải cách thủ tục hành chính', max: 12, children: [
      { code: '2.1', name: 'Công khai TTHC', max: 5 },
      { code: '2.2', name: 'Giải quyết hồ sơ đúng hạn', max: 7 },
    ] },
    { code: 'III', name: 'Điểm thưởng', max: 2, kind: 'bonus', children: [
      { code: '3.1', name: 'Có sáng kiến CCHC được công nhận', max: 1 },
      { code: '3.2', name: 'Được khen thưởng về CCHC', max: 1 },
    ] },
    { code: 'IV', name: 'Điểm trừ', max: -1, kind: 'deduction', children: [
      { code: '4.1', name: 'Để xảy ra sai sót trong giải quyết TTHC', max: -0.5 },
      { code: '4.2', name: 'Chậm gửi báo cáo CCHC', max: -0.5 },
    ] },
  ];
  const leaves = ['1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2'];
  const s = criteriaSheet({
    name: 'Chấm điểm',
    top: [
      ['UBND QUẬN HẢI CHÂU'],
      ['BẢNG CHẤM ĐIỂM CHỈ SỐ CCHC CÁC CƠ QUAN CHUYÊN MÔN NĂM 2023'],
      [],
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Phòng Nội vụ', 'Phòng Tư pháp', 'Phòng Kinh tế', 'Văn phòng HĐND và UBND', 'Ghi chú'],
    ],
    topMerges: ['A1:C1', 'A2:H2'], headerRows: [4], widths: [1.2, 7, 2, 2.4, 2.4, 2.4, 2.8, 4],
    tree, totalLabel: 'Tổng cộng (I+II+III+IV)',
    columns: ['code', 'name', 'max',
      { scores: byCodes(leaves, [4, 3.5, 4.5, 6, 1, 0, 0, -0.5]) },
      { scores: byCodes(leaves, [3.5, 3.5, 5, 6.25, 0, 0, 0, 0]) },
      { scores: byCodes(leaves, [4, 4, 4, 5.5, 1, 1, -0.5, -0.5]) },
      { scores: byCodes(leaves, [3.75, 4, 5, 7, 0.5, 0, 0, 0]) },
      { text: { III: 'Điểm thưởng không tính vào điểm tối đa', IV: 'Điểm trừ không vượt quá 1 điểm' } }],
  });
  return [s.sheet];
};

CASES['bonus-deduction-units-as-rows'] = () => {
  const maxima = [5, 8, 7, 1.5, -1];
  maxima.totalFormula = 'SUM(C6:E6)';
  const s = unitsSheet({
    name: 'Tổng hợp',
    title: [['UBND HUYỆN SÓC SƠN'], ['BẢNG TỔNG HỢP ĐIỂM CHỈ SỐ CCHC CÁC XÃ, THỊ TRẤN NĂM 2024'], ['(Điểm cộng, điểm trừ không tính vào điểm tối đa)'], []],
    titleMerges: ['A1:C1', 'A2:J2', 'A3:J3'],
    header: [['STT', 'Tên đơn vị', 'I. Chỉ đạo, điều hành', 'II. Cải cách TTHC', 'III. Chính quyền số', 'IV. Điểm cộng', 'V. Điểm trừ', 'Tổng điểm', 'Xếp hạng', 'Ghi chú']],
    maxima, components: 5, totalOf: [2, 6],
    units: [
      ['Xã Phú Cường', 4.5, 7, 6, 1, -0.5],
      ['Xã Phú Minh', 5, 8, 7, 1, 0],
      ['Xã Kim Sơn', 4, 6.5, 6.5, 0, 0],
      ['Xã Thanh Xuân', 4.75, 7.5, 5.25, 0.5, -1],
      ['Thị trấn Sóc Sơn', 5, 7.25, 6, 0, -0.25],
    ],
    rankCol: 8, ranks: [2, 1, 3, 3, 2], noteCol: 9,
    notes: { 'Xã Phú Minh': 'Điểm cộng: mô hình "Bình dân học vụ số"', 'Xã Thanh Xuân': 'Điểm trừ: 02 hồ sơ trễ hạn' },
    widths: [1.2, 5, 3, 3, 3, 2.4, 2.4, 2.2, 2, 5],
  });
  return [s.sheet];
};

// ---- not applicable written otherwise

CASES['not-applicable-dash'] = () => {
  const tree = [
    { code: 'I', name: 'Công tác chỉ đạo, điều hành', max: 6, children: [
      { code: '1.1', name: 'Kế hoạch CCHC', max: 2 },
      { code: '1.2', name: 'Báo cáo CCHC', max: 2 },
      { code: '1.3', name: 'Khắc phục tồn tại sau kiểm tra', max: 2 },
    ] },
    { code: 'II', name: 'Cải cách thể chế', max: 4, children: [
      { code: '2.1', name: 'Ban hành văn bản QPPL', max: 2 },
      { code: '2.2', name: 'Xử lý văn bản trái pháp luật', max: 2 },
    ] },
    { code: 'III', name: 'Cải cách thủ tục hành chính', max: 5, children: [
      { code: '3.1', name: 'Công khai TTHC', max: 3 },
      { code: '3.2', name: 'Giải quyết phản ánh, kiến nghị', max: 2 },
    ] },
  ];
  const leaves = ['1.1', '1.2', '1.3', '2.1', '2.2', '3.1', '3.2'];
  const s = criteriaSheet({
    name: 'Chấm điểm',
    top: [
      ['UBND HUYỆN AN DƯƠNG'],
      ['BẢNG CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2023'],
      ['(Dấu "-": tiêu chí không phát sinh tại đơn vị)'],
      ['STT', 'Nội dung', 'Điểm tối đa', 'Xã An Bình', 'Xã An Phú', 'Xã An Thịnh', 'Xã Bình Minh', 'Ghi chú'],
    ],
    topMerges: ['A1:C1', 'A2:H2', 'A3:H3'], headerRows: [4], widths: [1.2, 7, 2, 2.4, 2.4, 2.4, 2.4, 5],
    tree, totalLabel: 'Tổng cộng',
    columns: ['code', 'name', 'max',
      { scores: byCodes(leaves, [2, 1.5, 2, 2, 1.5, 2.5, 2]) },
      { scores: byCodes(leaves, [1.5, 2, '-', 2, 2, 2, 1.5]) },
      { scores: byCodes(leaves, [2, 2, 1.5, 1.5, 1.5, 2.75, '–']) },
      { scores: byCodes(leaves, [1.75, 2, 2, 1.5, '-', 2.5, 1.75]) },
      { text: { '1.3': 'Xã An Phú không bị kiểm tra năm 2023', '2.2': 'Xã Bình Minh không có văn bản trái pháp luật', '3.2': 'Xã An Thịnh không có phản ánh' } }],
  });
  return [s.sheet];
};

CASES['not-applicable-dash-exclude'] = () => {
  const tree = [
    { code: 'I', name: 'Công tác chỉ đạo, điều hành CCHC', max: 4, children: [
      { code: '1.1', name: 'Kế hoạch CCHC năm', max: 2 },
      { code: '1.2', name: 'Khắc phục tồn tại sau kiểm tra', max: 2 },
    ] },
    { code: 'II', name: 'Cải cách thủ tục hành chính', max: 6, children: [
      { code: '2.1', name: 'Công khai TTHC', max: 2 },
      { code: '2.2', name: 'Xử lý phản ánh, kiến nghị', max: 2 },
      { code: '2.3', name: 'Giải quyết hồ sơ đúng hạn', max: 2 },
    ] },
  ];
  const leaves = ['1.1', '1.2', '2.1', '2.2', '2.3'];
  const units = [
    { sheet: 'Van Ha', title: 'UBND XÃ VÂN HÀ', self: [2, 2, 2, '-', 2], appraised: [2, 1.5, 2, '-', 1.5], explain: { '2.2': 'Không có phản ánh, kiến nghị' } },
    { sheet: 'Lien Ha', title: 'UBND XÃ LIÊN HÀ', self: [2, 2, 2, 2, 2], appraised: [1.5, 2, 2, 2, 1.5], explain: {} },
    { sheet: 'Thuy Lam', title: 'UBND XÃ THỤY LÂM', self: ['–', 2, 2, 2, 2], appraised: ['–', 1.5, 1.5, 1.75, 2], explain: { '1.1': 'Xã mới thành lập, kế hoạch do huyện ban hành' } },
  ];
  return units.map((u) => formSheet({
    name: u.sheet, unitTitle: u.title, tree, self: byCodes(leaves, u.self), appraised: byCodes(leaves, u.appraised),
    evidence: { '2.1': 'Ảnh chụp bảng niêm yết' }, explain: u.explain,
  }).sheet);
};

CASES['khong-ap-dung-unit-max-row'] = () => {
  const tree = [
    { code: 'I', name: 'Công tác chỉ đạo, điều hành', max: 5, children: [
      { code: '1.1', name: 'Kế hoạch CCHC', max: 2 },
      { code: '1.2', name: 'Thực hiện kế hoạch', max: 3 },
    ] },
    { code: 'II', name: 'Cải cách thể chế', max: 6, children: [
      { code: '2.1', name: 'Ban hành văn bản', max: 2 },
      { code: '2.2', name: 'Rà soát văn bản', max: 2 },
      { code: '2.3', name: 'Xử lý văn bản sau rà soát', max: 2 },
    ] },
    { code: 'III', name: 'Cải cách tài chính công', max: 4, children: [
      { code: '3.1', name: 'Quản lý tài sản công', max: 1 },
      { code: '3.2', name: 'Thực hiện cơ chế tự chủ', max: 3 },
    ] },
  ];
  const leaves = ['1.1', '1.2', '2.1', '2.2', '2.3', '3.1', '3.2'];
  const s = criteriaSheet({
    name: 'Kết quả',
    top: [
      ['UBND QUẬN LIÊN CHIỂU'],
      ['KẾT QUẢ CHẤM ĐIỂM CHỈ SỐ CCHC CÁC PHƯỜNG NĂM 2023'],
      [],
      ['STT', 'Nội dung', 'Điểm tối đa', 'Phường Hòa Khánh Bắc', 'Phường Hòa Minh', 'Phường Thanh Khê Đông', 'Phường Xuân Hà', 'Ghi chú'],
    ],
    topMerges: ['A1:C1', 'A2:H2'], headerRows: [4], widths: [1.2, 7, 2, 2.8, 2.8, 2.8, 2.8, 5],
    tree, totalLabel: 'Tổng cộng',
    columns: ['code', 'name', 'max',
      { scores: byCodes(leaves, [2, 2.5, 2, 1.5, 2, 1, 2.5]) },
      { scores: byCodes(leaves, [1.5, 3, 2, 1.5, 'Không áp dụng', 1, 2]) },
      { scores: byCodes(leaves, [2, 2.75, 1.5, 2, 2, 'Không áp dụng', 2.75]) },
      { scores: byCodes(leaves, [2, 2.5, 2, 2, 'không áp dụng', 1, 'Không áp dụng']) },
      { text: { '2.3': 'Không có văn bản phải xử lý', '3.1': 'Phường không quản lý tài sản công', '3.2': 'Chưa giao tự chủ' } }],
  });
  const t = s.totalRow; // 15
  s.sheet.rows.push([null, 'Điểm tối đa của đơn vị', null, 15, 13, 14, 10], [null, 'Chỉ số CCHC (%)']);
  for (const c of ['D', 'E', 'F', 'G']) s.sheet.formulas[`${c}${t + 2}`] = `ROUND(${c}${t}/${c}${t + 1}*100,2)`;
  s.sheet.styles.push({ range: `A${t + 1}:H${t + 2}`, border: true, italic: true });
  return [s.sheet];
};

CASES['khong-ap-dung-sheet-per-unit'] = () => {
  const tree = [
    { code: 'I', name: 'Công tác chỉ đạo, điều hành CCHC', max: 4, children: [
      { code: '1.1', name: 'Kế hoạch CCHC năm', max: 1 },
      { code: '1.2', name: 'Khắc phục tồn tại sau kiểm tra', max: 1 },
      { code: '1.3', name: 'Tuyên truyền CCHC', max: 2 },
    ] },
    { code: 'II', name: 'Cải cách thủ tục hành chính', max: 6, children: [
      { code: '2.1', name: 'Giải quyết hồ sơ đúng hạn', max: 3 },
      { code: '2.2', name: 'Xử lý phản ánh, kiến nghị', max: 3 },
    ] },
  ];
  const leaves = ['1.1', '1.2', '1.3', '2.1', '2.2'];
  const KAD = 'Không áp dụng';
  const units = [
    { sheet: 'Hòa Phong', title: 'UBND XÃ HÒA PHONG', self: [1, KAD, 2, 3, 3], appraised: [1, KAD, 1.5, 3, 2.5], unitMax: 9, explain: { '1.2': 'Năm 2023 xã không được kiểm tra' } },
    // The stated max of Hòa Phú was not lowered for its not-applicable criterion (7 under exclude).
    { sheet: 'Hòa Phú', title: 'UBND XÃ HÒA PHÚ', self: [1, 1, 2, 3, KAD], appraised: [1, 1, 2, 2.5, KAD], unitMax: 10, explain: { '2.2': 'Không có phản ánh, kiến nghị' } },
    { sheet: 'Hòa Tiến', title: 'UBND XÃ HÒA TIẾN', self: [1, 1, 2, 3, 3], appraised: [0.5, 1, 2, 3, 3], unitMax: 10, explain: { '1.1': 'Ban hành kế hoạch chậm' } },
  ];
  return units.map((u) => {
    const s = formSheet({
      name: u.sheet, unitTitle: u.title, tree, self: byCodes(leaves, u.self), appraised: byCodes(leaves, u.appraised),
      evidence: { '1.3': 'Báo cáo tuyên truyền' }, explain: u.explain,
    });
    const t = s.totalRow; // 14
    s.sheet.rows.push([null, 'Điểm tối đa của đơn vị', null, null, u.unitMax]);
    s.sheet.styles.push({ range: `A${t + 1}:G${t + 1}`, border: true, italic: true });
    return s.sheet;
  });
};

// ---- a criterion scored as a whole (the survey)

CASES['survey-scored-as-whole'] = () => {
  const tree = [
    { code: 'I', name: 'Công tác chỉ đạo, điều hành', max: 5, children: [
      { code: '1.1', name: 'Kế hoạch CCHC', max: 2 },
      { code: '1.2', name: 'Kiểm tra CCHC', max: 3 },
    ] },
    { code: 'II', name: 'Cải cách thủ tục hành chính', max: 5, children: [
      { code: '2.1', name: 'Công khai TTHC', max: 2 },
      { code: '2.2', name: 'Giải quyết hồ sơ đúng hạn', max: 3 },
    ] },
    { code: 'III', name: 'Điều tra xã hội học', max: 10, children: [
      { code: '3.1', name: 'Mức độ hài lòng về tiếp cận dịch vụ', max: 4 },
      { code: '3.2', name: 'Mức độ hài lòng về thủ tục hành chính', max: 3 },
      { code: '3.3', name: 'Mức độ hài lòng về kết quả giải quyết', max: 3 },
    ] },
  ];
  const leaves = ['1.1', '1.2', '2.1', '2.2'];
  const unit = (self, appraised, survey) => [{ scores: byCodes(leaves, self), noTotal: true }, { scores: { ...byCodes(leaves, appraised), III: survey } }];
  const s = criteriaSheet({
    name: 'Tổng hợp',
    top: [
      ['UBND HUYỆN ĐÔNG ANH'],
      ['TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ VÀ THẨM ĐỊNH CHỈ SỐ CCHC NĂM 2023'],
      [],
      ['STT', 'Nội dung', 'Điểm tối đa', 'Xã Đông Hội', null, 'Xã Xuân Canh', null, 'Xã Mai Lâm', null, 'Ghi chú'],
      [null, null, null, 'Tự đánh giá', 'Thẩm định', 'Tự đánh giá', 'Thẩm định', 'Tự đánh giá', 'Thẩm định'],
    ],
    topMerges: ['A1:C1', 'A2:J2', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:E4', 'F4:G4', 'H4:I4', 'J4:J5'], headerRows: [4, 5],
    widths: [1.2, 7, 2, 2, 2, 2, 2, 2, 2, 5],
    tree, totalLabel: 'Tổng cộng',
    columns: ['code', 'name', 'max',
      ...unit([2, 3, 2, 3], [2, 2.5, 1.5, 3], 8.125),
      ...unit([2, 3, 2, 2.5], [2, 3, 2, 2.5], 7.64),
      ...unit([2, 3, 2, 3], [1.5, 3, 2, 2.75], 7.875),
      { text: { III: 'Kết quả điều tra xã hội học do tỉnh cung cấp (cả lĩnh vực)' } }],
  });
  return [s.sheet];
};

CASES['survey-scored-as-whole-sheet-per-unit'] = () => {
  const tree = [
    { code: 'A', name: 'ĐIỂM TỰ ĐÁNH GIÁ, THẨM ĐỊNH', max: 10, children: [
      { code: 'I', name: 'Công tác chỉ đạo, điều hành CCHC', max: 4, children: [
        { code: '1.1', name: 'Kế hoạch CCHC năm', max: 2 },
        { code: '1.2', name: 'Báo cáo CCHC', max: 2 },
      ] },
      { code: 'II', name: 'Cải cách thủ tục hành chính', max: 6, children: [
        { code: '2.1', name: 'Công khai TTHC', max: 3 },
        { code: '2.2', name: 'Giải quyết hồ sơ đúng hạn', max: 3 },
      ] },
    ] },
    { code: 'B', name: 'ĐIỂM ĐIỀU TRA XÃ HỘI HỌC', max: 10, children: [
      { code: 'III', name: 'Mức độ hài lòng của người dân, tổ chức', max: 10, children: [
        { code: '3.1', name: 'Hài lòng về tiếp cận dịch vụ', max: 5 },
        { code: '3.2', name: 'Hài lòng về kết quả giải quyết', max: 5 },
      ] },
    ] },
  ];
  const leaves = ['1.1', '1.2', '2.1', '2.2'];
  const units = [
    { sheet: 'Nam Hồng', title: 'UBND XÃ NAM HỒNG', self: [2, 2, 3, 3], appraised: { ...byCodes(leaves, [2, 1.5, 3, 2.5]), III: 8.46 } },
    { sheet: 'Bắc Hồng', title: 'UBND XÃ BẮC HỒNG', self: [2, 2, 3, 3], appraised: { ...byCodes(leaves, [1.5, 2, 2.5, 3]), 3.1: 4.25, 3.2: 4.5 } },
    { sheet: 'Vân Nội', title: 'UBND XÃ VÂN NỘI', self: [2, 2, 3, 3], appraised: { ...byCodes(leaves, [2, 2, 3, 2.75]), III: 7.9 } },
  ];
  return units.map((u) => signature(formSheet({
    name: u.sheet, unitTitle: u.title, tree, totalLabel: 'TỔNG CỘNG (A+B)',
    self: byCodes(leaves, u.self), appraised: u.appraised,
    evidence: { B: 'Kết quả điều tra xã hội học của tỉnh' }, explain: { III: 'Đơn vị không tự chấm phần điều tra xã hội học' },
  }), 1, 4).sheet);
};

// ---- old Vietnamese encodings

CASES['tcvn3'] = () => {
  const tree = [
    { code: 'I', name: 'Công tác chỉ đạo, điều hành CCHC', max: 6, children: [
      { code: '1.1', name: 'Kế hoạch CCHC năm', max: 2 },
      { code: '1.2', name: 'Báo cáo định kỳ', max: 2 },
      { code: '1.3', name: 'Kiểm tra CCHC', max: 2 },
    ] },
    { code: 'II', name: 'Cải cách thể chế', max: 4, children: [
      { code: '2.1', name: 'Xây dựng, ban hành văn bản', max: 2 },
      { code: '2.2', name: 'Theo dõi thi hành pháp luật', max: 2 },
    ] },
    { code: 'III', name: 'Cải cách thủ tục hành chính', max: 5, children: [
      { code: '3.1', name: 'Công khai TTHC', max: 2 },
      { code: '3.2', name: 'Mức độ hài lòng của người dân', max: 3 },
    ] },
  ];
  const leaves = ['1.1', '1.2', '1.3', '2.1', '2.2', '3.1', '3.2'];
  const s = criteriaSheet({
    name: 'Cham diem 2021', font: '.VnTime',
    top: [
      ['UBND HUYỆN TỨ KỲ', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2021'],
      [],
      ['STT', 'Nội dung', 'Điểm tối đa', 'Xã Hà Kỳ', 'Xã Hưng Đạo', 'Xã Đại Sơn', 'Xã Quang Phục', 'Ghi chú'],
    ],
    topMerges: ['A1:B1', 'D1:H1', 'A2:H2'], headerRows: [4], widths: [1.2, 7, 2, 2.4, 2.4, 2.4, 2.4, 4],
    tree, totalLabel: 'Tổng cộng',
    columns: ['code', 'name', 'max',
      { scores: byCodes(leaves, [2, 1.5, 2, 2, 1.5, 2, 2.5]) },
      { scores: byCodes(leaves, [1.5, 2, 1.5, 2, 2, 1.5, 3]) },
      { scores: byCodes(leaves, [2, 2, 1.75, 1.5, 1.5, 2, 2.25]) },
      { scores: byCodes(leaves, [2, 2, 2, 1.75, 2, 2, 2.75]) },
      { text: { '1.3': 'Kiểm tra 02 bộ phận', '3.2': 'Theo phiếu khảo sát' } }],
    // The title block in the capitals font; one unit's name retyped later in a Unicode font.
    extraStyles: [{ range: 'A1:H2', font: '.VnTimeH' }, { range: 'G4', font: TNR }],
  });
  return [s.sheet];
};

CASES['tcvn3-sheet-per-unit'] = () => {
  const tree = [
    { code: 'I', name: 'Công tác chỉ đạo, điều hành CCHC', max: 5, children: [
      { code: '1.1', name: 'Kế hoạch CCHC năm', max: 2 },
      { code: '1.2', name: 'Thực hiện kế hoạch CCHC', max: 3 },
    ] },
    { code: 'II', name: 'Cải cách thủ tục hành chính', max: 5, children: [
      { code: '2.1', name: 'Công khai thủ tục hành chính', max: 2.5 },
      { code: '2.2', name: 'Mức độ hài lòng của người dân', max: 2.5 },
    ] },
  ];
  const leaves = ['1.1', '1.2', '2.1', '2.2'];
  const units = [
    { sheet: 'Minh Duc', title: 'UBND XÃ MINH ĐỨC', self: [2, 3, 2.5, 2.5], appraised: [2, 2.5, 2, 2.5] },
    { sheet: 'Phuong Chieu', title: 'UBND XÃ PHƯƠNG CHIỂU', self: [2, 3, 2.5, 2.5], appraised: [1.5, 3, 2.5, 2.25] },
    { sheet: 'Tien Dong', title: 'UBND XÃ TIÊN ĐỘNG', self: [2, 2.5, 2.5, 2.5], appraised: [2, 2, 2.5, 2.5] },
  ];
  return units.map((u) => signature(formSheet({
    name: u.sheet, unitTitle: u.title, tree, font: '.VnTime', titleFont: '.VnTimeH',
    formName: 'BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2020',
    self: byCodes(leaves, u.self), appraised: byCodes(leaves, u.appraised),
    evidence: { '1.1': 'Kế hoạch số 04/KH-UBND', '2.1': 'Bảng công khai tại trụ sở' }, explain: { '1.2': 'Còn 02 nhiệm vụ chưa hoàn thành' },
  }), 1, 4).sheet);
};

CASES['vni'] = () => {
  const s = unitsSheet({
    name: 'Tong hop', font: 'VNI-Times',
    title: [['ỦY BAN NHÂN DÂN HUYỆN CỦ CHI'], ['BẢNG TỔNG HỢP ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2019'], []],
    titleMerges: ['A1:D1', 'A2:I2'],
    header: [['STT', 'Tên đơn vị', 'I. Công tác chỉ đạo, điều hành', 'II. Cải cách thủ tục hành chính', 'III. Hiện đại hóa hành chính', 'Tổng điểm', 'Chỉ số (%)', 'Xếp hạng', 'Ghi chú']],
    maxima: [6, 6, 8], components: 3,
    units: [
      ['Xã Tân Thông Hội', 5, 5.5, 7],
      ['Xã Phước Vĩnh An', 5.5, 4.5, 7.5],
      ['Xã Trung Lập Hạ', 4.5, 5, 6.25],
      ['Thị trấn Củ Chi', 6, 5.25, 7.25],
    ],
    indexCol: 6, rankCol: 7, ranks: [2, 2, 3, 1], noteCol: 8, notes: { 'Xã Trung Lập Hạ': 'Chậm nộp hồ sơ' },
    widths: [1.2, 5, 3.2, 3.2, 3.2, 2.2, 2.2, 2, 4],
  });
  return [s.sheet];
};

CASES['vni-sheet-per-unit'] = () => {
  const tree = [
    { code: 'I', name: 'Công tác chỉ đạo, điều hành CCHC', max: 4, children: [
      { code: '1.1', name: 'Kế hoạch CCHC năm', max: 2 },
      { code: '1.2', name: 'Tuyên truyền CCHC', max: 2 },
    ] },
    { code: 'II', name: 'Cải cách thủ tục hành chính', max: 6, children: [
      { code: '2.1', name: 'Công khai thủ tục hành chính', max: 2 },
      { code: '2.2', name: 'Giải quyết hồ sơ đúng hạn', max: 4 },
    ] },
    { code: 'III', name: 'Hiện đại hóa hành chính', max: 5, children: [
      { code: '3.1', name: 'Ứng dụng công nghệ thông tin', max: 5 },
    ] },
  ];
  const leaves = ['1.1', '1.2', '2.1', '2.2', '3.1'];
  const units = [
    { sheet: 'Binh My', title: 'UBND XÃ BÌNH MỸ', self: [2, 2, 2, 4, 5], appraised: [2, 1.5, 2, 3.5, 4.5] },
    { sheet: 'Hoa Phu', title: 'UBND XÃ HÒA PHÚ', self: [2, 2, 2, 4, 5], appraised: [1.5, 2, 1.5, 3.75, 4.75] },
    { sheet: 'Trung An', title: 'UBND XÃ TRUNG AN', self: [2, 2, 2, 3.5, 4.5], appraised: [2, 2, 2, 3, 4] },
  ];
  return units.map((u) => signature(formSheet({
    name: u.sheet, unitTitle: u.title, tree, font: 'VNI-Times',
    header: ['STT', 'Nội dung tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Tài liệu kiểm chứng', 'Giải trình'],
    formName: 'BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2018',
    self: byCodes(leaves, u.self), appraised: byCodes(leaves, u.appraised),
    evidence: { '1.1': 'Kế hoạch số 09/KH-UBND', '3.1': 'Báo cáo ứng dụng CNTT' }, explain: { '2.2': 'Một số hồ sơ trễ hạn do lỗi phần mềm' },
  }), 1, 4).sheet);
};

// ------------------------------------------------------------------ conversion

function soffice(sources, outDir, profile) {
  const args = [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, ...sources];
  execFileSync('soffice', args, { stdio: 'pipe', timeout: 600000 });
}

function main() {
  const filter = process.argv[2] ?? '';
  const names = Object.keys(CASES).filter((n) => n.includes(filter));
  if (names.length === 0) throw new Error(`no case matches "${filter}"`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-layouts-'));
  const profile = path.join(work, 'profile');
  try {
    const sources = names.map((name) => {
      const dir = path.join(LAYOUTS, name);
      fs.mkdirSync(dir, { recursive: true });
      const text = fods(CASES[name]());
      fs.writeFileSync(path.join(dir, 'source.fods'), text, 'utf8');
      const tmp = path.join(work, `${name}.fods`);
      fs.writeFileSync(tmp, text, 'utf8');
      return tmp;
    });
    soffice(sources, work, profile);
    for (const name of names) {
      fs.renameSync(path.join(work, `${name}.xlsx`), path.join(LAYOUTS, name, 'input.xlsx'));
      process.stdout.write(`LibreOffice ${name}\n`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main();
