// Lint rules, including the layer rules of design.md made mechanical:
// main/core is pure (no electron, no node:*, no DOM, no React), main/services never imports electron,
// and the renderer never reaches into Node or the host.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'http',
  'https',
  'net',
  'crypto',
  'url',
  'util',
  'stream',
  'events',
];

const forbid = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

/** Selectors for the ways around an import statement: import('x') and require('x') / createRequire. */
const dynamicLoads = (sourcePattern, message) => [
  { selector: `ImportExpression[source.value=/${sourcePattern}/]`, message },
  { selector: `CallExpression[callee.name='require'][arguments.0.value=/${sourcePattern}/]`, message },
  { selector: "CallExpression[callee.name='createRequire']", message },
];
const CORE_CLOCK = 'main/core takes the clock as a parameter (design.md).';

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', '.scratch/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['main/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'electron',
                ...NODE_BUILTINS,
                'react',
                'react-dom',
                'framer-motion',
                '**/services/**',
                '**/electron/**',
                '**/renderer/**',
              ],
              message:
                'main/core is pure (design.md): no Electron, Node, DOM or React, and nothing from the layers above it.',
            },
          ],
          paths: [
            {
              name: 'zod',
              allowTypeImports: true,
              message: "Import { z } from main/core/zod.ts: it runs zod jitless, so no page's CSP ever sees eval.",
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'main/core is pure: pass what you need in.' },
        { name: 'window', message: 'main/core is pure: no DOM.' },
        { name: 'document', message: 'main/core is pure: no DOM.' },
      ],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: CORE_CLOCK }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: CORE_CLOCK },
        { selector: "CallExpression[callee.name='Date']", message: CORE_CLOCK },
        // Formatting "now" without a date reads the clock too.
        { selector: "CallExpression[callee.property.name='format'][arguments.length=0]", message: CORE_CLOCK },
        ...dynamicLoads('^(electron|node:|react)', 'main/core is pure (design.md): no Electron, Node or React.'),
      ],
    },
  },
  { files: ['main/core/zod.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['main/services/**/*.ts'],
    rules: {
      ...forbid(
        ['electron', '**/electron/**', '**/renderer/**'],
        'main/services runs in plain Node too: never import electron or the screens.',
      ),
      'no-restricted-syntax': [
        'error',
        ...dynamicLoads('^electron$', 'main/services runs in plain Node too: never load electron.'),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid(
        ['electron', ...NODE_BUILTINS, '**/main/services/**', '**/main/electron/**'],
        'The screens have no Node access: they get state from renderer/bridge and logic from main/core.',
      ),
    },
  },
);
