/**
 * The browser test of the preview: a separate Jest project, since it builds the pane and drives
 * Debian's Chromium. Run: npx jest -c test/browser/jest.config.js
 */
/** @type {import('jest').Config} */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.browser.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 120000,
};
