import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'
import layering from './tools/eslint/layering.js'

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'node_modules/**', 'test-artifacts/**', 'render-out/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.node } },
    plugins: { layering },
    rules: {
      'layering/imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error'
    }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } }
  },
  {
    // The command-line tool prints its results; that is its user interface, not logging.
    files: ['electron/cli/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' }
  }
)
