/**
 * The options a reviewer chooses in the pane, and how they are saved in the workbook's settings.
 * A saved value is read field by field: a field that does not make sense falls back to its
 * default and the pane says so, instead of failing.
 */
import { checkBands } from './bands';
import { parseStated, type StatedLayout } from './stated-layout';
import {
  DEFAULT_OPTIONS, type DecisionInfo, type GradeBand, type Lang, type NotApplicablePolicy,
  type RankingMethod, type ScoreOptions,
} from '../engine/types';

export type PaneOptions = Pick<ScoreOptions, 'ranking' | 'notApplicable' | 'gradeBands' | 'decimals' | 'lang' | 'decision'> & {
  /** The sheet holding last year's ranking table, for the year-over-year comparison; none when absent. */
  previousSheet?: string;
  /** The layout as the reviewer stated it (the readers' detection when absent). */
  stated?: StatedLayout;
};

export const SETTINGS_VERSION = 1;
export const MAX_DECIMALS = 3;

export const DEFAULT_PANE_OPTIONS: PaneOptions = {
  ranking: DEFAULT_OPTIONS.ranking,
  notApplicable: DEFAULT_OPTIONS.notApplicable,
  gradeBands: DEFAULT_OPTIONS.gradeBands,
  decimals: DEFAULT_OPTIONS.decimals,
  lang: DEFAULT_OPTIONS.lang,
  decision: {},
};

/** What is stored through SettingsStore. */
export interface SavedSettings {
  version: number;
  options: PaneOptions;
  /** The scope chosen last time: a sheet's name, or the whole workbook (`WHOLE_WORKBOOK`, "*"). */
  sheet?: string;
}

export function toSettings(options: PaneOptions, scope: string | undefined): Record<string, unknown> {
  const saved: SavedSettings = { version: SETTINGS_VERSION, options, ...(scope ? { sheet: scope } : {}) };
  return JSON.parse(JSON.stringify(saved)) as Record<string, unknown>;
}

export interface ParsedSettings {
  options: PaneOptions;
  /** The scope saved: a sheet's name or the whole workbook. */
  sheet?: string;
  /** True when something was saved but part of it could not be used. */
  ignoredSomething: boolean;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The engine's options from the pane's (last year's sheet and the stated layout are the use case's, not the engine's). */
export function engineOptions(options: PaneOptions): Partial<ScoreOptions> {
  const { previousSheet: _previousSheet, stated: _stated, ...rest } = options;
  return rest;
}

/**
 * Saved bands: as many as the published ones, each with a minimum and (since names became
 * editable) a name; a band saved without a name keeps the published name at its place.
 */
function parseBands(raw: unknown): GradeBand[] | undefined {
  if (!Array.isArray(raw) || raw.length !== DEFAULT_OPTIONS.gradeBands.length) return undefined;
  const entries = raw.map((b, i) => {
    if (!isRecord(b)) return { name: '', min: NaN };
    const name = b.name === undefined ? DEFAULT_OPTIONS.gradeBands[i].name : typeof b.name === 'string' ? b.name : '';
    return { name, min: typeof b.min === 'number' ? b.min : NaN };
  });
  return checkBands(entries).bands;
}

function parseDecision(raw: unknown): DecisionInfo | undefined {
  if (!isRecord(raw)) return undefined;
  const out: DecisionInfo = {};
  for (const key of ['issuingBody', 'number', 'date', 'rankedGroup'] as const) {
    const v = raw[key];
    if (v === undefined) continue;
    if (typeof v !== 'string') return undefined;
    if (v !== '') out[key] = v;
  }
  if (raw.year !== undefined) {
    if (typeof raw.year !== 'number' || !Number.isInteger(raw.year)) return undefined;
    out.year = raw.year;
  }
  return out;
}

/** Reads what SettingsStore.load gave; never throws. */
export function parseSettings(raw: Record<string, unknown> | undefined): ParsedSettings {
  if (raw === undefined) return { options: DEFAULT_PANE_OPTIONS, ignoredSomething: false };
  const o = isRecord(raw.options) ? raw.options : {};
  let ignored = !isRecord(raw.options) || raw.version !== SETTINGS_VERSION;
  const pick = <T>(value: T | undefined, fallback: T, present: boolean): T => {
    if (value === undefined) {
      if (present) ignored = true;
      return fallback;
    }
    return value;
  };
  const ranking = o.ranking === 'dense' || o.ranking === 'competition' ? (o.ranking as RankingMethod) : undefined;
  const na = o.notApplicable === 'full' || o.notApplicable === 'exclude' ? (o.notApplicable as NotApplicablePolicy) : undefined;
  const decimals = typeof o.decimals === 'number' && Number.isInteger(o.decimals) && o.decimals >= 0 && o.decimals <= MAX_DECIMALS
    ? o.decimals : undefined;
  const lang = o.lang === 'vi' || o.lang === 'en' ? (o.lang as Lang) : undefined;
  const options: PaneOptions = {
    ranking: pick(ranking, DEFAULT_PANE_OPTIONS.ranking, 'ranking' in o),
    notApplicable: pick(na, DEFAULT_PANE_OPTIONS.notApplicable, 'notApplicable' in o),
    gradeBands: pick(parseBands(o.gradeBands), DEFAULT_PANE_OPTIONS.gradeBands, 'gradeBands' in o),
    decimals: pick(decimals, DEFAULT_PANE_OPTIONS.decimals, 'decimals' in o),
    lang: pick(lang, DEFAULT_PANE_OPTIONS.lang, 'lang' in o),
    decision: pick(parseDecision(o.decision), {}, 'decision' in o),
  };
  const previous = typeof o.previousSheet === 'string' && o.previousSheet !== '' ? o.previousSheet : undefined;
  if (previous !== undefined) options.previousSheet = previous;
  else if (o.previousSheet !== undefined) ignored = true;
  if (o.stated !== undefined) {
    const stated = parseStated(o.stated);
    if (stated) options.stated = stated;
    else ignored = true;
  }
  const sheet = typeof raw.sheet === 'string' && raw.sheet !== '' ? raw.sheet : undefined;
  return { options, sheet, ignoredSomething: ignored };
}
