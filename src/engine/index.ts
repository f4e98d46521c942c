/**
 * The engine's front door: a grid in, findings and a result out; a result in, a write plan out.
 * Pure TypeScript: imports nothing from Office, ExcelJS, React or Node.
 */
export * from './grid';
export * from './findings';
export * from './types';
export type * from './plan/types';
export { scoreSheet, looksLikeScoringSheet, hasScoringLayout } from './score';
export { buildWritePlan } from './plan';
export { readPreviousResult } from './previous';
