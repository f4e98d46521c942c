// ESLint flat config: TypeScript rules, plus the pure rooms' boundaries (no Office, ExcelJS, React
// or Node; imports only from the rooms below them).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ROOMS = ['engine', 'readers', 'i18n', 'appendix', 'docx', 'workbook', 'office-fake', 'usecase', 'taskpane', 'cli'];
const IMPURE = ['exceljs', 'react', 'react-dom', '@fluentui/*', 'fs', 'path', 'node:*', 'os', 'child_process', 'playwright-core'];

/** A pure room: no Office, ExcelJS, React or Node, and imports only from the rooms it may use. */
function roomRule(folder, allowed, message) {
  const forbidden = ROOMS.filter((r) => r !== folder.replace('src/', '') && !allowed.includes(r));
  return [{
    files: [`${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: IMPURE, message: `${folder} is pure: no Office, ExcelJS, React or Node imports.` },
          { group: forbidden.flatMap((r) => [`../${r}`, `../${r}/*`, `../../${r}`, `../../${r}/*`]), message },
        ],
      }],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'process', 'require'],
    },
  }];
}

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'coverage/**', 'artifacts/**', 'src/taskpane/preview/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  // Each room imports only the rooms below it (README "Layout of the code"); the import tests of
  // office-fake and usecase check the same for their rooms, types included.
  ...roomRule('src/engine', [], 'The engine depends on nothing outside src/engine.'),
  ...roomRule('src/readers', ['engine'], 'The readers build on the engine only.'),
  ...roomRule('src/i18n', ['engine'], 'i18n imports only types from the engine.'),
  ...roomRule('src/appendix', ['engine', 'i18n'], 'The appendix builds on the engine and i18n only.'),
  ...roomRule('src/docx', ['engine', 'i18n', 'appendix'], 'The Word document is built from the write plan, with the engine\'s types and i18n only.'),
  ...roomRule('src/usecase', ['engine', 'readers', 'appendix', 'workbook', 'i18n'], 'The use case runs over the engine, the readers, the appendix and the port.'),
  {
    files: ['**/*.js', '**/*.cjs', 'scripts/**'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
