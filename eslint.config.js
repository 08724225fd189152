import { configApp } from '@adonisjs/eslint-config'

export default configApp(
  {
    name: 'Marquee ignores',
    ignores: ['build/**', 'cli/build/**', 'tmp/**', 'coverage/**', 'cli/src/api/generated.ts'],
  },
  {
    name: 'Marquee rules',
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Japa's assertion style reads the awaited response inline:
    // `;(await client.get(url)).assertStatus(200)`. Naming every response would add
    // about a thousand one-use variables, so the rule stays on for app and CLI code only.
    name: 'Marquee tests',
    files: ['tests/**/*.ts', 'tests/**/*.tsx'],
    rules: {
      '@unicorn/no-await-expression-member': 'off',
    },
  }
)
