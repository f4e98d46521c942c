/**
 * The engine's front door: a grid in, findings and a result out.
 * Pure TypeScript: imports nothing outside src/engine (no Office, ExcelJS, React, Node or i18n).
 */
export * from './grid';
export * from './findings';
export * from './types';
export { scoreSheet, looksLikeScoringSheet, hasScoringLayout } from './score';
export { readPreviousResult } from './previous';
export type * from './model';
export { scoreModel, type ModelOutcome, type ScoredGroup } from './score-model';
export { readTitleBlock, type TitleBlock, type TitleBlockPart } from './title-block';
