#!/usr/bin/python3
"""
Makes the workbooks "from other programs" (test/fixtures/programs/): files this project never
wrote, as users bring them. See test/fixtures/programs/README.md for what each must give.

  /usr/bin/python3 scripts/make-programs.py        # Debian's Python, which has openpyxl

- openpyxl-chart.xlsx     openpyxl: the sample's scoring sheet as plain numbers (openpyxl cannot
                          store a formula's cached value), plus a sheet of the user's with a bar
                          chart, a comment, conditional formatting, data validation, a merged
                          title, a hidden column and row, a date, a boolean, a formula (no
                          cached value) and a workbook defined name; and a hidden sheet.
- openpyxl-macro.xlsm     the same, declared macro-enabled, with a VBA part (xl/vbaProject.bin,
                          a small compound file made here) added after openpyxl saved it.
- openpyxl-uncached.xlsx  samples/thanh-tri-2021.xlsx re-saved by openpyxl: formulas without
                          cached values.
- thanh-tri-2021.xls/.ods the sample converted by LibreOffice.
- openpyxl-chart.xls/.ods openpyxl-chart.xlsx converted by LibreOffice (what an .xls or .ods with
                          a chart, a comment, conditional formats, validation and a name gives).
- empty.xlsx, text.xlsx, cut-off.xlsx: no bytes; a CSV named .xlsx; the sample's first half.
"""
import datetime
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
SAMPLE = os.path.join(ROOT, 'samples', 'thanh-tri-2021.xlsx')
OUT = os.path.join(ROOT, 'test', 'fixtures', 'programs')
USER_SHEET = 'Theo dõi'


def scoring_values(ws_out):
    """Copies the cached values of the sample's scoring sheet (LibreOffice cached every formula)."""
    src = openpyxl.load_workbook(SAMPLE, data_only=True).active
    for row in src.iter_rows():
        for cell in row:
            if cell.value is not None:
                ws_out.cell(row=cell.row, column=cell.column, value=cell.value)
    return src.title


def user_sheet(ws):
    """A sheet of the user's: a small table with the objects other programs keep."""
    ws['A1'] = 'Theo dõi tiến độ nộp hồ sơ'
    ws.merge_cells('A1:C1')
    ws.append(['Đơn vị', 'Số hồ sơ', 'Đúng hạn (%)'])
    rows = [('Thị trấn Văn Điển', 120, 96.5), ('Xã Vĩnh Quỳnh', 98, 91.0), ('Xã Ngọc Hồi', 87, 88.25),
            ('Xã Tả Thanh Oai', 64, 99.0), ('Xã Tam Hiệp', 110, 93.75)]
    for r in rows:
        ws.append(list(r))
    ws['D2'] = 'Ghi chú nội bộ'
    ws['D3'] = 'ẩn'
    ws['A9'] = 'Cập nhật'
    ws['B9'] = datetime.date(2022, 1, 15)         # a date: serial 44576
    ws['C9'] = '=B3/0'                            # LibreOffice caches #DIV/0! when converting
    ws['A10'] = 'Đã duyệt'
    ws['B10'] = True
    ws.column_dimensions['D'].hidden = True
    ws.row_dimensions[7].hidden = True
    ws['A3'].comment = Comment('Số liệu quý IV', 'Văn phòng')
    ws.conditional_formatting.add('C3:C7', CellIsRule(operator='lessThan', formula=['90'], fill=PatternFill('solid', start_color='FFC7CE')))
    dv = DataValidation(type='whole', operator='between', formula1='0', formula2='1000', showErrorMessage=True)
    dv.add('B3:B7')
    ws.add_data_validation(dv)
    chart = BarChart()
    chart.title = 'Số hồ sơ'
    chart.add_data(Reference(ws, min_col=2, min_row=2, max_row=7), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=3, max_row=7))
    ws.add_chart(chart, 'F2')


def chart_workbook(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = scoring_values(ws)
    user_sheet(wb.create_sheet(USER_SHEET))
    hidden = wb.create_sheet('Danh mục')
    hidden.append(['Mã', 'Đơn vị'])
    hidden.append(['VD', 'Thị trấn Văn Điển'])
    hidden.sheet_state = 'hidden'
    wb.defined_names.append(DefinedName('SoHoSo', attr_text=f"'{USER_SHEET}'!$B$3:$B$7"))
    wb.active = 0
    wb.save(path)


def tiny_cfb():
    """
    A compound file shaped as a VBA project (vbaProject.bin): a 'PROJECT' stream beside a 'VBA'
    storage holding 'dir', 'Module1' and '_VBA_PROJECT', every stream empty (so no data sectors
    and no mini stream): a header, one FAT sector and the directory, 2 KB. Siblings are chained
    to the right in the directory's order (length, then upper-case name), all black.
    """
    sector = 512
    free, end, fat_sect = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD

    def entry(name, kind, child=free, right=free):
        e = bytearray(128)
        raw = (name + '\0').encode('utf-16-le') if name else b''
        e[0:len(raw)] = raw
        struct.pack_into('<HBB', e, 64, len(raw), kind, 1 if name else 0)
        struct.pack_into('<III', e, 68, free, right, child)
        struct.pack_into('<I', e, 116, end if name else 0)
        return e

    # 0 root -> 1 'VBA' (right: 2 'PROJECT'); 'VBA' -> 3 'dir' -> 4 'Module1' -> 5 '_VBA_PROJECT'.
    directory = (entry('Root Entry', 5, child=1) + entry('VBA', 1, child=3, right=2) + entry('PROJECT', 2)
                 + entry('dir', 2, right=4) + entry('Module1', 2, right=5) + entry('_VBA_PROJECT', 2))
    while len(directory) % sector:
        directory += entry('', 0)                       # unused entries: no name, no siblings
    dir_sectors = len(directory) // sector
    header = bytearray(sector)
    header[0:8] = bytes.fromhex('D0CF11E0A1B11AE1')
    struct.pack_into('<HHHHH', header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into('<I', header, 44, 1)               # one FAT sector
    struct.pack_into('<I', header, 48, 1)               # the directory starts at sector 1
    struct.pack_into('<I', header, 56, 4096)            # mini stream cutoff
    struct.pack_into('<III', header, 60, end, 0, end)   # no mini FAT
    struct.pack_into('<II', header, 68, end, 0)         # no DIFAT sectors
    struct.pack_into('<I', header, 76, 0)               # DIFAT[0]: the FAT is sector 0
    for i in range(1, 109):
        struct.pack_into('<I', header, 76 + 4 * i, free)
    chain = [1 + i + 1 for i in range(dir_sectors - 1)] + [end]
    fat = struct.pack('<' + 'I' * 128, fat_sect, *chain, *([free] * (127 - dir_sectors)))
    return bytes(header + fat + directory)


def add_vba(src, dst):
    """The workbook declared macro-enabled, with a VBA part and its relationship."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == '[Content_Types].xml':
                text = data.decode('utf-8').replace(
                    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
                    'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
                text = text.replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
                                    '<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
                data = text.encode('utf-8')
            elif item.filename == 'xl/_rels/workbook.xml.rels':
                data = data.decode('utf-8').replace('</Relationships>', '<Relationship Id="rIdVba" '
                                                    'Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
                                                    'Target="vbaProject.bin"/></Relationships>').encode('utf-8')
            zout.writestr(item, data)
        zout.writestr('xl/vbaProject.bin', tiny_cfb())


def soffice(src, fmt, outdir):
    profile = tempfile.mkdtemp(prefix=f'lo-profile-{os.getpid()}-')
    try:
        subprocess.run(['soffice', f'-env:UserInstallation=file://{profile}', '--headless', '--convert-to', fmt,
                        '--outdir', outdir, src], check=True, capture_output=True, timeout=180)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def main():
    os.makedirs(OUT, exist_ok=True)
    chart = os.path.join(OUT, 'openpyxl-chart.xlsx')
    chart_workbook(chart)
    add_vba(chart, os.path.join(OUT, 'openpyxl-macro.xlsm'))

    uncached = openpyxl.load_workbook(SAMPLE)
    uncached.save(os.path.join(OUT, 'openpyxl-uncached.xlsx'))

    for fmt in ('xls', 'ods'):
        soffice(SAMPLE, fmt, OUT)
        soffice(chart, fmt, OUT)

    open(os.path.join(OUT, 'empty.xlsx'), 'wb').close()
    with open(os.path.join(OUT, 'text.xlsx'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('STT,Nội dung tiêu chí,Điểm tối đa,Thị trấn Văn Điển\n1,Công tác chỉ đạo,15,13\n')
    with open(SAMPLE, 'rb') as f:
        sample = f.read()
    with open(os.path.join(OUT, 'cut-off.xlsx'), 'wb') as f:
        f.write(sample[:len(sample) // 2])

    for name in sorted(os.listdir(OUT)):
        if name != 'README.md':
            print(f'{os.path.getsize(os.path.join(OUT, name)):>8}  {name}')


if __name__ == '__main__':
    sys.exit(main())
