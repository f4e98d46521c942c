/**
 * The test tiers. `npm test` runs them all (with the type check, eslint and the browser test,
 * test/browser/jest.config.js); `npm run test:unit` runs the fast tier alone for the inner loop.
 *
 * - unit: the pure rooms (engine, readers, appendix, use case, i18n, the pane's reducer); under a minute.
 * - adapters: the workbook adapters on files and on the fake Excel API, the command line, the pane
 *   in jsdom, the manifest and the production build, golden tables, the catalogue, fuzzing.
 * - end-to-end: the printed appendix through LibreOffice.
 *
 * A test that runs a program of the system (LibreOffice, poppler, Chromium) declares it with
 * `requireTools` (test/helpers/system-tools.ts) and fails when it is missing; none skips.
 */
const transform = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };
const UNIT = ['engine', 'readers', 'appendix', 'usecase', 'i18n'];
const END_TO_END = ['pdf'];

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: [
        ...UNIT.map((room) => `<rootDir>/test/${room}/**/*.test.ts`),
        '<rootDir>/test/taskpane/reducer.test.ts',
      ],
    },
    {
      displayName: 'adapters',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
      testPathIgnorePatterns: [
        ...[...UNIT, ...END_TO_END].map((room) => `<rootDir>/test/${room}/`),
        '<rootDir>/test/taskpane/reducer.test.ts',
      ],
    },
    {
      displayName: 'end-to-end',
      testEnvironment: 'node',
      transform,
      testMatch: END_TO_END.map((room) => `<rootDir>/test/${room}/**/*.test.ts`),
    },
  ],
};
