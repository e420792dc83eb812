// @ts-check
import tseslint from 'typescript-eslint';

/** Pure domain modules: they must run in Node and in any extension context. */
const PURE = [
  'lib/corpus/**',
  'lib/search/**',
  'lib/entities/**',
  'lib/catalogue/**',
  'lib/compare/**',
  'lib/validation/**',
  'lib/user-sources/**',
  'lib/stories/**',
];

/** The catalogue builder and its NLP library run at build time only: they must never ship. */
const BUILD_TIME_ONLY = {
  group: [
    'compromise',
    'compromise/*',
    '**/catalogue',
    '**/catalogue/**',
    '@/lib/catalogue',
    '@/lib/catalogue/**',
  ],
  message: 'lib/catalogue and compromise run at build time only; ship the built catalogue instead.',
};

const DOM_AND_BROWSER = [
  {
    group: ['webextension-polyfill', 'wxt/*', '#imports'],
    message: 'Pure lib modules may not touch the browser API.',
  },
  { group: ['**/entrypoints/**', '@/entrypoints/**'], message: 'lib/ may never import entrypoints.' },
  {
    group: ['**/ui/**', '**/highlight/**', '**/background/**', '**/messaging/send-request*'],
    message: 'Pure lib modules may not import DOM or browser code.',
  },
  { group: ['preact', 'preact/*'], message: 'Pure lib modules may not render UI.' },
  {
    group: ['node:*', '**/lib/node/**', '../node', '../node/*'],
    message: 'Pure lib modules may not use Node APIs (keep them runnable in the browser).',
  },
];
const SHIPPED_PURE = [...DOM_AND_BROWSER, BUILD_TIME_ONLY];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.output/**',
      '.wxt/**',
      '.cache/**',
      'screenshots/**',
      'bench/results/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render data as text (Preact or textContent), never as markup.' },
        { property: 'outerHTML', message: 'Render data as text (Preact or textContent), never as markup.' },
        { property: 'insertAdjacentHTML', message: 'Render data as text, never as markup.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render data as markup.',
        },
      ],
    },
  },
  {
    files: PURE,
    rules: {
      'no-restricted-imports': ['error', { patterns: DOM_AND_BROWSER }],
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'Pure lib modules take their inputs as parameters.' },
        { name: 'window', message: 'Pure lib modules take their inputs as parameters.' },
        { name: 'browser', message: 'Only lib/messaging, lib/background and entrypoints touch browser.*' },
        { name: 'chrome', message: 'Only lib/messaging, lib/background and entrypoints touch browser.*' },
      ],
    },
  },
  {
    // lib/node is build-time and CLI code: it alone may use the catalogue builder.
    files: ['lib/**'],
    ignores: [...PURE, 'lib/node/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/entrypoints/**', '@/entrypoints/**'],
              message: 'lib/ may never import entrypoints.',
            },
            BUILD_TIME_ONLY,
          ],
        },
      ],
    },
  },
  {
    // Pure modules that ship in the extension may not pull in the build-time catalogue builder.
    files: PURE.filter((glob) => glob !== 'lib/catalogue/**'),
    rules: { 'no-restricted-imports': ['error', { patterns: SHIPPED_PURE }] },
  },
  {
    files: ['lib/node/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/entrypoints/**', '@/entrypoints/**'],
              message: 'lib/ may never import entrypoints.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['entrypoints/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [BUILD_TIME_ONLY] }] },
  },
  {
    // Tests, scripts and tooling run in Node and may use loose test idioms.
    files: ['tests/**', 'scripts/**', 'bench/**', 'cli/**', '*.config.ts', '*.config.js'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      'no-restricted-properties': 'off',
    },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
