// Lint: TypeScript's recommended rules, and no unsanitized HTML sinks anywhere
// (innerHTML, outerHTML, insertAdjacentHTML, document.write): page HTML is hostile.
// dangerouslySetInnerHTML takes a sanitizer's output (sanitized…()) or markup built by the
// extension from escaped text only (escaped…(), e.g. the reader's paragraphs).
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.wxt/',
      'node_modules/',
      'test-results/',
      'public/dict/',
      'public/strokes/',
      'public/chars/',
      'tests/fixtures/',
    ],
  },
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "JSXAttribute[name.name='dangerouslySetInnerHTML'] Property[key.name='__html']:not([value.type='CallExpression'][value.callee.name=/^(sanitized|escaped)/])",
          message:
            'dangerouslySetInnerHTML takes only the output of a sanitizer (sanitized…()) or markup built from escaped text (escaped…()).',
        },
      ],
    },
  },
);
