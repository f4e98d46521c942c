/** The pane's pure helpers: language choice, saved settings, error details. */
import { langFromDisplayLanguage } from '../../src/i18n/ui';
import { errorDetail, failureFrom } from '../../src/taskpane/errors';
import { DEFAULT_PANE_OPTIONS, engineOptions, parseSettings, toSettings } from '../../src/taskpane/options';
import { WorkbookError } from '../../src/workbook/port';

describe('language from Office.context.displayLanguage', () => {
  it.each([
    ['vi-VN', 'vi'], ['vi', 'vi'], ['VI-vn', 'vi'], [undefined, 'vi'], ['', 'vi'],
    ['en-US', 'en'], ['fr-FR', 'en'], ['zh-CN', 'en'], ['video', 'en'],
  ])('%s -> %s', (tag, lang) => {
    expect(langFromDisplayLanguage(tag)).toBe(lang);
  });
});

describe('saved settings', () => {
  it('round-trip', () => {
    const options = { ...DEFAULT_PANE_OPTIONS, ranking: 'competition' as const, decision: { year: 2022, date: '15/01/2023' } };
    const parsed = parseSettings(toSettings(options, 'Chấm điểm'));
    expect(parsed).toEqual({ options, sheet: 'Chấm điểm', ignoredSomething: false });
  });
  it('nothing saved: defaults, nothing ignored', () => {
    expect(parseSettings(undefined)).toEqual({ options: DEFAULT_PANE_OPTIONS, ignoredSomething: false });
  });
  it('each bad field falls back alone', () => {
    const parsed = parseSettings({ version: 1, options: { ranking: 'competition', decimals: 2.5, gradeBands: [{ min: 1 }] } });
    expect(parsed.options.ranking).toBe('competition');
    expect(parsed.options.decimals).toBe(2);
    expect(parsed.options.gradeBands).toBe(DEFAULT_PANE_OPTIONS.gradeBands);
    expect(parsed.ignoredSomething).toBe(true);
  });
  it('grade names saved are kept; bands saved before names were editable keep the published names', () => {
    const renamed = parseSettings({ version: 1, options: { gradeBands: [
      { name: 'Hoàn thành xuất sắc', min: 90 }, { name: 'Tốt', min: 80 }, { name: 'Khá', min: 65 }, { name: 'Trung bình', min: 50 }, { name: 'Yếu', min: 0 },
    ] } });
    expect(renamed.options.gradeBands.map((b) => [b.name, b.nameEn, b.min])).toEqual([
      ['Hoàn thành xuất sắc', 'Hoàn thành xuất sắc', 90], ['Tốt', 'Good', 80], ['Khá', 'Fair', 65], ['Trung bình', 'Average', 50], ['Yếu', 'Poor', 0],
    ]);
    expect(renamed.ignoredSomething).toBe(false);
    const older = parseSettings({ version: 1, options: { gradeBands: [{ min: 95 }, { min: 85 }, { min: 70 }, { min: 50 }, { min: 0 }] } });
    expect(older.options.gradeBands.map((b) => b.name)).toEqual(['Xuất sắc', 'Tốt', 'Khá', 'Trung bình', 'Yếu']);
  });
  it('bands with an empty or repeated name fall back to the defaults', () => {
    const bands = (names: unknown[]) => ({ version: 1, options: { gradeBands: names.map((name, i) => ({ name, min: 90 - i * 10 })) } });
    expect(parseSettings(bands(['A', 'B', '', 'D', 'E'])).options.gradeBands).toBe(DEFAULT_PANE_OPTIONS.gradeBands);
    expect(parseSettings(bands(['A', 'B', 'a', 'D', 'E'])).options.gradeBands).toBe(DEFAULT_PANE_OPTIONS.gradeBands);
    expect(parseSettings(bands(['A', 'B', 3, 'D', 'E'])).ignoredSomething).toBe(true);
  });
  it('last year’s sheet round-trips; a wrong type is ignored', () => {
    const options = { ...DEFAULT_PANE_OPTIONS, previousSheet: 'Năm 2020' };
    expect(parseSettings(toSettings(options, 'Chấm điểm')).options.previousSheet).toBe('Năm 2020');
    const wrong = parseSettings({ version: 1, options: { previousSheet: 2020 } });
    expect(wrong.options).not.toHaveProperty('previousSheet');
    expect(wrong.ignoredSomething).toBe(true);
  });
  it('the engine is not given the pane’s own fields', () => {
    const pane = { ...DEFAULT_PANE_OPTIONS, previousSheet: 'Năm 2020', stated: { kind: 'units-as-rows' as const } };
    expect(engineOptions(pane)).not.toHaveProperty('previousSheet');
    expect(engineOptions(pane)).not.toHaveProperty('stated');
  });
  it('the scope round-trips, the whole workbook as "*"', () => {
    expect(parseSettings(toSettings(DEFAULT_PANE_OPTIONS, '*')).sheet).toBe('*');
    expect(parseSettings(toSettings(DEFAULT_PANE_OPTIONS, undefined))).not.toHaveProperty('sheet', expect.anything());
  });
  it('a stated layout round-trips', () => {
    const stated = { kind: 'units-as-rows' as const, headerRow: 3, maxRow: 5, unitNameColumn: 1, componentColumns: [2, 3, 4], sheets: ['Tổng hợp'] };
    const parsed = parseSettings(toSettings({ ...DEFAULT_PANE_OPTIONS, stated }, 'Tổng hợp'));
    expect(parsed).toEqual({ options: { ...DEFAULT_PANE_OPTIONS, stated }, sheet: 'Tổng hợp', ignoredSomething: false });
  });
  it.each([
    ['an unknown kind', { kind: 'diagonal' }],
    ['a row that is no row', { kind: 'criteria-as-rows', headerRow: 2.5 }],
    ['a negative column', { kind: 'sheet-per-unit', maxColumn: -1 }],
    ['columns that are not a list of columns', { kind: 'criteria-as-rows', unitColumns: ['D'] }],
    ['an empty list of sheets', { kind: 'sheet-per-unit', sheets: [] }],
    ['an unknown score', { kind: 'criteria-as-rows', rankedScore: 'average' }],
    ['not an object', 'units-as-rows'],
  ])('a stated layout with %s is ignored whole, and the pane says so', (_, stated) => {
    const parsed = parseSettings({ version: 1, options: { ranking: 'competition', stated } });
    expect(parsed.options).not.toHaveProperty('stated');
    expect(parsed.options.ranking).toBe('competition');
    expect(parsed.ignoredSomething).toBe(true);
  });
  it('a stated layout keeps only what its kind reads', () => {
    const parsed = parseSettings({ version: 1, options: { stated: { kind: 'criteria-as-rows', headerRow: 4, maxRow: 6, unitColumns: [5, 3, 3] } } });
    expect(parsed.options.stated).toEqual({ kind: 'criteria-as-rows', headerRow: 4, unitColumns: [3, 5] });
    expect(parsed.ignoredSomething).toBe(false);
  });
  it('another version is not trusted blindly', () => {
    expect(parseSettings({ version: 2, options: {} }).ignoredSomething).toBe(true);
  });
});

describe('failures', () => {
  it('a workbook error keeps its code; the caller may say what failed', () => {
    const e = new WorkbookError('unsupported', 'ExcelApi 1.9 missing');
    expect(failureFrom(e).kind).toBe('unsupported');
    expect(failureFrom(e, 'settings-save').kind).toBe('settings-save');
    expect(failureFrom(new Error('x')).kind).toBe('unexpected');
  });
  it('the detail lists the causes and survives values that are not errors', () => {
    const e = new Error('outer', { cause: new Error('inner', { cause: 'root text' }) });
    const detail = errorDetail(e);
    expect(detail.split('\n').slice(0, 3)).toEqual(['Error: outer', 'caused by Error: inner', 'caused by root text']);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(errorDetail(cyclic)).toBe('[object Object]');
    expect(errorDetail({ code: 'ItemNotFound' })).toBe('{"code":"ItemNotFound"}');
  });
});
