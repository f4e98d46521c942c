// ESLint flat config: TypeScript rules, plus the engine's purity (no Office, ExcelJS, React or Node).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['exceljs', 'react', 'react-dom', '@fluentui/*', 'fs', 'path', 'node:*', 'os', 'child_process'], message: 'The engine is pure: no Office, ExcelJS, React or Node imports.' },
          { group: ['../workbook/*', '../taskpane/*', '../cli/*', '../../workbook/*', '../../taskpane/*', '../../cli/*'], message: 'The engine depends on nothing outside src/engine.' },
        ],
      }],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'process', 'require'],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', 'scripts/**'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
