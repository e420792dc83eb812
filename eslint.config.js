// @ts-check
import tseslint from 'typescript-eslint';

/** Pure domain modules: they must run in Node and in any extension context. */
const PURE = [
  'lib/corpus/**',
  'lib/corpus-assets/**',
  'lib/search/**',
  'lib/entities/**',
  'lib/catalogue/**',
  'lib/compare/**',
  'lib/validation/**',
  'lib/user-sources/**',
  'lib/settings/**',
  'lib/lexicon/**',
  'lib/stories/**',
  'lib/keep/**',
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
    '**/item-extraction/*',
    '@/lib/item-extraction/*',
  ],
  message:
    'lib/catalogue and compromise run at build time only; ship the built catalogue instead. lib/item-extraction (compromise) runs in the item worker only: ask it through lib/background/extract-items.ts.',
};

const NO_ENTRYPOINTS = {
  group: ['**/entrypoints/**', '@/entrypoints/**'],
  message: 'lib/ may never import entrypoints.',
};

/** lib/browser is the one lib folder that calls browser APIs; everything else uses its wrappers. */
const ONLY_LIB_BROWSER = 'Only lib/browser calls browser APIs: use its wrappers (lib/browser/index.ts).';
const BROWSER_API = {
  group: ['webextension-polyfill', 'wxt/browser', 'wxt/browser/*', '@wxt-dev/browser', '@wxt-dev/browser/*'],
  message: ONLY_LIB_BROWSER,
};
/** WXT's virtual module re-exports `browser` among its other helpers. */
const BROWSER_FROM_IMPORTS = [{ name: '#imports', importNames: ['browser'], message: ONLY_LIB_BROWSER }];
const BROWSER_GLOBALS = [
  { name: 'browser', message: ONLY_LIB_BROWSER },
  { name: 'chrome', message: ONLY_LIB_BROWSER },
];
const NO_LIB_BROWSER = {
  group: ['**/browser', '**/browser/**', '@/lib/browser', '@/lib/browser/**'],
  message: 'This folder gets browser access as parameters (deps) from the entrypoint, not from lib/browser.',
};

const DOM_AND_BROWSER = [
  {
    group: ['webextension-polyfill', 'wxt/*', '@wxt-dev/browser', '@wxt-dev/browser/*'],
    message: 'Pure lib modules may not touch the browser API.',
  },
  NO_ENTRYPOINTS,
  {
    group: [
      '**/ui/**',
      '**/highlight/**',
      '**/background/**',
      '**/messaging/send-request*',
      '**/browser',
      '**/browser/**',
      '@/lib/browser',
      '@/lib/browser/**',
    ],
    message: 'Pure lib modules may not import DOM or browser code.',
  },
  { group: ['preact', 'preact/*'], message: 'Pure lib modules may not render UI.' },
  {
    group: ['node:*', '**/lib/node/**', '../node', '../node/*'],
    message: 'Pure lib modules may not use Node APIs (keep them runnable in the browser).',
  },
];
const SHIPPED_PURE = [...DOM_AND_BROWSER, BUILD_TIME_ONLY];
/** A path, not a pattern: patterns follow .gitignore syntax, where `#` starts a comment. */
const NO_WXT_IMPORTS = [{ name: '#imports', message: 'Pure lib modules may not touch the browser API.' }];

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
      'lib/lexicon/*.generated.ts',
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
        {
          // test.only, it.only, describe.only, test.describe.only…: one test runs and the suite reports green.
          selector:
            "MemberExpression[property.name='only'][object.name=/^(test|it|describe|suite)$/], MemberExpression[property.name='only'][object.property.name=/^(describe|serial|parallel)$/]",
          message: 'No .only: it silently drops every other test.',
        },
      ],
    },
  },
  {
    // Every lib folder, the ones to come included; the blocks below narrow it for some folders.
    files: ['lib/**'],
    ignores: ['lib/browser/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: BROWSER_FROM_IMPORTS, patterns: [NO_ENTRYPOINTS, BUILD_TIME_ONLY, BROWSER_API] },
      ],
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },
  {
    files: PURE,
    rules: {
      'no-restricted-imports': ['error', { paths: NO_WXT_IMPORTS, patterns: DOM_AND_BROWSER }],
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'Pure lib modules take their inputs as parameters.' },
        { name: 'window', message: 'Pure lib modules take their inputs as parameters.' },
        ...BROWSER_GLOBALS,
      ],
    },
  },
  {
    // Pure modules that ship in the extension may not pull in the build-time catalogue builder.
    files: PURE.filter((glob) => glob !== 'lib/catalogue/**'),
    rules: { 'no-restricted-imports': ['error', { paths: NO_WXT_IMPORTS, patterns: SHIPPED_PURE }] },
  },
  {
    // The UI's components are handed what they need of the browser (their deps), so tests can hand their own.
    files: ['lib/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: BROWSER_FROM_IMPORTS,
          patterns: [NO_ENTRYPOINTS, BUILD_TIME_ONLY, BROWSER_API, NO_LIB_BROWSER],
        },
      ],
    },
  },
  {
    // The card and the comparison are domain objects the messages carry: messaging depends on compare, never the reverse.
    // (The last block that matches a file sets a rule whole, so this one repeats the shipped-pure patterns.)
    files: ['lib/compare/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NO_WXT_IMPORTS,
          patterns: [
            ...SHIPPED_PURE,
            {
              group: ['**/messaging', '**/messaging/**', '@/lib/messaging', '@/lib/messaging/**'],
              message: 'lib/compare may not import lib/messaging: the messages carry compare’s objects.',
            },
          ],
        },
      ],
    },
  },
  {
    // lib/browser wraps the browser APIs; it renders nothing and answers no messages itself.
    files: ['lib/browser/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_ENTRYPOINTS,
            BUILD_TIME_ONLY,
            {
              group: ['preact', 'preact/*', '**/ui/**', '**/highlight/**', '**/background/**'],
              message: 'lib/browser only wraps browser APIs: no UI, page or background code.',
            },
          ],
        },
      ],
    },
  },
  {
    // lib/node is build-time and CLI code: it alone may use the catalogue builder, and never the browser.
    files: ['lib/node/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: BROWSER_FROM_IMPORTS, patterns: [NO_ENTRYPOINTS, BROWSER_API, NO_LIB_BROWSER] },
      ],
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },
  {
    files: ['entrypoints/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [BUILD_TIME_ONLY] }] },
  },
  {
    // The build's extractor, shared with the reader's articles: pure, with compromise, never the build-time catalogue.
    // Only lib/catalogue, lib/node and the item worker import it (BUILD_TIME_ONLY keeps it out of every other bundle).
    files: ['lib/item-extraction/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NO_WXT_IMPORTS,
          patterns: [
            ...DOM_AND_BROWSER,
            {
              group: ['**/catalogue', '**/catalogue/**', '@/lib/catalogue', '@/lib/catalogue/**'],
              message:
                'lib/item-extraction ships in the item worker: it may not import the build-time catalogue.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'Pure lib modules take their inputs as parameters.' },
        { name: 'window', message: 'Pure lib modules take their inputs as parameters.' },
        ...BROWSER_GLOBALS,
      ],
    },
  },
  {
    // The item worker is the one shipped bundle that carries compromise.
    files: ['entrypoints/item-worker.ts'],
    rules: { 'no-restricted-imports': 'off' },
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
